/// The near-duplicate measure of `distinct`: Jaccard index of word 3-shingle sets.
///
/// Words are maximal runs of letters and digits, lower-cased; a text of one or two words is a
/// single shingle. Shingles are kept as 64-bit FNV-1a hashes, so a set costs 8 bytes a shingle.
enum TextSimilarity {
    /// What `distinct` keeps of one text: how many words it has and its shingle set.
    struct Shingled: Sendable, Equatable {
        /// The number of words (for `min-words`).
        var wordCount: Int
        /// The hashed word 3-shingles, sorted and without repeats.
        var shingles: [UInt64]
    }

    /// The word count and shingle set of `text`, in one pass over its bytes: each word byte is
    /// hashed into the shingles it belongs to as it is read, so no word is stored.
    static func shingled(_ text: String) -> Shingled {
        var text = text
        return text.withUTF8 { utf8 in
            // Most texts (a summary's few dozen words) have their shingles found in a kilobyte
            // on the stack: a larger temporary comes from the heap, where a request of a
            // kilobyte or more first has glibc consolidate its free lists, which cost more than
            // the measure. A text with more shingles is measured again with room for them all:
            // a word takes at least one byte and the next starts after a byte that is not a
            // word's, so a text has at most (count + 1) / 2 words, and as many shingles.
            let stackCapacity = 120
            if let measured = withUnsafeTemporaryAllocation(
                of: UInt64.self, capacity: stackCapacity, { measure(utf8, into: $0) })
            {
                return measured
            }
            let capacity = (utf8.count + 1) / 2 + 1
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { found in
                measure(utf8, into: found) ?? Shingled(wordCount: 0, shingles: [])
            }
        }
    }

    /// The measure of `utf8`, its shingles found in `found`; `nil` when they do not fit.
    private static func measure(
        _ utf8: UnsafeBufferPointer<UInt8>, into found: UnsafeMutableBufferPointer<UInt64>
    ) -> Shingled? {
        guard let words = ShingleScanner.scan(utf8, into: found) else { return nil }
        let count = words == 0 ? 0 : max(1, words - 2)
        return Shingled(wordCount: words, shingles: sortedUnique(UnsafeMutableBufferPointer(rebasing: found[..<count])))
    }

    /// `values` sorted and without repeats, in an array of exactly their number.
    ///
    /// Shingles are hashes, spread evenly: each is placed near where its value puts it in a
    /// table twice as long (repeats meet there and are dropped), the table read in order is
    /// nearly sorted, and an insertion sort finishes it in about one pass. A summary's few
    /// dozen shingles cost a few instructions each instead of the quadratic insertion sort.
    /// The table holds positions in `values` (plus one; 0 for an empty slot), two bytes each,
    /// so that a summary's table stays on the stack.
    static func sortedUnique(_ values: UnsafeMutableBufferPointer<UInt64>) -> [UInt64] {
        guard values.count > 1 else { return Array(values) }
        guard values.count < Int(UInt16.max) else {
            // Beyond two-byte positions (a text of hundreds of kilobytes): a plain sort.
            var sorted = Array(values)
            sorted.sort()
            var kept = 0
            for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
                sorted[kept] = sorted[index]
                kept += 1
            }
            return Array(sorted[..<kept])
        }
        // Slots `0..<width` are homes; the `values.count` after them take what probes past the
        // last home, so that probing never wraps.
        let width = 1 << (Int.bitWidth - (2 * values.count - 1).leadingZeroBitCount)
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: width + values.count) { slots in
            slots.initialize(repeating: 0)
            var unique = 0
            for (position, value) in values.enumerated() {
                // The high half of value × width: the home keeps the values' order.
                var slot = Int(truncatingIfNeeded: value.multipliedFullWidth(by: UInt64(width)).high)
                while slots[slot] != 0 && values[Int(slots[slot]) - 1] != value { slot += 1 }
                if slots[slot] == 0 {
                    slots[slot] = UInt16(truncatingIfNeeded: position + 1)
                    unique += 1
                }
            }
            return [UInt64](unsafeUninitializedCapacity: unique) { sorted, count in
                for slot in slots where slot != 0 {
                    let value = values[Int(slot) - 1]
                    // A value placed after its home may sit after larger ones placed at theirs.
                    var position = count
                    while position > 0, sorted[position - 1] > value {
                        sorted[position] = sorted[position - 1]
                        position -= 1
                    }
                    sorted[position] = value
                    count += 1
                }
            }
        }
    }

    /// Whether the sorted shingle array `set` holds `shingle` (binary search).
    static func contains(_ set: ArraySlice<UInt64>, _ shingle: UInt64) -> Bool {
        var (low, high) = (set.startIndex, set.endIndex)
        while low < high {
            let middle = (low + high) / 2
            if set[middle] < shingle { low = middle + 1 } else { high = middle }
        }
        return low < set.endIndex && set[low] == shingle
    }

    /// The Jaccard index of two shingle sets of `a` and `b` elements sharing `intersection`.
    static func jaccard(_ a: Int, _ b: Int, intersection: Int) -> Double {
        let union = a + b - intersection
        return union == 0 ? 0 : Double(intersection) / Double(union)
    }
}

