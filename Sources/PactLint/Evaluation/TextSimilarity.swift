/// The near-duplicate measure of `distinct`: Jaccard index of word 3-shingle sets.
///
/// Words are maximal runs of letters and digits, lower-cased; a text of one or two words is a
/// single shingle. Shingles are kept as 64-bit FNV-1a hashes, so a set costs 8 bytes a shingle.
enum TextSimilarity {
    /// The words of `text`, lower-cased.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        // The word's UTF-8 bytes: appending to a `String.UnicodeScalarView` costs hundreds of
        // instructions per scalar.
        var current: [UInt8] = []
        for scalar in TermMatcher.fold(text.unicodeScalars) {
            let isWordScalar =
                scalar.isASCII
                ? TermMatcher.isASCIIWordByte(UInt8(scalar.value)) && scalar != "_"
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar {
                if scalar.isASCII {
                    current.append(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    current.append(contentsOf: String(scalar).utf8)
                }
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// The set of hashed word 3-shingles of a list of words.
    static func shingles(_ words: [String]) -> Set<UInt64> {
        guard !words.isEmpty else { return [] }
        let width = min(3, words.count)
        var result = Set<UInt64>()
        for start in 0...(words.count - width) {
            var hash = Fingerprint()
            for word in words[start..<(start + width)] { hash.add(word) }
            result.insert(hash.value)
        }
        return result
    }

    /// |A ∩ B| / |A ∪ B|; 0 when both are empty.
    static func jaccard(_ a: Set<UInt64>, _ b: Set<UInt64>, intersection: Int) -> Double {
        let union = a.count + b.count - intersection
        return union == 0 ? 0 : Double(intersection) / Double(union)
    }
}
