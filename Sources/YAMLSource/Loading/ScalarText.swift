/// A scalar's text as the tree keeps it, made from libyaml's bytes: its small string's words
/// (or the bytes a longer text's string is made from), its print (`YAMLTree.textPrint(of:)`)
/// and whether it is ASCII.
///
/// libyaml hands over only valid UTF-8: it decodes and checks its input as it reads (after the
/// loader's own check of the whole file, which reports invalid bytes with pactlint's
/// positions), and refuses escapes (`\uD800`, `\U00110000`) that would encode a surrogate or
/// a value past U+10FFFF. So a text of up to 15 bytes, most of a document's, is assembled
/// straight into a small string's two words instead of being validated again, byte by byte,
/// by `String(decoding:as:)`; longer texts still go through it, made where the tree keeps them
/// (`YAMLTree.appendScalar(_:style:value:span:)`). The struct owns nothing: making and
/// dropping one costs no reference counting.
struct ScalarText {
    /// The text's bytes, valid as long as the buffer they were given in (libyaml's event).
    let bytes: UnsafeRawBufferPointer
    /// The two words of the small string the text is (`smallStringWords(_:count:isASCII:)`),
    /// or `nil` for a text longer than 15 bytes, or when small strings are not assembled.
    let smallStringWords: (UInt64, UInt64)?
    /// `YAMLTree.textPrint(of: text)`.
    let print: UInt64
    /// Whether every byte is ASCII: such texts are equal as strings only when their bytes are.
    /// Read from a small string's flags; a longer text's bytes are read only when asked (for
    /// keys, not values).
    var isASCII: Bool {
        guard let smallStringWords else { return Self.isASCII(bytes) }
        return smallStringWords.1 & Self.asciiFlag != 0
    }

    /// The text as a `String` (made from `bytes` when the text is not small: they must still
    /// be valid).
    var text: String {
        guard let smallStringWords else { return String(decoding: bytes, as: UTF8.self) }
        return unsafeBitCast(smallStringWords, to: String.self)
    }

    /// The text of `bytes`, which must be valid UTF-8, and must stay valid while `text` may be
    /// asked for. `assemblesSmallStrings`: `smallStringLayoutHolds`, read once by the caller
    /// rather than once a text.
    @inline(__always)
    init(validUTF8 bytes: UnsafeRawBufferPointer, assemblesSmallStrings: Bool = Self.smallStringLayoutHolds) {
        self.bytes = bytes
        let count = bytes.count
        if count <= 15, assemblesSmallStrings {
            let words = Self.littleEndianWords(bytes)
            let isASCII = (words.0 | words.1) & 0x8080_8080_8080_8080 == 0
            smallStringWords = Self.smallStringWords(words, count: count, isASCII: isASCII)
            print = YAMLTree.mix(words.0, count: count)
            return
        }
        smallStringWords = nil
        print = YAMLTree.textPrint(of: bytes)
    }

    /// The bytes (at most 15) as two little-endian words, zero past the count; read with
    /// overlapping loads rather than a copy, and never past the buffer.
    @inline(__always)
    private static func littleEndianWords(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        let count = bytes.count
        func load<T: FixedWidthInteger & UnsignedInteger>(_: T.Type, at offset: Int) -> UInt64 {
            UInt64(T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self)))
        }
        switch count {
        case 0:
            return (0, 0)
        case 1...3:
            // The first, middle and last bytes cover 1 to 3 bytes.
            let middle = count / 2
            let first = load(UInt8.self, at: 0) | load(UInt8.self, at: middle) << (8 * UInt64(middle))
            return (first | load(UInt8.self, at: count - 1) << (8 * UInt64(count - 1)), 0)
        case 4...7:
            // Two four-byte loads that overlap in the middle.
            return (load(UInt32.self, at: 0) | load(UInt32.self, at: count - 4) << (8 * UInt64(count - 4)), 0)
        case 8:
            return (load(UInt64.self, at: 0), 0)
        default:
            // The last eight bytes, shifted down to drop those the first word holds.
            return (load(UInt64.self, at: 0), load(UInt64.self, at: count - 8) >> (8 * UInt64(16 - count)))
        }
    }

    /// The two words of a small string: the bytes in place, the count in the top byte's low
    /// nibble under the flags "immortal", "small" and, if so, "ASCII" — the layout `String`
    /// uses on 64-bit platforms, which `smallStringLayoutHolds` confirms at run time.
    private static func smallStringWords(_ words: (UInt64, UInt64), count: Int, isASCII: Bool) -> (UInt64, UInt64) {
        let flags: UInt64 = isASCII ? 0xE0 : 0xA0
        return (words.0, words.1 | (flags | UInt64(truncatingIfNeeded: count)) << 56)
    }

    /// The bit of a small string's second word that flags it as ASCII (in 0xE0 above).
    private static var asciiFlag: UInt64 { 1 << 62 }

    /// Whether `smallStringWords(_:count:isASCII:)` gives exactly the words of the string the
    /// standard library builds, checked once on ASCII and non-ASCII texts (without making a
    /// string of words that might not be one); if not, every text is decoded.
    static let smallStringLayoutHolds: Bool = {
        #if _endian(little) && _pointerBitWidth(_64)
            guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return false }
            let samples: [[UInt8]] = [Array("key: Ωmega".utf8), Array("a-b_c 0123456.9".utf8), [], Array("ü".utf8)]
            for sample in samples {
                let expected = sample.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
                let words = sample.withUnsafeBytes { littleEndianWords($0) }
                let built = smallStringWords(words, count: sample.count, isASCII: sample.allSatisfy { $0 < 0x80 })
                guard built == unsafeBitCast(expected, to: (UInt64, UInt64).self) else { return false }
            }
            return true
        #else
            return false
        #endif
    }()

    /// Whether every byte is below 0x80, eight at a time.
    private static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        var seen: UInt64 = 0
        while i + 8 <= bytes.count {
            seen |= bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < bytes.count {
            seen |= UInt64(bytes[i])
            i += 1
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }
}
