/// A set of value keys for `unique` and `covers`, which insert every selected value: the same
/// answers as `Set<ValueKey>` without its seeded hashing of each string.
///
/// Numbers, booleans, null and ASCII strings sit in an open-addressing table hashed over
/// their bytes. A string outside ASCII may equal another written differently (`String ==`
/// compares by canonical equivalence, as `Set` hashes), so the first such value moves every
/// member into a `Set<ValueKey>`, which then answers alone.
struct ValueKeySet {
    /// The members, in the order inserted (while no `Set` has taken over).
    private var members: [ValueKey] = []
    /// Open addressing over `members`: an index plus one, or 0 for an empty slot.
    private var slots: [Int32]
    /// Every member, once a value outside what the table takes has come.
    private var fallback: Set<ValueKey>?

    /// The number of members.
    var count: Int { fallback?.count ?? members.count }

    /// An empty set with room for `capacity` members before it grows.
    init(minimumCapacity capacity: Int) {
        var size = 8
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        members.reserveCapacity(capacity)
    }

    /// Inserts `key`; false when an equal key is a member already. Takes `key` over: the
    /// callers pass a value just made (`node.valueKey`), so storing it copies nothing (a
    /// borrowed string would be retained to store and released by the caller).
    mutating func insert(_ key: consuming ValueKey) -> Bool {
        if fallback != nil { return fallback?.insert(key).inserted ?? false }
        guard let hash = Self.hash(key) else {
            var all = Set(members)
            let inserted = all.insert(key).inserted
            fallback = all
            members = []
            slots = []
            return inserted
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
        // Outside the table's keys, equality may hold across spellings: compared one by one.
        guard let hash = Self.hash(key) else { return members.contains(key) }
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
