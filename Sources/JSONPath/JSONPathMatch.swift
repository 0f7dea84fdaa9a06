/// A node a query selected, with its normalized path.
public struct JSONPathMatch<Node> {
    /// The selected node.
    public let node: Node
    /// Where the node is, from the root the query ran on.
    public let path: NormalizedPath

    /// Creates a match.
    public init(node: Node, path: NormalizedPath) {
        self.node = node
        self.path = path
    }
}

// MARK: - Sendable Conformance

extension JSONPathMatch: Sendable where Node: Sendable {}
