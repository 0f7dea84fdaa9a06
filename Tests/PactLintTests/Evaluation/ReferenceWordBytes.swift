@testable import PactLint

/// The words of a text as lower-cased UTF-8 bytes in one buffer, with where each word ends:
/// `distinct`'s measure as it was before words were hashed as they are read (kept as the
/// reference that `TextSimilarity.shingled` must agree with, shingle for shingle).
///
/// A word scalar is what `TermMatcher` folds to a letter or digit (`_` excluded): ASCII bytes
/// are decided by their ranges, other scalars by their Unicode properties after folding.
struct ReferenceWordBytes {
    var bytes: [UInt8] = []
    /// The end of each word in `bytes` (each starts where the one before ends).
    var ends: [Int] = []

    init(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            // A folded non-ASCII scalar takes at most twice its bytes (2 to 4), an ASCII one the
            // same, so the words fit in twice the text's length. Written through the buffer:
            // `append` per byte cost several times the scan.
            var ends: [Int] = []
            bytes = [UInt8](unsafeUninitializedCapacity: 2 * utf8.count) { buffer, count in
                count = Self.scan(utf8, into: buffer, ends: &ends)
            }
            self.ends = ends
        }
    }

    /// Writes the folded word bytes of `utf8` into `buffer` and each word's end into `ends`;
    /// returns how many bytes it wrote. (A static function: a closure capturing the counters
    /// checked exclusive access at every byte.)
    private static func scan(
        _ utf8: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, ends: inout [Int]
    ) -> Int {
        var index = 0
        var written = 0
        var start = 0
        while index < utf8.count {
            let byte = utf8[index]
            let isWordByte: Bool
            if byte < 0x80 {
                index += 1
                isWordByte = TermMatcher.isASCIIWordByte(byte) && byte != UInt8(ascii: "_")
                if isWordByte {
                    // ASCII upper case folds to lower case.
                    buffer[written] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    written += 1
                }
            } else {
                let scalar = decode(utf8, at: &index)
                let lower = scalar.properties.lowercaseMapping.unicodeScalars
                // One to one only, as `TermMatcher.fold`: a scalar whose lower case is several
                // stays.
                let folded = lower.count == 1 ? lower.first ?? scalar : scalar
                isWordByte =
                    folded.isASCII
                    ? TermMatcher.isASCIIWordByte(UInt8(folded.value)) && folded != "_"
                    : folded.properties.isAlphabetic || folded.properties.numericType != nil
                if isWordByte {
                    UTF8.encode(folded) { byte in
                        buffer[written] = byte
                        written += 1
                    }
                }
            }
            if !isWordByte, written > start {
                ends.append(written)
                start = written
            }
        }
        if written > start { ends.append(written) }
        return written
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

    /// The hashed 3-shingles of the words (one shingle of all words when there are fewer than
    /// three), sorted and without repeats: of each run of three words, `Fingerprint.add` of each word.
    func shingles() -> [UInt64] {
        guard !ends.isEmpty else { return [] }
        let width = min(3, ends.count)
        var result: [UInt64] = []
        result.reserveCapacity(ends.count - width + 1)
        bytes.withUnsafeBufferPointer { bytes in
            for first in 0...(ends.count - width) {
                // `Fingerprint.add` of each word: its bytes, then the separator.
                var hash = Fingerprint()
                for word in first..<(first + width) {
                    hash.add(bytes: bytes[range(of: word)])
                    hash.mix(0x1F)
                }
                result.append(hash.value)
            }
        }
        Self.sortUnique(&result)
        return result
    }

    /// Where the word at `index` lies in `bytes`.
    func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// Sorts `shingles` and drops repeats (insertion sort, as the measure did).
    static func sortUnique(_ shingles: inout [UInt64]) {
        for index in shingles.indices.dropFirst() {
            let value = shingles[index]
            var slot = index
            while slot > 0, shingles[slot - 1] > value {
                shingles[slot] = shingles[slot - 1]
                slot -= 1
            }
            shingles[slot] = value
        }
        var kept = 0
        for index in shingles.indices where kept == 0 || shingles[kept - 1] != shingles[index] {
            shingles[kept] = shingles[index]
            kept += 1
        }
        shingles.removeLast(shingles.count - kept)
    }
}
