/// A member name as a query writes it (`.area`, `['area']`), read once when the query is
/// compiled: its text, and its first UTF-8 bytes and length, which let a tree tell most
/// members apart from it without reading their names' bytes or hashing the name at each
/// lookup.
public struct JSONPathMemberName: Sendable, Hashable {
    /// The name.
    public let text: String
    /// The first eight UTF-8 bytes of `text`, the first in the lowest byte, zero past its end.
    public let utf8Prefix: UInt64
    /// The number of UTF-8 bytes of `text`.
    public let utf8Count: Int

    /// The name `text`, with its bytes read once.
    public init(_ text: String) {
        var text = text
        (utf8Prefix, utf8Count) = text.withUTF8 { bytes in
            var prefix: UInt64 = 0
            for i in 0..<min(bytes.count, 8) { prefix |= UInt64(bytes[i]) << (8 * UInt64(i)) }
            return (prefix, bytes.count)
        }
        self.text = text
    }
}
