@testable import PactLint

/// Plain definitions of `distinct`'s words, shingles and shared counts, the references that the
/// byte-level implementation (`TextSimilarity.shingled`, `NearDuplicateIndex`) is tested against.
extension TextSimilarity {
    /// The words of `text`, lower-cased, as `ReferenceWordBytes` splits them.
    static func words(_ text: String) -> [String] {
        let scanned = ReferenceWordBytes(text)
        return scanned.ends.indices.map { String(decoding: scanned.bytes[scanned.range(of: $0)], as: UTF8.self) }
    }

    /// The hashed word 3-shingles of a list of words (one shingle of all words when there are
    /// fewer than three), sorted and without repeats.
    static func shingles(_ words: [String]) -> [UInt64] {
        guard !words.isEmpty else { return [] }
        let width = min(3, words.count)
        var result: Set<UInt64> = []
        for start in 0...(words.count - width) {
            var hash = Fingerprint()
            for word in words[start..<(start + width)] { hash.add(word) }
            result.insert(hash.value)
        }
        return result.sorted()
    }

    /// How many shingles two sorted shingle arrays share.
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        Set(a).intersection(b).count
    }
}
