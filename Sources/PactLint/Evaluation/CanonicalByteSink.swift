/// Where `CanonicalValue` writes a node's canonical bytes: a buffer that keeps them
/// (`CanonicalByteBuffer`), or a `Fingerprint` that hashes them as they come.
protocol CanonicalByteSink {
    /// Takes one byte.
    mutating func append(_ byte: UInt8)
    /// Takes `bytes`, in order.
    mutating func append(_ bytes: UnsafeRawBufferPointer)
    /// Takes the `count` bytes (at most 16) held in `prefix` and then `suffix`, the first byte
    /// lowest, as `YAMLNodeCursor.shortKeyUTF8(at:)` gives a short text's.
    mutating func append(prefix: UInt64, suffix: UInt64, count: Int)
    /// Takes a short string scalar's whole canonical bytes: `s:`, the `count` bytes (at most
    /// 16) held as `append(prefix:suffix:count:)` takes them, and two `0x1F` (the text's and
    /// the node's).
    mutating func appendShortString(prefix: UInt64, suffix: UInt64, count: Int)
}
