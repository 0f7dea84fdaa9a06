/// A `ValueType` value inside a filter: a node's value, a literal, or Nothing.
@usableFromInline
enum FilterValue<Cursor: JSONPathNodeCursor> {
    case nothing
    case node(Cursor)
    case literal(JSONPathNodeKind)

    /// The kind of the value, or nil for Nothing.
    @inlinable
    var kind: JSONPathNodeKind? {
        switch self {
        case .nothing: nil
        case .node(let node): node.jsonPathKind
        case .literal(let literal): literal
        }
    }
}
