import JSONPath
import Testing
import _PactLintTestSupport

/// I-Regexp (RFC 9485): what is accepted, what is rejected, and what it means.
@Suite struct IRegexpTests {
    @Test(arguments: [
        "a", "", "a|", "(a|b)*c", "[a-z0-9_]+", "[^\\]]", "[-a]", "[a-]", "\\p{L}+", "\\P{Nd}", "[\\p{Lu}x]",
        "a{2}", "a{2,}", "a{2,5}", "\\.\\*\\\\", "\\n\\r\\t", "()", "^a$", "é+",
    ])
    func accepts(pattern: String) {
        #expect(IRegexp.isValid(pattern), "\(pattern)")
    }

    @Test(arguments: [
        ("(a)\\1", 3), ("(?=a)", 1), ("(?<n>a)", 1), ("(?:a)", 1), ("a*?", 2), ("a+?", 2), ("a??", 2),
        ("a**", 2), ("\\d", 0), ("\\w", 0), ("\\b", 0), ("\\s", 0), ("\\x41", 0), ("[]", 1), ("[a", 0), ("a]", 1),
        ("a{2,1}", 1), ("a{,2}", 2), ("{2}", 0), ("*a", 0), ("(a", 0), ("a)", 1), ("\\p{Xx}", 3),
        ("\\p{IsBasicLatin}", 3),
        ("[a-b-c]", 4), ("[z-a]", 2), ("[\\p{L}-z]", 6), ("a\\", 1),
    ])
    func rejects(pattern: String, offset: Int) throws {
        let error = try #require(throws: JSONPathError.self) { try IRegexp(pattern) }
        #expect(error.offset == offset, "\(pattern): \(error.message)")
        #expect(!IRegexp.isValid(pattern))
    }

    @Test func implementationLimits() throws {
        #expect(IRegexp.isValid("a{1000}"))
        let count = try #require(throws: JSONPathError.self) { try IRegexp("a{1001}") }
        #expect(count.message.contains("above 1000"))
        let size = try #require(throws: JSONPathError.self) { try IRegexp("(a{1000}){1000}") }
        #expect(size.message.contains("too large"))
        #expect(!IRegexp.isValid(String(repeating: "(", count: 101) + String(repeating: ")", count: 101)))
        #expect(IRegexp.isValid(String(repeating: "(", count: 100) + "a" + String(repeating: ")", count: 100)))
    }

    /// `String ==` holds for canonically equivalent patterns, but the automaton matches
    /// Unicode scalars: `café` composed matches only the composed spelling.
    @Test("patterns that differ only by normalization are different expressions")
    func equalityIsByteExact() throws {
        let composed = try IRegexp("caf\u{E9}+")
        let decomposed = try IRegexp("cafe\u{301}+")
        #expect(composed.pattern == decomposed.pattern, "the two spellings are canonically equivalent")
        #expect(composed.matches("caf\u{E9}") && !composed.matches("cafe\u{301}"))
        #expect(decomposed.matches("cafe\u{301}") && !decomposed.matches("caf\u{E9}"))
        #expect(composed != decomposed)
        #expect(Set([composed, decomposed]).count == 2)
        #expect(Set([composed, decomposed]).contains(try IRegexp("caf\u{E9}+")))
        #expect(composed == (try IRegexp("caf\u{E9}+")))
        #expect(composed.hashValue == (try IRegexp("caf\u{E9}+")).hashValue)
        #expect(try IRegexp("a") != IRegexp("ab"))
    }

    @Test func noCatastrophicBacktracking() throws {
        // A backtracking engine takes exponential time here; the automaton is linear.
        let subject = String(repeating: "a", count: 5000) + "!"
        let nested = try IRegexp("(a|a)*(a*)*b")
        let repeated = try IRegexp("(a+)+b")
        let elapsed = ContinuousClock().measure {
            #expect(!nested.matches(subject))
            #expect(!repeated.containsMatch(in: subject))
        }
        #expect(elapsed < .seconds(20))
    }

    @Test func emptyAlternativesAndGroups() throws {
        #expect(try IRegexp("").matches(""))
        #expect(try !IRegexp("").matches("a"))
        #expect(try IRegexp("").containsMatch(in: "a"))
        #expect(try IRegexp("a|").matches(""))
        #expect(try IRegexp("(|b)c").matches("c"))
        #expect(try IRegexp("()*a").matches("a"))
        #expect(try IRegexp("(ab){2,3}").matches("ababab"))
        #expect(try !IRegexp("(ab){2,3}").matches("abababab"))
        #expect(try IRegexp("(ab){2,}").matches("abababab"))
        #expect(try IRegexp("x{0}y").matches("y"))
    }

    @Test func dotMatchesAnyCharacterButLineBreaks() throws {
        let dot = try IRegexp("a.b")
        #expect(dot.matches("a😀b"))
        #expect(dot.matches("a\u{2028}b"))
        #expect(!dot.matches("a\nb"))
        #expect(!dot.matches("a\rb"))
        #expect(!dot.matches("a😀😀b"))
    }

