import YAMLSource

/// A set of value keys for `in`/`not-in` pools, `unique` and `covers`, which insert every
/// selected value: the same answers as `Set<ValueKey>` without its seeded hashing of each
/// string.
///
/// ASCII strings of at most 15 bytes (most ids) are kept as the two words a tree holds a
/// small string in (`YAMLNodeCursor.stringWords`), so a node's value is inserted and looked up
/// without making a `String` of it; a `.string` key of such a text is turned into the same
/// words, so both ways meet. Numbers, booleans, null and longer ASCII strings sit in an
/// open-addressing table hashed over their bytes. A string outside ASCII may equal another
/// written differently (`String ==` compares by canonical equivalence, as `Set` hashes: the
/// Kelvin sign equals `K`), so the first such value moves every member into a
/// `Set<ValueKey>`, which then answers alone.
struct ValueKeySet {
    /// The members other than short ASCII strings, in the order inserted (while no `Set` has
    /// taken over).
    private var members: [ValueKey] = []
    /// Open addressing over `members`: an index plus one, or 0 for an empty slot; empty until
    /// the first such member.
    private var slots: [Int32] = []
    /// Open addressing over the short ASCII strings, each as its words (see `ShortText`): a
    /// zero entry is an empty slot.
    private var shortSlots: [ShortText]
    /// How many short ASCII strings `shortSlots` holds.
    private var shortCount = 0
    /// Every member, once a value outside what the tables take has come.
    private var fallback: Set<ValueKey>?

    /// A short ASCII text as `YAMLNodeCursor.stringWords` gives it: its first eight bytes in
    /// `prefix`, the next seven in the low bytes of `suffix`, whose top byte holds the length
    /// plus one (so no text, even the empty one, is all zeros).
    private struct ShortText: Equatable {
        var prefix: UInt64
        var suffix: UInt64

        init(prefix: UInt64, suffix: UInt64, count: Int) {
            self.prefix = prefix
            self.suffix = suffix | UInt64(truncatingIfNeeded: count + 1) << 56
        }

        static let empty = ShortText(prefix: 0, suffix: 0, count: -1)

        var isEmpty: Bool { suffix == 0 }

        var count: Int { Int(truncatingIfNeeded: suffix >> 56) - 1 }

