/// What the evaluator holds while it walks a tree: a node, read through the same requirements
/// as `JSONPathNode`, that need not own its part of the tree.
///
/// A query's evaluation visits many nodes and hands out only a few. A tree whose nodes are
/// references (each copy a retain and a release) can give the evaluator a cursor that reads
/// the tree without owning it, valid while the node it was made from is alive; the evaluator
/// keeps the nodes it was given alive for the whole evaluation and turns a cursor back into a
/// node (`jsonPathNode`) only for the nodes it hands out.
///
/// The requirements mean what `JSONPathNode`'s of the same names do.
public protocol JSONPathNodeCursor {
    /// The node type the cursor reads.
    associatedtype Node: JSONPathNode

    /// The node the cursor reads, owning its part of the tree again.
    var jsonPathNode: Node { get }

    /// Calls `body` with the node the cursor reads, lent for the call: a tree can lend a
    /// node without taking a share of it (a retain and a release) when `body` only looks.
    func withJSONPathNode<Result>(_ body: (Node) throws -> Result) rethrows -> Result

    /// What JSON value the node is; scalars carry their value, containers only their kind.
    var jsonPathKind: JSONPathNodeKind { get }

    /// Whether the node is a scalar, an array or an object.
    var jsonPathShape: JSONPathNodeShape { get }

    /// The number of elements of an array or members of an object; 0 for a scalar.
    var jsonPathCount: Int { get }

    /// The element at `index` of an array node. Called only on arrays, with a valid index.
    func jsonPathElement(at index: Int) -> Self

    /// The member at `index` of an object node, in document order. Called only on objects,
    /// with a valid index.
    func jsonPathMember(at index: Int) -> (name: String, value: Self)

    /// The value of the member at `index` of an object node, without its name.
    func jsonPathMemberValue(at index: Int) -> Self

    /// The value of the member called `name` of an object node, or `nil` if there is none.
    func jsonPathMember(named name: String) -> Self?

    /// The value of the member called `name` (read when the query was compiled), or `nil`.
    func jsonPathMember(named name: JSONPathString) -> Self?

    /// The value of the member whose name is the `utf8Count` bytes (at most
    /// `JSONPathString.wordsCapacity`) held by `utf8Prefix` and `utf8Suffix` as
    /// `JSONPathString` holds them, or `nil`: what the evaluator asks for a short name, whose
    /// words it reads without copying (and so retaining) the name's text. Called on any node:
    /// `nil` if the node is not an object, which a tree tells as it reads the node anyway.
    func jsonPathMember(utf8Prefix: UInt64, utf8Suffix: UInt64, utf8Count: Int) -> Self?

    /// Whether the node is a string scalar whose value is one of `strings`, byte for byte (as
    /// `==` compares strings: without normalization).
    func jsonPathIsString(anyOf strings: [JSONPathString]) -> Bool

    /// `jsonPathKind`, or `nil` for a string: what comparing the node with literals that are
    /// not strings (`@.pillar != null`) needs, which a tree can give without making the string.
    var jsonPathKindUnlessString: JSONPathNodeKind? { get }
}

extension JSONPathNodeCursor {
    /// Calls `body` with `jsonPathNode`.
    @inlinable
    public func withJSONPathNode<Result>(_ body: (Node) throws -> Result) rethrows -> Result {
        try body(jsonPathNode)
    }

    /// Asks `jsonPathMember(named:)` of an object with the name spelt from its bytes.
    @inlinable
    public func jsonPathMember(utf8Prefix: UInt64, utf8Suffix: UInt64, utf8Count: Int) -> Self? {
        guard jsonPathShape == .object else { return nil }
        var bytes: [UInt8] = []
        for i in 0..<utf8Count {
            let word: UInt64 = i < 8 ? utf8Prefix : utf8Suffix
            bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(8 * (i % 8))))
        }
        return jsonPathMember(named: String(decoding: bytes, as: UTF8.self))
    }

    /// `jsonPathKind` unless it is a string.
    @inlinable
    public var jsonPathKindUnlessString: JSONPathNodeKind? {
        let kind = jsonPathKind
        if case .string = kind { return nil }
        return kind
    }

    /// Compares the string of `jsonPathKind` with each of `strings`.
    @inlinable
    public func jsonPathIsString(anyOf strings: [JSONPathString]) -> Bool {
        guard case .string(let value) = jsonPathKind else { return false }
        return strings.contains { value.hasSameScalars(as: $0.text) }
    }
}
