/// A filter's logical expression (RFC 9535 `logical-expr`), already checked for
/// well-typedness.
@usableFromInline
indirect enum LogicalExpression: Sendable {
    case or([LogicalExpression])
    case and([LogicalExpression])
    case not(LogicalExpression)
    case comparison(ComparisonOperand, ComparisonOperator, ComparisonOperand)
    /// A query used as a test: true if it selects at least one node.
    case exists(Query)
    /// A function whose result is `LogicalType`, or `NodesType` converted by non-emptiness.
    case function(FunctionCall)
}
