/// The JSON view of a node in any tree that queries run over.
///
/// The evaluator reads a tree only through these requirements, so a conforming tree keeps its
/// own storage: an array is read by position and an object by position or by name, and no
/// requirement asks for a collection of `(key, value)` pairs to be built on each step.
///
/// Members of an object are visited in document order (`jsonPathMember(at:)` with increasing
/// positions), which makes results deterministic for trees that keep their source order.
public protocol JSONPathNode: Sendable {
    /// What JSON value the node is; scalars carry their value, containers only their kind.
    var jsonPathKind: JSONPathNodeKind { get }

    /// The number of elements of an array or members of an object; 0 for a scalar.
    var jsonPathCount: Int { get }

    /// The element at `index` of an array node, `0 ..< jsonPathCount`.
    ///
    /// Called only on arrays and only with a valid index.
    func jsonPathElement(at index: Int) -> Self

    /// The member at `index` of an object node, `0 ..< jsonPathCount`, in document order.
    ///
    /// Called only on objects and only with a valid index.
    func jsonPathMember(at index: Int) -> (name: String, value: Self)

    /// The value of the member called `name` of an object node, or `nil` if there is none.
    ///
    /// A default implementation scans the members in order; a tree with an index by name can
    /// answer faster.
    func jsonPathMember(named name: String) -> Self?

    /// The value of the member called `name` of an object node, or `nil` if there is none:
    /// what queries ask, with the name's bytes read when the query was compiled.
    ///
    /// A default implementation asks `jsonPathMember(named:)` with the name's text; a tree
    /// that keeps a summary of each member name can compare it with the name's first bytes.
    func jsonPathMember(named name: JSONPathString) -> Self?

    /// Whether the node is a scalar, an array or an object.
    ///
    /// A default implementation derives it from `jsonPathKind`; a tree that can tell without
    /// building a scalar's value answers faster (the evaluator asks at every node it walks).
    var jsonPathShape: JSONPathNodeShape { get }

    /// The value of the member at `index` of an object node, without its name.
    ///
    /// Called only on objects and only with a valid index. A default implementation returns
    /// `jsonPathMember(at:).value`; a tree that stores names apart answers without making one
    /// (wildcards and descendant segments read only values).
    func jsonPathMemberValue(at index: Int) -> Self

    /// What the evaluator reads the tree through (see `JSONPathNodeCursor`); by default the
    /// node itself.
    associatedtype JSONPathCursor: JSONPathNodeCursor = JSONPathNodeReference<Self>
    where JSONPathCursor.Node == Self

    /// A cursor on the node, valid while the node is alive.
    var jsonPathCursor: JSONPathCursor { get }
}

extension JSONPathNode where JSONPathCursor == JSONPathNodeReference<Self> {
    /// The node itself, as its cursor.
    @inlinable
    public var jsonPathCursor: JSONPathNodeReference<Self> { JSONPathNodeReference(self) }
}

extension JSONPathNode {
    /// The shape of `jsonPathKind`.
    @inlinable
    public var jsonPathShape: JSONPathNodeShape {
        switch jsonPathKind {
        case .array: .array
        case .object: .object
        case .null, .bool, .int, .double, .string: .scalar
        }
    }

    /// The value of `jsonPathMember(at:)`.
    @inlinable
    public func jsonPathMemberValue(at index: Int) -> Self {
        jsonPathMember(at: index).value
    }

    /// The member called `name.text`.
    @inlinable
    public func jsonPathMember(named name: JSONPathString) -> Self? {
        jsonPathMember(named: name.text)
    }

    /// Scans the members in document order for the first one called `name`.
    ///
    /// Names are compared as sequences of Unicode scalars (RFC 9535 section 2.3.1.2), not with
    /// `String`'s `==`, which treats canonically equivalent strings as equal.
    @inlinable
    public func jsonPathMember(named name: String) -> Self? {
        guard jsonPathShape == .object else { return nil }
        for index in 0..<jsonPathCount {
            let member = jsonPathMember(at: index)
            if member.name.hasSameScalars(as: name) { return member.value }
        }
        return nil
    }
}