/// Splits a text into words and hashes their 3-shingles in the same pass.
///
/// A word scalar is what `TermMatcher` folds to a letter or digit (`_` excluded): ASCII bytes
/// are decided by their ranges, other scalars by their Unicode properties after folding. A
/// shingle's hash is `Fingerprint.add` of each of its words (the folded word's UTF-8 bytes,
/// then the separator 0x1F): three FNV-1a states run side by side, one for each shingle the
/// current word belongs to, and the oldest is complete when its third word ends.
private enum ShingleScanner {
    static let basis = Fingerprint.offsetBasis
    static let prime = Fingerprint.prime

    /// The states of the shingles that started two words ago, one word ago and at the current
    /// (or next) word.
    struct States {
        var oldest = basis
        var middle = basis
        var newest = basis
        var words = 0

        @inline(__always)
        mutating func add(_ byte: UInt8) {
            oldest = (oldest ^ UInt64(byte)) &* prime
            middle = (middle ^ UInt64(byte)) &* prime
            newest = (newest ^ UInt64(byte)) &* prime
        }

        /// Ends the current word; writes the shingle it completes, if any, to `shingles`.
        /// Returns `false` when that shingle does not fit.
        @inline(__always)
        mutating func endWord(into shingles: UnsafeMutableBufferPointer<UInt64>) -> Bool {
            add(0x1F)
            if words >= 2 {
                guard words - 2 < shingles.count else { return false }
                shingles[words - 2] = oldest
            }
            words += 1
            (oldest, middle, newest) = (middle, newest, basis)
            return true
        }
    }

    /// Writes the shingles of the words of `utf8` (valid UTF-8: a string's own) to `shingles`,
    /// in text order, with repeats; returns the number of words, or `nil` when the shingles do
    /// not fit. With one or two words, the single shingle of all of them is written.
    static func scan(_ utf8: UnsafeBufferPointer<UInt8>, into shingles: UnsafeMutableBufferPointer<UInt64>) -> Int? {
        var states = States()
        var inWord = false
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x80 {
                index += 1
                // ASCII letters fold to lower case; `_` is no word byte here.
                let lower = byte | 0x20
                if lower &- 0x61 < 26 {
                    states.add(lower)
                    inWord = true
                } else if byte &- 0x30 < 10 {
                    states.add(byte)
                    inWord = true
                } else if inWord {
                    guard states.endWord(into: shingles) else { return nil }
                    inWord = false
                }
                continue
            }
            let scalar = decode(utf8, at: &index)
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            // One to one only, as `TermMatcher.fold`: a scalar whose lower case is several stays.
            let folded = lower.count == 1 ? lower.first ?? scalar : scalar
            let isWordScalar =
                folded.isASCII
                ? TermMatcher.isASCIIWordByte(UInt8(folded.value)) && folded != "_"
                : folded.properties.isAlphabetic || folded.properties.numericType != nil
            if isWordScalar {
                UTF8.encode(folded) { states.add($0) }
                inWord = true
            } else if inWord {
                guard states.endWord(into: shingles) else { return nil }
                inWord = false
            }
        }
        if inWord, !states.endWord(into: shingles) { return nil }
        // One or two words: the shingle that started at the first word (`shingles` has room
        // for one at least).
        if states.words == 1 { shingles[0] = states.middle }
        if states.words == 2 { shingles[0] = states.oldest }
        return states.words
    }

    /// The scalar whose UTF-8 encoding starts at `index` (valid UTF-8: the string's own), moving
    /// `index` past it.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Unicode.Scalar {
        let lead = utf8[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length where index + offset < utf8.count {
            value = value << 6 | UInt32(utf8[index + offset] & 0x3F)
        }
        index += length
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
