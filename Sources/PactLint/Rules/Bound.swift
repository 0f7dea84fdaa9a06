/// A numeric bound in a condition: a number, a query (its first numeric value) or a rule
/// parameter.
public enum Bound: Sendable {
    case number(Double)
    case query(RuleQuery)
    case parameter(String)
}

/// One entry of a condition's `values:` list.
public enum ListItem: Sendable {
    case value(ValueKey)
    /// `{param: NAME}`: the parameter's value, or each element of it when it is a list.
    case parameter(String)
}
