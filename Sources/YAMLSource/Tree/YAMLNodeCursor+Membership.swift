/// What testing a node for membership in a set of literals reads (a query's `q == 'a' || q ==
/// null`): the kind of a scalar's value, without making the value.
extension YAMLNodeCursor {
    /// Whether the node is a scalar whose value is a string, read from its record: a string
    /// equals no literal that is not a string, so a comparison with those need not make it.
    @inlinable public var isStringScalar: Bool {
        let record = record
        guard record.kind == .scalar else { return false }
        switch record.valueKind {
        case .text, .otherString: return true
        case .null, .bool, .int, .float: return false
        }
    }
}