    @Test func matchIsWholeStringAndSearchIsAnywhere() throws {
        let regexp = try IRegexp("b+")
        #expect(regexp.matches("bbb"))
        #expect(!regexp.matches("abbb"))
        #expect(!regexp.matches("bbb\n"))
        #expect(regexp.containsMatch(in: "abbbc"))
        #expect(!regexp.containsMatch(in: "ac"))
    }

    @Test func metacharactersOfOtherDialectsAreLiteral() throws {
        #expect(try IRegexp("a&&b").matches("a&&b"))
        #expect(try IRegexp("[a&&b]+").matches("a&b"))
        #expect(try IRegexp("#x").matches("#x"))
        #expect(try IRegexp("[\\^]").matches("^"))
        #expect(try IRegexp("[$]").matches("$"))
    }

    @Test func caretAndDollarAnchorAsInTheComplianceSuite() throws {
        #expect(try IRegexp("^ab").containsMatch(in: "abc"))
        #expect(try !IRegexp("^b").containsMatch(in: "abc"))
        #expect(try IRegexp("c$").containsMatch(in: "abc"))
        #expect(try !IRegexp("c$").containsMatch(in: "abc\n"))
    }

    /// Literal patterns skip the automaton (bytes compared, substring searched): same answers.
    @Test(arguments: [
        ("TODO", "TODO", true, true), ("TODO", "a TODO here", false, true), ("TODO", "TOD", false, false),
        ("TODO", "todo", false, false), ("aab", "aaab", false, true), ("aab", "aaa", false, false),
        ("ab", "xab", false, true), ("é😀", "xé😀y", false, true), ("é😀", "é😀", true, true),
        ("e", "é", false, false), ("\\.\\*", "a.*b", false, true), ("", "", true, true),
        ("", "x", false, true), ("a&&b", "a&&b", true, true),
    ])
    func literalPatterns(pattern: String, subject: String, whole: Bool, found: Bool) throws {
        let regexp = try IRegexp(pattern)
        #expect(regexp.matches(subject) == whole, "\(pattern) ~ \(subject)")
        #expect(regexp.containsMatch(in: subject) == found, "\(pattern) in \(subject)")
    }

    /// A literal searched for in longer texts (eight places at a time) is found at every
    /// offset, and not found where only its first byte, a prefix of it, or a byte a borrow
    /// could confuse with its first byte occurs.
    @Test(arguments: ["TODO", "T", "é😀", "aab"])
    func literalSearchAtEveryOffset(pattern: String) throws {
        let regexp = try IRegexp(pattern)
        let literal = Array(pattern.utf8)
        let fillers: [[UInt8]] = [
            Array("x".utf8), Array("U".utf8), Array("TOD".utf8), Array("\u{0}".utf8), Array("é".utf8),
            [literal[0]], [literal[0] &+ 1, literal[0]],
        ]
        for filler in fillers {
            for length in 0..<40 {
                var base: [UInt8] = []
                while base.count < length { base += filler }
                base = Array(base.prefix(length))
                for offset in 0...base.count {
                    var bytes = base
                    if offset < base.count { bytes.insert(contentsOf: literal, at: offset) }
                    let subject = String(decoding: bytes, as: UTF8.self)
                    let expected = Self.contains(Array(subject.utf8), literal)
                    #expect(regexp.containsMatch(in: subject) == expected, "\(pattern) in \(subject.debugDescription)")
                }
            }
        }
    }

    /// A plain byte-by-byte substring search, the reference for the one above.
    private static func contains(_ bytes: [UInt8], _ literal: [UInt8]) -> Bool {
        guard literal.count <= bytes.count else { return false }
        return (0...(bytes.count - literal.count)).contains { Array(bytes[$0..<$0 + literal.count]) == literal }
    }

    @Test func categories() throws {
        #expect(try IRegexp("\\p{Lu}\\p{Ll}+").matches("Éclair"))
        #expect(try IRegexp("\\P{L}+").matches("123 !"))
        #expect(try !IRegexp("\\p{Nd}").matches("a"))
    }

    @Test func invalidPatternsMakeFunctionsFalse() throws {
        let document = json(#"["a", "(a", "b"]"#)
        #expect(try JSONPathQuery("$[?match(@, '(a')]").evaluate(root: document).isEmpty)
        #expect(try JSONPathQuery("$[?search(@, $[1])]").evaluate(root: document).isEmpty)
        #expect(
            try JSONPathQuery("$[?search(@, $[0] )]").evaluate(root: document).map(\.path.description) == [
                "$[0]", "$[1]",
            ])
        #expect(try JSONPathQuery("$[?match(1, 'a')]").evaluate(root: document).isEmpty)
    }
}
