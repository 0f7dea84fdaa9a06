/// A rule query's text with its hash computed once, to key the per-document caches: a lookup
/// by the text itself would hash the whole text (often a long filter) every time.
///
/// Two keys are equal when their texts are the same UTF-8 bytes, not merely canonically
/// equivalent: `$['é']` written precomposed and decomposed are different queries, since
/// JSONPath compares member names scalar by scalar.
struct QueryKey: Hashable, Sendable {
    /// The query as written.
    let text: String
    /// The hash of `text`'s UTF-8 bytes, which is stable within one process.
    private let hash: Int

    init(_ text: String) {
        self.text = text
        var hasher = Hasher()
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable {
            hasher.combine(bytes: UnsafeRawBufferPointer($0))
        }
        if hashed == nil { Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
        self.hash = hasher.finalize()
    }

    static func == (lhs: QueryKey, rhs: QueryKey) -> Bool {
        guard lhs.hash == rhs.hash else { return false }
        // A cache entry's key and the query looking it up usually hold one text: the same
        // storage and length (equal words) are the same bytes, settled without reading them.
        if MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size,
            unsafeBitCast(lhs.text, to: (UInt64, UInt64).self) == unsafeBitCast(rhs.text, to: (UInt64, UInt64).self)
        {
            return true
        }
        let same = lhs.text.utf8.withContiguousStorageIfAvailable { left in
            rhs.text.utf8.withContiguousStorageIfAvailable { right in left.elementsEqual(right) }
        }
        return (same ?? nil) ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
