/// A numeric bound in a condition: a number, a query (its first numeric value) or a rule
/// parameter.
public enum Bound: Sendable {
    /// A number written in the rule.
    case number(Double)
    /// A query: its first numeric value.
    case query(RuleQuery)
    /// `{param: NAME}`: the parameter, which is a number.
    case parameter(String)

    /// False when the bound is a query that starts at the subject.
    var isSubjectIndependent: Bool {
        if case .query(let query) = self { return !query.startsAtSubject }
        return true
    }
}

/// One entry of a condition's `values:` list.
public enum ListItem: Sendable {
    /// A scalar written in the list.
    case value(ValueKey)
    /// `{param: NAME}`: the parameter's value, or each element of it when it is a list.
    case parameter(String)
}
