import YAMLSource

/// What the key-index tests hold the tree's key lookups to: a key's small-string words, and a
/// plain scan of a mapping's pairs.
enum KeyLookupReference {
    /// The first eight UTF-8 bytes of `text` and the next eight, the first in the lowest byte.
    static func words(_ text: String) -> (prefix: UInt64, suffix: UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        for (i, byte) in text.utf8.prefix(16).enumerated() {
            if i < 8 {
                words.0 |= UInt64(byte) << (8 * UInt64(i))
            } else {
                words.1 |= UInt64(byte) << (8 * UInt64(i - 8))
            }
        }
        return words
    }

    /// The value of the first pair whose key is a scalar written as exactly `text`, by a scan.
    static func scanned(_ mapping: YAMLNode, _ text: String) -> YAMLNode? {
        guard let pairs = mapping.pairs else { return nil }
        return pairs.first { $0.key.scalarText.map { Array($0.utf8) == Array(text.utf8) } ?? false }?.value
    }
}
