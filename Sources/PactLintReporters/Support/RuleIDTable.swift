/// Rule positions by the two words of a rule id's `String`: what `JSONFindingsRenderer` and
/// `RuleCatalog` ask first for each finding, before their dictionaries.
///
/// A finding's rule id is a copy of the id its rule was loaded with, so it has the same two
/// words: the same small-string bytes inline (every id of up to 15 bytes), or the same
/// storage and length. Two strings with the same words hold the same bytes, so a word match
/// is the rule the dictionary would give (the table holds the dictionary's answer for each
/// id). A lookup is a multiplication and a comparison or two, where hashing the id for the
/// dictionary took some 350 instructions, and comparing it with the ids of the file's rules
/// seen so far about as many. An id with other words (made elsewhere, or canonically
/// equivalent bytes) is not found here and is left to the dictionary.
///
/// Only ids whose storage stays alive while the table is used may be noted (the owner's rules
/// or its dictionary's keys hold them), so that no other string can take their words.
struct RuleIDTable: Sendable {
    /// Open addressing, linear probing; a slot with `index < 0` is empty. At most half full,
    /// so a probe always reaches an empty slot.
    private var slots: [(words: (UInt64, UInt64), index: Int)]
    /// `slots.count - 1` (a power of two less one).
    private var mask: Int
    /// How many slots are taken.
    private var count = 0

    /// An empty table with room for `capacity` ids before it grows.
    init(capacity: Int) {
        var size = 16
        while size < 4 * capacity { size *= 2 }
        slots = Array(repeating: ((0, 0), -1), count: size)
        mask = size - 1
    }

    /// Whether a `String` is the two words this table reads (it is on every 64-bit platform).
    private static var stringIsTwoWords: Bool { MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size }

    /// The two words of `id`.
    @inline(__always)
    private static func words(of id: String) -> (UInt64, UInt64) {
        unsafeBitCast(id, to: (UInt64, UInt64).self)
    }

    /// The slot to start probing at for `words`.
    @inline(__always)
    private func start(of words: (UInt64, UInt64)) -> Int {
        let mixed = (words.0 ^ (words.1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    /// Notes that `id` is at `index` (the first note of the same words stays).
    mutating func insert(_ id: String, index: Int) {
        guard Self.stringIsTwoWords else { return }
        insert(words: Self.words(of: id), index: index)
    }

    private mutating func insert(words: (UInt64, UInt64), index: Int) {
        var slot = start(of: words)
        while slots[slot].index >= 0 {
            if slots[slot].words == words { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = (words, index)
        count += 1
        if 2 * count > slots.count { grow() }
    }

    /// Moves the entries to a table twice as large.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: ((0, 0), -1), count: 2 * old.count)
        mask = slots.count - 1
        count = 0
        for entry in old where entry.index >= 0 { insert(words: entry.words, index: entry.index) }
    }

    /// The position noted for a string with the words of `id`; `nil` if none was.
    @inline(__always)
    func index(of id: String) -> Int? {
        guard Self.stringIsTwoWords else { return nil }
        let words = Self.words(of: id)
        var slot = start(of: words)
        while true {
            let entry = slots[slot]
            if entry.index < 0 { return nil }
            if entry.words == words { return entry.index }
            slot = (slot + 1) & mask
        }
    }
}
