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

    /// The hashed word 3-shingles of a list of words, sorted and without repeats: the set as
    /// an array, which costs half a `Set`'s memory, kept for every text of a portfolio.
    static func shingles(_ words: [String]) -> [UInt64] {
        guard !words.isEmpty else { return [] }
        let width = min(3, words.count)
        var result: [UInt64] = []
        result.reserveCapacity(words.count - width + 1)
        for start in 0...(words.count - width) {
            var hash = Fingerprint()
            for word in words[start..<(start + width)] { hash.add(word) }
            result.append(hash.value)
        }
        result.sort()
        var kept = 0
        // By index: iterating `result` itself would hold its buffer and copy it on the first write.
        for index in result.indices where kept == 0 || result[kept - 1] != result[index] {
            result[kept] = result[index]
            kept += 1
        }
        result.removeLast(result.count - kept)
        return result
    }

    /// How many shingles two sorted shingle arrays share.
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var (i, j, shared) = (0, 0, 0)
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if a[i] > b[j] {
                j += 1
            } else {
                shared += 1
                i += 1
                j += 1
            }
        }
        return shared
    }

    /// The Jaccard index of two shingle sets of `a` and `b` elements sharing `intersection`.
    static func jaccard(_ a: Int, _ b: Int, intersection: Int) -> Double {
        let union = a + b - intersection
        return union == 0 ? 0 : Double(intersection) / Double(union)
    }
}
