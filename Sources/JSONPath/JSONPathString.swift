/// A string a query writes — a member name (`.area`, `['area']`) or a string literal
/// (`'protection'`) — read once when the query is compiled: its text, and its first UTF-8
/// bytes and length, which let a tree tell most member names and string values apart from it
/// without reading their bytes or summarising the string at each comparison.
public struct JSONPathString: Sendable, Hashable {
    /// The string.
    public let text: String
    /// The first eight UTF-8 bytes of `text`, the first in the lowest byte, zero past its end.
    public let utf8Prefix: UInt64
    /// The number of UTF-8 bytes of `text`.
    public let utf8Count: Int
    /// The UTF-8 bytes of `text` after the first eight, up to sixteen in all, zero past its
    /// end: with `utf8Prefix`, the whole of a name of at most 16 bytes (most member names),
    /// which a tree can compare without a copy of `text` (its reference counting).
    public let utf8Suffix: UInt64

    /// The most bytes `utf8Prefix` and `utf8Suffix` hold.
    public static let wordsCapacity = 16

    /// The string `text`, with its bytes read once.
    public init(_ text: String) {
        var text = text
        (utf8Prefix, utf8Suffix, utf8Count) = text.withUTF8 { bytes in
            var prefix: UInt64 = 0
            var suffix: UInt64 = 0
            for i in 0..<min(bytes.count, 8) { prefix |= UInt64(bytes[i]) << (8 * UInt64(i)) }
            for i in min(bytes.count, 8)..<min(bytes.count, 16) { suffix |= UInt64(bytes[i]) << (8 * UInt64(i - 8)) }
            return (prefix, suffix, bytes.count)
        }
        self.text = text
    }
}
