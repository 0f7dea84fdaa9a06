import Testing

@testable import PactLint

/// The term screen passes over sixteen bytes at a time; it must still say what a byte-by-byte
/// search for the first words (and, when folding case, the Kelvin sign) says.
@Suite struct TermScreenTests {
    /// The screen's answer spelt out plainly: some first word at some byte (ASCII case folded
    /// unless case-sensitive), or a Kelvin sign anywhere when folding.
    private func reference(_ text: String, words: [String], caseSensitive: Bool) -> Bool {
        let bytes = Array(text.utf8)
        if !caseSensitive, text.unicodeScalars.contains("\u{212A}") { return true }
        for start in bytes.indices {
            for word in words.map({ Array($0.utf8) }) where start + word.count <= bytes.count {
                let slice = bytes[start..<(start + word.count)].map { byte in
                    !caseSensitive && byte >= 65 && byte <= 90 ? byte + 32 : byte
                }
                if slice == word { return true }
            }
        }
        return false
    }

    private func screen(_ words: [String], caseSensitive: Bool) -> TermMatcher.Screen {
        TermMatcher.Screen(
            terms: words.map { TermMatcher.Term(text: $0 + " x", suggestion: "y", caseSensitive: caseSensitive) },
            caseSensitive: caseSensitive)
    }

    @Test func agreesWithAByteByByteSearchAtEveryOffset() {
        let fillers = ["", "a", "abcdefg", "abcdefgh", "0123456789abcde", "é", "ïi", "xxxxxxxxxxxxxxxxxxxxxxx"]
        let needles = ["illegal", "ILLEGAL", "Illegal", "illega", "\u{212A}", "ill", "\u{E2}", "€", "3RD", "3rd", "X"]
        for caseSensitive in [false, true] {
            for words in [
                ["illegal"], ["illegal", "unlawful"], ["illegal", "unlawful", "bogus"], ["illegal", "3rd"], ["x"],
                ["illegal", "il", "ille", "unlawful"],
            ] {
                let screen = screen(words, caseSensitive: caseSensitive)
                for before in fillers {
                    for needle in needles {
                        for after in fillers {
                            let text = before + needle + after
                            #expect(
                                screen.mayMatch(text) == reference(text, words: words, caseSensitive: caseSensitive),
                                "\(words) \(caseSensitive) \(text)")
                        }
                    }
                }
            }
        }
    }

    @Test func findsAWordThatCrossesEightByteBoundaries() {
        let screen = screen(["illegal"], caseSensitive: false)
        for offset in 0..<24 {
            let text = String(repeating: "z", count: offset) + "Illegal" + String(repeating: "z", count: 20)
            #expect(screen.mayMatch(text))
            #expect(!screen.mayMatch(String(repeating: "z", count: offset) + "Illegaz" + "zzzzzzzzzz"))
        }
    }
}