        /// The text as a `String` (for the `Set` that takes over).
        var text: String {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(count)
            for offset in 0..<count {
                let word = offset < 8 ? prefix : suffix
                bytes.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(offset % 8))))
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// A hash of the words.
        var hash: Int {
            let mixed = (prefix ^ (suffix &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
            return Int(truncatingIfNeeded: mixed >> 29)
        }

        /// The words of `text` when it is ASCII and at most 15 bytes long (and contiguous).
        static func of(_ text: String) -> ShortText? {
            let short: ShortText?? = text.utf8.withContiguousStorageIfAvailable { bytes in
                guard bytes.count <= 15 else { return nil }
                // Copied into two zeroed words, read so that byte `i` sits at bits `8 * i` of its
                // word, as the tree's words hold it.
                var words: (prefix: UInt64, suffix: UInt64) = (0, 0)
                withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
                return ShortText(
                    ascii: (UInt64(littleEndian: words.prefix), UInt64(littleEndian: words.suffix), bytes.count))
            }
            return short ?? nil
        }

        /// The words of a small string as the tree gives them, when it is ASCII.
        init?(ascii words: (prefix: UInt64, suffix: UInt64, count: Int)) {
            guard (words.prefix | words.suffix) & 0x8080_8080_8080_8080 == 0 else { return nil }
            self.init(prefix: words.prefix, suffix: words.suffix, count: words.count)
        }
    }

    /// The number of members.
    var count: Int { fallback?.count ?? members.count + shortCount }

    /// An empty set with room for `capacity` short strings before it grows.
    init(minimumCapacity capacity: Int) {
        var size = 8
        while size < 2 * capacity { size *= 2 }
        shortSlots = [ShortText](repeating: .empty, count: size)
    }

    /// Inserts the value of `node` (as `insert(node.valueKey)`); false when an equal value is
    /// a member already. A short ASCII string is inserted as the words the tree holds it in,
    /// without a `String`.
    mutating func insertValue(of node: YAMLNode) -> Bool {
        if fallback == nil, let words = YAMLNodeCursor(node).stringWords, let short = ShortText(ascii: words) {
            return insert(short)
        }
        return insert(node.valueKey)
    }

    /// Whether the value of `node` is a member (as `contains(node.valueKey)`); a short ASCII
    /// string is looked up by its words, without a `String`.
    func containsValue(of node: YAMLNode) -> Bool {
        if fallback == nil, let words = YAMLNodeCursor(node).stringWords, let short = ShortText(ascii: words) {
            return contains(short)
        }
        return contains(node.valueKey)
    }

    /// Inserts a short ASCII text; false when it is a member already.
    private mutating func insert(_ short: ShortText) -> Bool {
        var mask = shortSlots.count - 1
        var slot = short.hash & mask
        while !shortSlots[slot].isEmpty {
            if shortSlots[slot] == short { return false }
            slot = (slot + 1) & mask
        }
        shortCount += 1
        if 2 * shortCount > shortSlots.count {
            let old = shortSlots
            shortSlots = [ShortText](repeating: .empty, count: 2 * old.count)
            mask = shortSlots.count - 1
            for entry in old + [short] where !entry.isEmpty {
                var slot = entry.hash & mask
                while !shortSlots[slot].isEmpty { slot = (slot + 1) & mask }
                shortSlots[slot] = entry
            }
        } else {
            shortSlots[slot] = short
        }
        return true
    }

    /// Whether a short ASCII text is a member.
    private func contains(_ short: ShortText) -> Bool {
        let mask = shortSlots.count - 1
        var slot = short.hash & mask
        while !shortSlots[slot].isEmpty {
            if shortSlots[slot] == short { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Inserts `key`; false when an equal key is a member already. Takes `key` over: the
    /// callers pass a value just made (`node.valueKey`), so storing it copies nothing (a
    /// borrowed string would be retained to store and released by the caller).
    mutating func insert(_ key: consuming ValueKey) -> Bool {
        if fallback != nil { return fallback?.insert(key).inserted ?? false }
        if case .string(let text) = key, let short = ShortText.of(text) {
            return insert(short)
        }
        guard let hash = Self.hash(key) else {
            var all = Set(members)
            for entry in shortSlots where !entry.isEmpty { all.insert(.string(entry.text)) }
            let inserted = all.insert(key).inserted
            fallback = all
            members = []
            slots = []
            shortSlots = []
            shortCount = 0
            return inserted
        }
        if slots.isEmpty {
            // The first such member: room for a few (ids longer than 15 bytes come several
            // to a pool) before the table grows.
            slots = [Int32](repeating: 0, count: 16)
            members.reserveCapacity(8)
        }
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            if members[Int(slots[slot]) - 1] == key { return false }
            slot = (slot + 1) & mask
        }
        members.append(key)
        slots[slot] = Int32(members.count)
        if 2 * members.count > slots.count { grow() }
        return true
    }

    /// Whether an equal key is a member.
    func contains(_ key: ValueKey) -> Bool {
        if let fallback { return fallback.contains(key) }
        if case .string(let text) = key, let short = ShortText.of(text) { return contains(short) }
        // Outside the table's keys, equality may hold across spellings: compared one by one
        // (short ASCII strings among them too, as strings).
        guard let hash = Self.hash(key) else {
            if case .string(let text) = key, shortCount > 0,
                shortSlots.contains(where: { !$0.isEmpty && $0.text == text })
            {
                return true
            }
            return members.contains(key)
        }
        guard !slots.isEmpty else { return false }
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            if members[Int(slots[slot]) - 1] == key { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Doubles the table and places every member again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: 2 * slots.count)
        let mask = slots.count - 1
        for (index, member) in members.enumerated() {
            // Every member was hashed when it was inserted.
            var slot = (Self.hash(member) ?? 0) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// A hash that equal keys share (0 and -0 alike); `nil` for a string or composite outside
    /// ASCII, whose equality `String` decides.
    private static func hash(_ key: ValueKey) -> Int? {
        switch key {
        case .null: return 0x6E75_6C6C
        case .bool(let value): return value ? 0x7472_7565 : 0x6661_6C73
        case .number(let value):
            let bits = value == 0 ? 0 : value.bitPattern
            return Int(truncatingIfNeeded: (bits ^ (bits >> 31)) &* 0x9E37_79B9_7F4A_7C15)
        case .string(let text): return hash(text, seed: 0x7374_7269)
        case .composite(let json): return hash(json, seed: 0x6A73_6F6E)
        }
    }

    /// FNV-1a over an ASCII string's bytes; `nil` when it is not ASCII (or not contiguous).
    private static func hash(_ text: String, seed: UInt64) -> Int? {
        let hash: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var state: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
            var union: UInt8 = 0
            for byte in bytes {
                union |= byte
                state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return union < 0x80 ? Int(truncatingIfNeeded: state ^ (state >> 32)) : nil
        }
        return hash ?? nil
    }
}
