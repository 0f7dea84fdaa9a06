import YAMLSource

/// FNV-1a 64-bit: a stable hash (unlike Swift's seeded `Hasher`) for finding fingerprints.
struct Fingerprint {
    private var state = offsetBasis
    /// FNV-1a's 64-bit offset basis and prime (the shingles of `distinct` hash with them too).
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// Adds `text` and a separator, so that `("ab", "c")` and `("a", "bc")` differ.
    mutating func add(_ text: String) {
        // Over the string's contiguous bytes when it has them (native strings do): several
        // times faster than iterating the UTF-8 view.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { add(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { add(bytes: text.utf8) }
        mix(0x1F)
    }

    /// Adds `number` as its decimal digits would be added by `add(String(number))`.
    mutating func add(_ number: Int) {
        guard number >= 0, number < 10 else { return add(String(number)) }
        mix(UInt8(ascii: "0") + UInt8(number))
        mix(0x1F)
    }

    /// Adds a node's value as canonical JSON would spell it (keys sorted), without building
    /// the text: the bytes `canonicalBytes(of:)` makes, hashed as the walk yields them.
    mutating func addCanonical(_ node: YAMLNode) {
        // The cursor is valid while `node`, which keeps its tree alive, is.
        withExtendedLifetime(node) { CanonicalValue.write(YAMLNodeCursor(node), to: &self) }
    }

    /// Adds `bytes` as they are, without a separator (`add(_:)` adds one after a text).
    @inline(__always) mutating func add<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        // In a local: the loop then keeps the state in a register.
        var state = self.state
        for byte in bytes { state = (state ^ UInt64(byte)) &* Self.prime }
        self.state = state
    }

    /// Adds `bytes` as they are, without a separator: the same hash as the generic
    /// `add(bytes:)`, eight bytes a turn (a finding on a list hashes its kilobytes of canonical
    /// bytes, and the loop's own counting then costs a fraction of what it did).
    mutating func add(bytes: UnsafeRawBufferPointer) {
        guard var pointer = bytes.baseAddress else { return }
        let end = pointer + bytes.count
        var state = self.state
        while end - pointer >= 8 {
            state = (state ^ UInt64(pointer.load(as: UInt8.self))) &* Self.prime
            state = (state ^ UInt64(pointer.load(fromByteOffset: 1, as: UInt8.self))) &* Self.prime
            state = (state ^ UInt64(pointer.load(fromByteOffset: 2, as: UInt8.self))) &* Self.prime
            state = (state ^ UInt64(pointer.load(fromByteOffset: 3, as: UInt8.self))) &* Self.prime
            state = (state ^ UInt64(pointer.load(fromByteOffset: 4, as: UInt8.self))) &* Self.prime
            state = (state ^ UInt64(pointer.load(fromByteOffset: 5, as: UInt8.self))) &* Self.prime
            state = (state ^ UInt64(pointer.load(fromByteOffset: 6, as: UInt8.self))) &* Self.prime
            state = (state ^ UInt64(pointer.load(fromByteOffset: 7, as: UInt8.self))) &* Self.prime
            pointer += 8
        }
        while pointer < end {
            state = (state ^ UInt64(pointer.load(as: UInt8.self))) &* Self.prime
            pointer += 1
        }
        self.state = state
    }

    /// The bytes `addCanonical` hashes for `node` (kept by the caller for a node that many
    /// findings point at, such as a list or the root, and hashed with `add(bytes:)`).
    static func canonicalBytes(of node: YAMLNode) -> GrowingBytes {
        // About as many bytes as the node's source text: one allocation, not a dozen doublings.
        var buffer = GrowingBytes(capacity: max(0, node.span.end.offset - node.span.start.offset) + 64)
        // The cursor is valid while `node`, which keeps its tree alive, is.
        withExtendedLifetime(node) { CanonicalValue.write(YAMLNodeCursor(node), to: &buffer) }
        return buffer
    }

    /// Adds one byte (`0x1F` separates texts).
    mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* Self.prime
    }

    /// The hash so far.
    var value: UInt64 { state }

    /// The hash as 16 lowercase hex digits.
    var hex: String { Self.hex(of: state) }

    /// `value` as 16 lowercase hex digits (a fingerprint's text).
    static func hex(of value: UInt64) -> String {
        // `String(_:radix:)` and padding cost several times more, and
        // `String(unsafeUninitializedCapacity:)` about twice as much as this copy (it checks the
        // bytes in place after the call).
        withHexDigits(of: value) { String(decoding: $0.assumingMemoryBound(to: UInt8.self), as: UTF8.self) }
    }

    /// Calls `body` with the 16 lowercase hex digits of `value`, written in memory taken for the
    /// call.
    @inline(__always)
    static func withHexDigits<Result>(
        of value: UInt64, _ body: (UnsafeRawBufferPointer) throws -> Result
    ) rethrows
        -> Result
    {
        var digits = hexWords(of: value)
        return try withUnsafeBytes(of: &digits) { try body($0) }
    }

    /// The 16 lowercase hex digits of `value` as two words whose bytes, stored as they are,
    /// are the digits in order.
    @inline(__always)
    static func hexWords(of value: UInt64) -> (UInt64, UInt64) {
        // Eight digits a word, by arithmetic on all eight at once (no loop, no branch).
        (hexDigits(of: UInt32(truncatingIfNeeded: value >> 32)), hexDigits(of: UInt32(truncatingIfNeeded: value)))
    }

    /// The 8 hex digits of `half` as the bytes of a word, in memory in writing order.
    @inline(__always)
    private static func hexDigits(of half: UInt32) -> UInt64 {
        // Each nibble into a byte of its own, the lowest nibble in the lowest byte.
        var nibbles = UInt64(half)
        nibbles = (nibbles | nibbles << 16) & 0x0000_FFFF_0000_FFFF
        nibbles = (nibbles | nibbles << 8) & 0x00FF_00FF_00FF_00FF
        nibbles = (nibbles | nibbles << 4) & 0x0F0F_0F0F_0F0F_0F0F
        // A nibble past 9 (adding 6 carries into the byte's high half) is a letter, 39 past
        // the digit `0` + nibble would be; no byte carries into the next.
        let letters = ((nibbles &+ 0x0606_0606_0606_0606) >> 4) & 0x0101_0101_0101_0101
        // Big-endian: the highest nibble's byte first in memory.
        return (nibbles &+ 0x3030_3030_3030_3030 &+ letters &* 39).bigEndian
    }
}

extension Fingerprint: CanonicalByteSink {
    mutating func append(_ byte: UInt8) { mix(byte) }

    mutating func append(_ bytes: UnsafeRawBufferPointer) { add(bytes: bytes) }

    mutating func append(prefix: UInt64, suffix: UInt64, count: Int) {
        var state = self.state
        var word = prefix
        for position in 0..<count {
            if position == 8 { word = suffix }
            state = (state ^ (word & 0xFF)) &* Self.prime
            word >>= 8
        }
        self.state = state
    }

    mutating func appendShortString(prefix: UInt64, suffix: UInt64, count: Int) {
        mix(UInt8(ascii: "s"))
        mix(UInt8(ascii: ":"))
        append(prefix: prefix, suffix: suffix, count: count)
        mix(0x1F)
        mix(0x1F)
    }
}
