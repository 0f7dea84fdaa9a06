/// FNV-1a 64-bit: a stable hash (unlike Swift's seeded `Hasher`) for finding fingerprints.
struct Fingerprint {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds `text` and a separator, so that `("ab", "c")` and `("a", "bc")` differ.
    mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0x1F)
    }

    private mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01B3
    }

    /// The hash so far.
    var value: UInt64 { state }

    /// The hash as 16 lowercase hex digits.
    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
