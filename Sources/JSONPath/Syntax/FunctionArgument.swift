/// An argument of a function call, in the form its parameter type asks for.
@usableFromInline
indirect enum FunctionArgument: Sendable {
    /// For a `ValueType` parameter.
    case value(ComparisonOperand)
    /// For a `NodesType` parameter: a query, or a function returning `NodesType`.
    case nodes(Query)
    /// For a `LogicalType` parameter.
    case logical(LogicalExpression)
}
