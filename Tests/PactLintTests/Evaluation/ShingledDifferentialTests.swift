import Testing
import _PactLintTestSupport

@testable import PactLint

/// `TextSimilarity.shingled`, which hashes each word's bytes into its shingles as it reads them,
/// agrees shingle for shingle with the measure it replaced (`ReferenceWordBytes`, words kept as
/// bytes, then hashed) and with the word-by-word definition, over seeded random texts that mix
/// ASCII with the scalars whose splitting and case folding are the contract.
@Suite struct ShingledDifferentialTests {
    /// Pieces the random texts are made of: words, separators and the non-ASCII cases.
    static let pieces: [String] = [
        "the", "The", "THE", "partner", "Route", "2024", "x1", "a", "b", "c",
        " ", "  ", "\t", "\n", "\r\n", ",", ".", "-", "_", "'", "—", "\u{00A0}", "\u{2028}",
        // Accents, composed and decomposed (a combining mark is no word scalar).
        "caf\u{E9}", "cafe\u{301}", "CAF\u{C9}", "na\u{EF}ve", "\u{301}", "\u{345}",
        // Turkish: dotted capital I (lower case of two scalars: stays), dotless i, plain I.
        "\u{130}stanbul", "\u{131}", "I", "i\u{307}",
        // Sharp s, capital sharp s; Kelvin sign (folds to ASCII k); Ⱥ (longer lower case).
        "stra\u{DF}e", "STRA\u{1E9E}E", "\u{212A}", "\u{23A}\u{23A}", "\u{2C65}",
        // Greek capital and final sigma, title case, a ligature, full width, Roman numeral.
        "\u{3A3}\u{39F}\u{3A3}", "\u{3C2}", "\u{1C5}", "\u{FB01}", "\u{FF21}\u{FF42}", "\u{216B}",
        // CJK, Arabic-Indic digits, mathematical letters, emoji (with joiner and skin tone).
        "数字", "漢", "\u{663}\u{664}", "\u{1D518}\u{1D52B}", "😀", "👩\u{200D}💻", "👍🏽", "\u{200D}",
    ]

    static func randomText(_ random: inout SplitMix) -> String {
        var text = ""
        for _ in 0..<random.below(120) {
            if random.below(8) == 0 {
                // Any scalar now and then, from the whole range (surrogates skipped).
                let value = UInt32(random.below(0x11_0000))
                text.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            } else {
                text += random.pick(Self.pieces)
            }
        }
        return text
    }

    @Test(arguments: 0..<8)
    func shingledAgreesWithTheReference(seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        for number in 0..<400 {
            let text = Self.randomText(&random)
            let reference = ReferenceWordBytes(text)
            let shingled = TextSimilarity.shingled(text)
            let words = NearDuplicateIndexTests.referenceWords(text)
            #expect(shingled.wordCount == reference.ends.count, "seed \(seed) case \(number): \(text.debugDescription)")
            #expect(shingled.shingles == reference.shingles(), "seed \(seed) case \(number): \(text.debugDescription)")
            #expect(shingled.shingles == TextSimilarity.shingles(words), "seed \(seed) case \(number)")
        }
    }

    @Test(arguments: [
        "", "_", "___ --- ...", "one", "one two", "one two three", "one two three four",
        "a a a a a a a a a a a a", "a b a b a b a b", "İ ı I i̇ ß ẞ", "😀 😀 😀", "e\u{301}e\u{301}e\u{301}",
    ])
    func fewWordsAndRepeats(_ text: String) {
        let reference = ReferenceWordBytes(text)
        #expect(TextSimilarity.shingled(text) == .init(wordCount: reference.ends.count, shingles: reference.shingles()))
    }

    /// Around the 120 shingles found on the stack: more are measured again with room for all.
    @Test(arguments: 118...126)
    func textsAroundTheStackRoom(words: Int) {
        let text = (0..<words).map { "w\($0)" }.joined(separator: " ")
        let reference = ReferenceWordBytes(text)
        let shingled = TextSimilarity.shingled(text)
        #expect(shingled == .init(wordCount: words, shingles: reference.shingles()))
        #expect(shingled.shingles.count == words - 2)
    }

    @Test func longTextsAndCrowdedTables() {
        // Thousands of words, and many repeats of few shingles.
        let long = (0..<5000).map { "w\($0 % 97)" }.joined(separator: " ")
        let reference = ReferenceWordBytes(long)
        #expect(TextSimilarity.shingled(long) == .init(wordCount: 5000, shingles: reference.shingles()))
    }

    @Test(arguments: 0..<4)
    func sortedUniqueSortsAndDropsRepeats(seed: Int) {
        var random = SplitMix(seed: 100 + UInt64(seed))
        for _ in 0..<300 {
            let count = random.below(200)
            var values: [UInt64] = (0..<count).map { _ in
                switch random.below(6) {
                // Clustered values share a home slot and probe far; extremes probe past the end.
                case 0: UInt64(random.below(4))
                case 1: UInt64.max - UInt64(random.below(4))
                case 2: UInt64(random.below(count + 1)) << 40
                default: random.next()
                }
            }
            let expected = Set(values).sorted()
            let sorted = values.withUnsafeMutableBufferPointer { TextSimilarity.sortedUnique($0) }
            #expect(sorted == expected)
        }
    }

    /// More values than two-byte positions hold take the plain sort.
    @Test func sortedUniqueOfVeryManyValues() {
        var random = SplitMix(seed: 99)
        var values = (0..<70_000).map { _ in random.next() % 50_000 }
        let sorted = values.withUnsafeMutableBufferPointer { TextSimilarity.sortedUnique($0) }
        #expect(sorted == Set(values).sorted())
    }
}
