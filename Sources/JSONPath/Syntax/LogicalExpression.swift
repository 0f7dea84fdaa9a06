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
    /// `q == l` with a singular query and a literal, or `q == l1 || q == l2 || …` with the
    /// same query (`@.area == 'protection' || @.area == 'energy'`, also `!q || q == null`), as
    /// the parser merges it: the query is evaluated once instead of once per literal, and
    /// strings are compared as bytes.
    case equalsAny(Query, EqualityLiterals)
}
