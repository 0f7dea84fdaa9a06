/// A call of one of the function extensions of RFC 9535 section 2.4, with its arguments
/// checked against the function's parameter types.
@usableFromInline
struct FunctionCall: Sendable {
    @usableFromInline var function: JSONPathFunction
    @usableFromInline var arguments: [FunctionArgument]
    /// For `match` and `search` with a literal pattern: the pattern compiled once at parse
    /// time, or `nil` if the literal is not valid I-Regexp (then the function is false).
    @usableFromInline var literalPattern: IRegexp?
    /// True when the pattern argument is a literal, so `literalPattern` decides.
    @usableFromInline var hasLiteralPattern: Bool
    /// Why the literal pattern is not valid I-Regexp, with the offset moved into the query.
    var patternError: JSONPathError?
}
