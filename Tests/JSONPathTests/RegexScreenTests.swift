import Testing

@testable import JSONPath

/// `IRegexp.mayMatch(utf8:)` screens many strings' bytes at once, and literal searches pass over
/// sixteen bytes a step: both must say what a plain byte-by-byte search says, at every offset.
@Suite struct RegexScreenTests {
    /// Whether `needle`'s bytes occur in `haystack`'s, byte by byte.
    private func occurs(_ needle: String, in haystack: String) -> Bool {
        let needle = Array(needle.utf8)
        let bytes = Array(haystack.utf8)
        guard !needle.isEmpty else { return true }
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { Array(bytes[$0..<($0 + needle.count)]) == needle }
    }

    private func screens(_ regex: IRegexp, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { regex.mayMatch(utf8: UnsafeRawBufferPointer($0)) }
    }

    @Test func aLiteralIsFoundAtEveryOffsetAndLength() throws {
        for literal in ["TODO", "T", "TO", "é", "TODOTODOTODOTODOT"] {
            let regex = try IRegexp(literal)
            for length in 0..<48 {
                for offset in 0...length {
                    // A near miss everywhere (the first byte, or the first two) and the literal at `offset`.
                    let filler = Array(repeating: "TOD", count: length).joined().prefix(length)
                    let text = String(filler.prefix(offset)) + literal + String(filler.dropFirst(offset))
                    #expect(screens(regex, text), "\(literal) in \(text)")
                    #expect(regex.containsMatch(in: text) == occurs(literal, in: text), "\(literal) in \(text)")
                    let plain = String(filler)
                    #expect(screens(regex, plain) == occurs(literal, in: plain), "\(literal) in \(plain)")
                    #expect(regex.containsMatch(in: plain) == occurs(literal, in: plain), "\(literal) in \(plain)")
                }
            }
        }
    }

    @Test func everyStringThatMatchesPassesTheScreen() throws {
        let texts = [
            "", "TODO", "todo", "a TODO here", "Fight migrant smuggling and trafficking in persons", "ééx", "éx", "q",
            String(repeating: "x", count: 40) + "trafficking in human beings", "trafficking in goods",
        ]
        for pattern in [
            "TODO", "[Mm]igrant[s]? smuggling|[Tt]rafficking in (human beings|persons)", "é{2}x|q", "[a-z]+", "a*", "",
        ] {
            let regex = try IRegexp(pattern)
            for text in texts {
                // Alone, and among other texts side by side as a document's texts are screened.
                if regex.containsMatch(in: text) || regex.matches(text) {
                    #expect(screens(regex, text), "\(pattern) over \(text)")
                    #expect(screens(regex, "zz\u{0}" + text + "\u{1}zz"), "\(pattern) over \(text)")
                }
            }
        }
        // A pattern every match of which holds a literal is refused by bytes without it.
        #expect(!screens(try IRegexp("TODO"), "TOD ODO todo T O D O"))
        #expect(!screens(try IRegexp("é{2}x|q"), "ex ÉÉX"))
        // A pattern without such literals screens nothing out.
        #expect(screens(try IRegexp("[a-z]+"), ""))
    }
}
