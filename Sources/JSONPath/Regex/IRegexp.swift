import Foundation

/// A regular expression in I-Regexp form (RFC 9485), the interoperable dialect that the
/// JSONPath functions `match` and `search` use.
///
/// The pattern is checked against I-Regexp's grammar, which rejects what other dialects allow
/// (backreferences, lookaround, lazy quantifiers, anchors, `\d`), then translated to an ICU
/// pattern that means the same: every literal is escaped, `.` matches any character except
/// line feed and carriage return, groups do not capture.
///
/// One reading differs from RFC 9485's grammar taken literally: an unescaped `^` or `$`
/// outside a character class is an anchor (start or end of the string), as in the RFC's own
/// mapping to ECMAScript and as the JSONPath Compliance Test Suite expects
/// (`match(@, '^ab.*')` matches `"abc"`). `\^` and `[$]` match the characters themselves.
public struct IRegexp: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String
    /// The equivalent ICU pattern, without anchors.
    let translated: String
    private let whole: CompiledRegularExpression
    private let partial: CompiledRegularExpression

    /// Checks and compiles `pattern`; the error's offset points into the pattern.
    public init(_ pattern: String) throws(JSONPathError) {
        var translator = IRegexpTranslator(pattern)
        let translated = try translator.translate()
        guard let whole = CompiledRegularExpression(#"\A(?:"# + translated + #")\z"#),
            let partial = CompiledRegularExpression("(?:" + translated + ")")
        else {
            throw JSONPathError(
                message:
                    "the regular expression is beyond what the regex engine accepts (e.g. a repetition count too large)",
                offset: 0, text: pattern)
        }
        self.pattern = pattern
        self.translated = translated
        self.whole = whole
        self.partial = partial
    }

    /// True if `pattern` is a valid I-Regexp that the regex engine can run.
    public static func isValid(_ pattern: String) -> Bool {
        (try? IRegexp(pattern)) != nil
    }

    /// True if the whole of `string` matches (the semantics of JSONPath `match`).
    public func matches(_ string: String) -> Bool {
        whole.hasMatch(in: string)
    }

    /// True if some substring of `string` matches (the semantics of JSONPath `search`).
    public func containsMatch(in string: String) -> Bool {
        partial.hasMatch(in: string)
    }

    /// Two expressions are equal when their patterns are.
    public static func == (lhs: IRegexp, rhs: IRegexp) -> Bool {
        lhs.pattern == rhs.pattern
    }

    /// Hashes the pattern.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(pattern)
    }
}

/// A compiled ICU regular expression.
///
/// `@unchecked Sendable`: `NSRegularExpression` is immutable after creation and documented as
/// safe to use from several threads at once.
final class CompiledRegularExpression: @unchecked Sendable {
    private let expression: NSRegularExpression

    init?(_ pattern: String) {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: []) else { return nil }
        self.expression = expression
    }

    func hasMatch(in string: String) -> Bool {
        let range = NSRange(location: 0, length: string.utf16.count)
        return expression.firstMatch(in: string, options: [], range: range) != nil
    }
}
