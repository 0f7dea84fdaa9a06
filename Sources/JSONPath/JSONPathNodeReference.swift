/// The cursor of a node type that has none of its own: the node itself, each requirement
/// answered by the node's.
public struct JSONPathNodeReference<Node: JSONPathNode>: JSONPathNodeCursor {
    /// The node.
    public let jsonPathNode: Node

    /// A cursor holding `node`.
    @inlinable
    public init(_ node: Node) {
        jsonPathNode = node
    }

    /// The node's kind.
    @inlinable public var jsonPathKind: JSONPathNodeKind { jsonPathNode.jsonPathKind }

    /// The node's shape.
    @inlinable public var jsonPathShape: JSONPathNodeShape { jsonPathNode.jsonPathShape }

    /// The node's number of elements or members.
    @inlinable public var jsonPathCount: Int { jsonPathNode.jsonPathCount }

    /// The node's element at `index`.
    @inlinable
    public func jsonPathElement(at index: Int) -> Self {
        Self(jsonPathNode.jsonPathElement(at: index))
    }

    /// The node's member at `index`.
    @inlinable
    public func jsonPathMember(at index: Int) -> (name: String, value: Self) {
        let member = jsonPathNode.jsonPathMember(at: index)
        return (member.name, Self(member.value))
    }

    /// The value of the node's member at `index`.
    @inlinable
    public func jsonPathMemberValue(at index: Int) -> Self {
        Self(jsonPathNode.jsonPathMemberValue(at: index))
    }

    /// The node's member called `name`.
    @inlinable
    public func jsonPathMember(named name: String) -> Self? {
        jsonPathNode.jsonPathMember(named: name).map(Self.init)
    }

    /// The node's member called `name`.
    @inlinable
    public func jsonPathMember(named name: JSONPathString) -> Self? {
        jsonPathNode.jsonPathMember(named: name).map(Self.init)
    }
}
