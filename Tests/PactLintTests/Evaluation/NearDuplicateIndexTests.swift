import Testing
import _PactLintTestSupport

@testable import PactLint

/// `distinct`'s words, shingles and search agree with their plain definitions: words split
/// scalar by scalar after `TermMatcher.fold`, and the search with shared counts taken on the
/// sorted sets whenever a posting list was full (the implementation before the open-addressing
/// index, kept here as the reference).
@Suite struct NearDuplicateIndexTests {
    /// Words as `distinct` defines them: runs of folded letters and digits, `_` excluded.
    static func referenceWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in TermMatcher.fold(text.unicodeScalars) {
            let isWordScalar =
                scalar.isASCII
                ? TermMatcher.isASCIIWordByte(UInt8(scalar.value)) && scalar != "_"
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    @Test(arguments: [
        "", "   ", "one", "One two", "One two three four.", "Über_alles 2024, naïve-test",
        // Lower case one to one but longer in UTF-8 (U+023A → U+2C65), a Kelvin sign that folds
        // to ASCII, a capital I with dot (lower case of two scalars: stays), a capital sharp s.
        "ȺȺȺ Ⱥb", "\u{212A}elvin \u{212A}", "İstanbul İİ", "STRAẞE straße",
        "数字 ٣٤ ⅻ 𝔘𝔫𝔦 😀 e\u{301}te", "tab\there\r\nnew—line_under_score", "a b c d e a b c d e",
    ])
    func shingledAgreesWithWordByWordSplitting(_ text: String) {
        let words = Self.referenceWords(text)
        #expect(TextSimilarity.words(text) == words)
        let shingled = TextSimilarity.shingled(text)
        #expect(shingled.wordCount == words.count)
        #expect(shingled.shingles == TextSimilarity.shingles(words))
    }

    /// The search as it was written with a dictionary of posting lists: the reference.
    static func referenceMatches(_ sets: [[UInt64]]) -> [NearDuplicateIndex.Match?] {
        var heads: [UInt64: [Int]] = [:]
        var firstWithSameSet: [[UInt64]: Int] = [:]
        var result: [NearDuplicateIndex.Match?] = []
        for (index, set) in sets.enumerated() {
            var best: NearDuplicateIndex.Match?
            if let same = firstWithSameSet[set] {
                best = .init(other: same, similarity: 1)
            } else {
                firstWithSameSet[set] = index
                var candidates = Set<Int>()
                var exact = true
                for shingle in set {
                    let list = heads[shingle] ?? []
                    if list.count >= Int(NearDuplicateIndex.postingLimit) { exact = false }
                    candidates.formUnion(list)
                }
                for other in candidates.sorted() {
                    let shared =
                        exact
                        ? set.filter { (heads[$0] ?? []).contains(other) }.count
                        : TextSimilarity.sharedCount(set, sets[other])
                    let similarity = TextSimilarity.jaccard(set.count, sets[other].count, intersection: shared)
                    if similarity > (best?.similarity ?? -1) { best = .init(other: other, similarity: similarity) }
                }
            }
            for shingle in set where (heads[shingle]?.count ?? 0) < Int(NearDuplicateIndex.postingLimit) {
                heads[shingle, default: []].append(index)
            }
            result.append(best)
        }
        return result
    }

    @Test(arguments: [3, 6, 40])
    func searchAgreesWithTheReference(vocabulary: Int) {
        // Few words: shingles repeat across hundreds of texts, posting lists fill, and texts
        // found through full lists need the counts the lists left out.
        var random = SplitMix(seed: UInt64(vocabulary))  // the module's seeded generator, so a failure replays
        var sets: [[UInt64]] = []
        for _ in 0..<600 {
            let length = 1 + Int(random.next() % 24)
            let words = (0..<length).map { _ in "w\(random.next() % UInt64(vocabulary))" }
            sets.append(TextSimilarity.shingles(words))
            // Some texts repeat an earlier one exactly.
            if random.next() % 10 == 0, let earlier = sets.randomElement(using: &random) { sets.append(earlier) }
        }
        var index = NearDuplicateIndex()
        let found = sets.map { index.add($0) }
        let expected = Self.referenceMatches(sets)
        #expect(found.count == expected.count)
        for (position, (actual, wanted)) in zip(found, expected).enumerated() where actual != wanted {
            Issue.record("text \(position): \(String(describing: actual)) instead of \(String(describing: wanted))")
        }
        #expect(found.contains { ($0?.similarity ?? 0) < 1 && ($0?.similarity ?? 0) > 0 })
    }
}
