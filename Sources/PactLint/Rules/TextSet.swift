import YAMLSource

/// A fixed list of strings, compiled with the rule, that answers `members.contains(text)`
/// without comparing `text` with each member in turn: a `keys` condition tests every key of a
/// mapping against its allowed names, a `one-of` list every selected value against its
/// values.
///
/// ASCII members sit in a small open-addressing table over their bytes. An ASCII text is
/// equal (as `String ==` compares, by canonical equivalence) to an ASCII member only when
/// the bytes are the same; it can also equal a non-ASCII member (`"K"` and the Kelvin sign
/// U+212A are canonically equivalent), so those few members are still compared as strings.
/// A non-ASCII text is compared with every member, as before.
public struct TextSet: Sendable {
    /// The members in the order written (messages and suggestions list them).
    public let members: [String]
    /// The members outside ASCII, compared as strings.
    private let nonASCII: [String]
    /// The ASCII members' bytes, one after another.
    private let bytes: [UInt8]
    /// Each ASCII member's range in `bytes`.
    private let ranges: [Range<Int>]
    /// Open addressing over `ranges`: an index plus one, or 0 for an empty slot.
    private let slots: [Int32]
    /// The ASCII members of up to 15 bytes (a small string's most) as their words, in an open-
    /// addressing table of its own (empty slots have a negative count): a text read as words in
    /// place (`YAMLNodeCursor.keyWords(at:)`) is looked up without reading its bytes.
    private let wordSlots: [Words]

    /// A short text as words: its first eight UTF-8 bytes, the next eight, zero past its
    /// length, and its length (negative for an empty slot).
    private struct Words: Sendable {
        let prefix: UInt64
        let suffix: UInt64
        let count: Int
    }

    /// A set of `members`.
    public init(_ members: [String]) {
        self.members = members
        var nonASCII: [String] = []
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(members.count)
        for member in members {
            // Copied from the member's contiguous bytes, then taken back if one is not ASCII.
            let start = bytes.count
            UTF8Bytes.append(member, to: &bytes)
            if bytes[start...].contains(where: { $0 >= 0x80 }) {
                bytes.removeSubrange(start...)
                nonASCII.append(member)
            } else {
                ranges.append(start..<bytes.count)
            }
        }
        // At most half full: a miss ends at an empty slot after a probe or two.
        var capacity = 4
        while capacity < 2 * ranges.count { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        bytes.withUnsafeBytes { all in
            for (index, range) in ranges.enumerated() {
                var slot = Self.digest(of: UnsafeRawBufferPointer(rebasing: all[range])).hash & (capacity - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Int32(index + 1)
            }
        }
        var wordSlots = [Words](repeating: Words(prefix: 0, suffix: 0, count: -1), count: capacity)
        for range in ranges where range.count <= 15 {
            var words = (prefix: UInt64(0), suffix: UInt64(0))
            for (offset, byte) in bytes[range].enumerated() {
                if offset < 8 {
                    words.prefix |= UInt64(byte) << (8 * UInt64(offset))
                } else {
                    words.suffix |= UInt64(byte) << (8 * UInt64(offset - 8))
                }
            }
            var slot = Self.wordHash(words.prefix, words.suffix, range.count) & (capacity - 1)
            while wordSlots[slot].count >= 0 { slot = (slot + 1) & (capacity - 1) }
            wordSlots[slot] = Words(prefix: words.prefix, suffix: words.suffix, count: range.count)
        }
        self.nonASCII = nonASCII
        self.bytes = bytes
        self.ranges = ranges
        self.slots = slots
        self.wordSlots = wordSlots
    }

    /// Whether an ASCII member is the text of `count` bytes (at most 15) held in `prefix` and
    /// `suffix` as `YAMLNodeCursor.keyWords(at:)` gives them; `nil` when the text is not ASCII
    /// (then only `contains(_:)` can tell).
    func containsASCII(prefix: UInt64, suffix: UInt64, count: Int) -> Bool? {
        guard (prefix | suffix) & 0x8080_8080_8080_8080 == 0 else { return nil }
        let mask = wordSlots.count - 1
        var slot = Self.wordHash(prefix, suffix, count) & mask
        while true {
            let entry = wordSlots[slot]
            guard entry.count >= 0 else { return false }
            if entry.prefix == prefix && entry.suffix == suffix && entry.count == count { return true }
            slot = (slot + 1) & mask
        }
    }

    /// A hash of a short text's words (only `wordSlots` depends on it).
    @inline(__always)
    private static func wordHash(_ prefix: UInt64, _ suffix: UInt64, _ count: Int) -> Int {
        let mixed =
            (prefix ^ (suffix &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: count))
            &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: mixed >> 29)
    }

    /// Whether some member equals `text` (as `members.contains(text)` would say).
    public func contains(_ text: String) -> Bool {
        let answer: Bool?? = text.utf8.withContiguousStorageIfAvailable { containsASCII(UnsafeRawBufferPointer($0)) }
        guard case .some(.some(let found)) = answer else { return members.contains(text) }
        return found || (!nonASCII.isEmpty && nonASCII.contains(text))
    }

    /// Whether an ASCII member has exactly these bytes; `nil` when `text` is not ASCII (then
    /// only `contains(_:)` can tell).
    func containsASCII(_ text: UnsafeRawBufferPointer) -> Bool? {
        let (hash, isASCII) = Self.digest(of: text)
        guard isASCII else { return nil }
        let mask = slots.count - 1
        var slot = hash & mask
        return bytes.withUnsafeBytes { all in
            while true {
                let entry = Int(slots[slot])
                guard entry != 0 else { return false }
                let range = ranges[entry - 1]
                if range.count == text.count, String.sameBytes(UnsafeRawBufferPointer(rebasing: all[range]), text) {
                    return true
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// A hash of the bytes (only the table's own slots depend on it) and whether they are all
    /// ASCII, read eight bytes at a time.
    private static func digest(of bytes: UnsafeRawBufferPointer) -> (hash: Int, isASCII: Bool) {
        let count = bytes.count
        var state = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var union: UInt64 = 0
        var offset = 0
        while offset + 8 <= count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            union |= word
            state = (state ^ word) &* 0x0000_0100_0000_01B3
            state ^= state >> 29
            offset += 8
        }
        if offset < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while offset < count {
                word |= UInt64(bytes[offset]) << shift
                shift += 8
                offset += 1
            }
            union |= word
            state = (state ^ word) &* 0x0000_0100_0000_01B3
            state ^= state >> 29
        }
        return (Int(truncatingIfNeeded: state), union & 0x8080_8080_8080_8080 == 0)
    }
}
