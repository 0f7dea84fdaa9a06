/// A regular expression in I-Regexp form (RFC 9485), the interoperable dialect that the
/// JSONPath functions `match` and `search` use.
///
/// The pattern is checked against I-Regexp's grammar, which rejects what other dialects allow
/// (backreferences, lookaround, lazy quantifiers, `\d`, `(?:`), and compiled to an automaton
/// that runs in time linear in the subject — a hostile pattern or string cannot make it
/// backtrack without end. `.` matches any character except line feed and carriage return;
/// characters are Unicode scalars; `\p{..}`/`\P{..}` test general categories.
///
/// One reading differs from RFC 9485's grammar taken literally: an unescaped `^` or `$`
/// outside a character class is an anchor (start or end of the string), as in the RFC's own
/// mapping to ECMAScript and as the JSONPath Compliance Test Suite expects
/// (`match(@, '^ab.*')` matches `"abc"`). `\^` and `[$]` match the characters themselves.
///
/// Implementation limits: repetition counts up to 1000, groups nested up to 100 deep, and an
/// automaton of at most 20,000 steps once repetitions are expanded.
public struct IRegexp: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String
    private let program: RegexProgram

    /// Checks and compiles `pattern`; the error's offset points into the pattern.
    public init(_ pattern: String) throws(JSONPathError) {
        var parser = IRegexpParser(pattern)
        let node = try parser.parse()
        guard let program = RegexProgram(node) else {
            throw JSONPathError(
                message:
                    "the pattern is too large once its repetitions are expanded (limit \(RegexProgram.maximumSize) steps)",
                offset: 0, text: pattern)
        }
        self.pattern = pattern
        self.program = program
    }

    /// True if `pattern` is a valid I-Regexp within the implementation limits.
    public static func isValid(_ pattern: String) -> Bool {
        (try? IRegexp(pattern)) != nil
    }

    /// True if the whole of `string` matches (the semantics of JSONPath `match`).
    public func matches(_ string: String) -> Bool {
        program.matches(string, wholeString: true)
    }

    /// True if some substring of `string` matches (the semantics of JSONPath `search`).
    public func containsMatch(in string: String) -> Bool {
        program.matches(string, wholeString: false)
    }

    /// Whether some part of `bytes` (UTF-8) may be a match: `false` only when they hold none of
    /// the literal runs every match contains (`TODO` for the pattern `TODO`), so that neither
    /// `matches` nor `containsMatch(in:)` can hold for a string whose bytes they are, nor for
    /// any string whose bytes lie within them. `true` for a pattern without such runs.
    ///
    /// A screen for many strings at once: bytes of several strings side by side are accepted
    /// whenever one of the strings could match.
    public func mayMatch(utf8 bytes: UnsafeRawBufferPointer) -> Bool {
        program.mayMatch(utf8: bytes)
    }

    /// Two expressions are equal when their patterns have the same bytes. Not `String ==`,
    /// which holds for canonically equivalent patterns (`é` composed and decomposed) that match
    /// different strings, since the automaton matches Unicode scalars.
    public static func == (lhs: IRegexp, rhs: IRegexp) -> Bool {
        lhs.pattern.utf8.elementsEqual(rhs.pattern.utf8)
    }

    /// Hashes the pattern's bytes, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(pattern.utf8.count)
        for byte in pattern.utf8 { hasher.combine(byte) }
    }
}
