/// A text with its first eight UTF-8 bytes and its number of UTF-8 bytes, read once by its
/// owner (a compiled query's literal, say), so that comparing it with many scalars needs no
/// summary of it each time.
public protocol UTF8PrefixedText {
    /// The text.
    var text: String { get }
    /// The first eight UTF-8 bytes of `text`, the first in the lowest byte, zero past its end.
    var utf8Prefix: UInt64 { get }
    /// The number of UTF-8 bytes of `text`.
    var utf8Count: Int { get }
}
