/// A call of one of the function extensions of RFC 9535 section 2.4, with its arguments
/// checked against the function's parameter types.
struct FunctionCall: Sendable {
    var function: JSONPathFunction
    var arguments: [FunctionArgument]
    /// For `match` and `search` with a literal pattern: the pattern compiled once at parse
    /// time, or `nil` if the literal is not valid I-Regexp (then the function is false).
    var literalPattern: IRegexp?
    /// True when the pattern argument is a literal, so `literalPattern` decides.
    var hasLiteralPattern: Bool
    /// Why the literal pattern is not valid I-Regexp, with the offset moved into the query.
    var patternError: JSONPathError?
}

/// An argument of a function call, in the form its parameter type asks for.
indirect enum FunctionArgument: Sendable {
    /// For a `ValueType` parameter.
    case value(Comparable)
    /// For a `NodesType` parameter: a query, or a function returning `NodesType`.
    case nodes(Query)
    /// For a `LogicalType` parameter.
    case logical(LogicalExpression)
}

/// The type system of RFC 9535 section 2.4.1.
enum FunctionType: Sendable {
    case value
    case logical
    case nodes

    var name: String {
        switch self {
        case .value: "ValueType"
        case .logical: "LogicalType"
        case .nodes: "NodesType"
        }
    }
}

/// The function extensions this implementation knows: those RFC 9535 defines.
enum JSONPathFunction: String, Sendable, CaseIterable {
    case length
    case count
    case match
    case search
    case value

    var parameters: [FunctionType] {
        switch self {
        case .length: [.value]
        case .count: [.nodes]
        case .match, .search: [.value, .value]
        case .value: [.nodes]
        }
    }

    var result: FunctionType {
        switch self {
        case .length, .count, .value: .value
        case .match, .search: .logical
        }
    }
}
