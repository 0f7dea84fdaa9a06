/// A filter's logical expression (RFC 9535 `logical-expr`), already checked for
/// well-typedness.
indirect enum LogicalExpression: Sendable {
    case or([LogicalExpression])
    case and([LogicalExpression])
    case not(LogicalExpression)
    case comparison(Comparable, ComparisonOperator, Comparable)
    /// A query used as a test: true if it selects at least one node.
    case exists(Query)
    /// A function whose result is `LogicalType`, or `NodesType` converted by non-emptiness.
    case function(FunctionCall)
}

/// One side of a comparison: a `ValueType` expression.
enum Comparable: Sendable {
    case literal(JSONPathNodeKind)
    /// A singular query; it yields one node or Nothing.
    case query(Query)
    /// A function whose result is `ValueType`.
    case function(FunctionCall)
}

/// The comparison operators of RFC 9535 section 2.3.5.2.2.
enum ComparisonOperator: String, Sendable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}
