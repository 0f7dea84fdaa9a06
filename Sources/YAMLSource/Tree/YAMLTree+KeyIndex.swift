/// A mapping's key index: a small open-addressed table of its pair numbers by key print, so
/// that a lookup by key text reads one or two slots, not every key's print or record.
///
/// It lies in the bytes of `entryPrints` that the mapping's prints leave free: a mapping of n
/// pairs has 2n slots of 4 bytes in `entryPrints` and its prints use the first n, so the other
/// 4n bytes hold a header byte — the shift that takes a print's hash to a slot — and then a
/// table of 2^b one-byte slots, the largest power of two below 4n: at least twice as many
/// slots as keys, so that most probes for an absent key meet an empty slot at once.
///
/// Pairs go in in order and nothing is ever removed, so a probe meets the pairs that share a
/// print in pair order: the first of them whose key matches is the mapping's first pair with
/// that key, duplicates included, as a scan would find it.
extension YAMLTree {
    /// The most pairs a mapping's key index holds: a slot holds a pair number in a byte, and
    /// `emptyKeySlot` is no pair.
    static let largestIndexedMapping = 254
    /// The byte of a key index slot that holds no pair.
    static let emptyKeySlot: UInt8 = 0xFF

    /// Whether a mapping of `pairs` pairs has a key index: all but the empty and the largest.
    @inline(__always)
    static func hasKeyIndex(pairs: Int) -> Bool {
        UInt(bitPattern: pairs &- 1) < UInt(largestIndexedMapping)
    }

    /// The first byte of the key index of the mapping whose `pairs` pairs start at `start` in
    /// `children`: its header, then its slots.
    @inline(__always)
    func keyIndex(start: Int, pairs: Int) -> UnsafeRawPointer {
        // The index's bytes lie in `entryPrints`' own range (4 bytes a pair past the prints)
        // and are read and written as plain bytes.
        UnsafeRawPointer(entryPrints + start + pairs)
    }

    /// Fills the key index of the mapping whose `pairs` pairs (1 to `largestIndexedMapping`)
    /// start at `start` in `children`, once their prints are in place.
    func buildKeyIndex(start: Int, pairs: Int) {
        // 2^slotBits ≤ 4 × pairs − 1 bytes after the header byte.
        let slotBits = 63 &- (4 &* pairs &- 1).leadingZeroBitCount
        let shift = 32 &- slotBits
        let mask = (1 &<< slotBits) &- 1
        let index = UnsafeMutableRawPointer(entryPrints + start + pairs)
        index.storeBytes(of: UInt8(truncatingIfNeeded: shift), as: UInt8.self)
        // Every slot empty (`emptyKeySlot` in every byte), in one store for the small tables
        // of most mappings, eight slots a store for the others.
        switch mask &+ 1 {
        case 2: index.storeBytes(of: UInt16.max, toByteOffset: 1, as: UInt16.self)
        case 4: index.storeBytes(of: UInt32.max, toByteOffset: 1, as: UInt32.self)
        default:
            for word in 0..<(mask &+ 1) / 8 {
                index.storeBytes(of: UInt64.max, toByteOffset: 1 &+ 8 &* word, as: UInt64.self)
            }
        }
        for pair in 0..<pairs {
            var slot = Self.homeKeySlot(of: entryPrints[start + pair], shift: shift)
            while index.load(fromByteOffset: 1 &+ slot, as: UInt8.self) != Self.emptyKeySlot {
                slot = (slot &+ 1) & mask
            }
            index.storeBytes(of: UInt8(truncatingIfNeeded: pair), toByteOffset: 1 &+ slot, as: UInt8.self)
        }
    }

    /// The slot where the probe for a key of print `folded` starts, in an index whose header
    /// is `shift`: the top bits of a multiplicative hash, so that keys alike in their low bytes
    /// still spread.
    @inline(__always)
    static func homeKeySlot(of folded: UInt32, shift: Int) -> Int {
        Int(truncatingIfNeeded: (folded &* 0x9E37_79B1) &>> UInt32(truncatingIfNeeded: shift))
    }

    /// The mask that wraps a slot number around an index whose header is `shift`.
    @inline(__always)
    static func keySlotMask(shift: Int) -> Int {
        Int(truncatingIfNeeded: UInt32.max &>> UInt32(truncatingIfNeeded: shift))
    }
}
