/// One side of a comparison: a `ValueType` expression.
@usableFromInline
enum ComparisonOperand: Sendable {
    case literal(JSONPathNodeKind)
    /// A singular query; it yields one node or Nothing.
    case query(Query)
    /// A function whose result is `ValueType`.
    case function(FunctionCall)
}
