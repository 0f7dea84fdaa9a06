/// What a `JSONPathQueryTrie` walk hands its nodes to: passed along the walk in place (`inout`),
/// so that what it holds is never copied on the way.
public protocol JSONPathQueryTrieVisitor {
    /// What the walk reads the tree through.
    associatedtype Cursor: JSONPathNodeCursor

    /// Takes a node the query at position `query` selects; false stops the walk.
    mutating func visit(query: Int, at cursor: Cursor) -> Bool
}
