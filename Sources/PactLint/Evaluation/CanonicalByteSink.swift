/// Where `CanonicalValue` writes a node's canonical bytes: a buffer that keeps them
/// (`GrowingBytes`), or a `Fingerprint` that hashes them as they come.
protocol CanonicalByteSink {
    /// Takes one byte.
    mutating func append(_ byte: UInt8)
    /// Takes `bytes`, in order.
    mutating func append(_ bytes: UnsafeRawBufferPointer)
    /// Takes the `count` bytes (at most 16) held in `prefix` and then `suffix`, the first byte
    /// lowest, as `YAMLNodeCursor.keyWords(at:)` gives a short text's.
    mutating func append(prefix: UInt64, suffix: UInt64, count: Int)
    /// Takes a short string scalar's whole canonical bytes: `s:`, the `count` bytes (at most
    /// 16) held as `append(prefix:suffix:count:)` takes them, and two `0x1F` (the text's and
    /// the node's).
    mutating func appendShortString(prefix: UInt64, suffix: UInt64, count: Int)
}

extension GrowingBytes: CanonicalByteSink {
    func append(prefix: UInt64, suffix: UInt64, count: Int) {
        // Both words stored whole (the bytes past the count are overwritten by what follows):
        // two stores instead of a copy of `count` bytes.
        write(reserving: 16) { target in
            target.storeBytes(of: prefix.littleEndian, as: UInt64.self)
            target.storeBytes(of: suffix.littleEndian, toByteOffset: 8, as: UInt64.self)
            return count
        }
    }

    func appendShortString(prefix: UInt64, suffix: UInt64, count: Int) {
        // Most scalars: one capacity check and a few stores.
        write(reserving: 20) { target in
            target.storeBytes(of: UInt8(ascii: "s"), as: UInt8.self)
            target.storeBytes(of: UInt8(ascii: ":"), toByteOffset: 1, as: UInt8.self)
            target.storeBytes(of: prefix.littleEndian, toByteOffset: 2, as: UInt64.self)
            target.storeBytes(of: suffix.littleEndian, toByteOffset: 10, as: UInt64.self)
            target.storeBytes(of: 0x1F, toByteOffset: 2 + count, as: UInt8.self)
            target.storeBytes(of: 0x1F, toByteOffset: 3 + count, as: UInt8.self)
            return count + 4
        }
    }
}
