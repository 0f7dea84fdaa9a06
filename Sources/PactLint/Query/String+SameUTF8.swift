extension String {
    /// True if both strings are the same UTF-8 bytes (member names compare scalar by scalar,
    /// without the canonical equivalence of `==`), compared as contiguous buffers when both
    /// strings have one, which native strings do. Callers test `==` first: it rejects most
    /// different names faster (small strings compare as two words).
    func hasSameUTF8(as other: String) -> Bool {
        let same = utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in
                left.count == right.count && left.elementsEqual(right)
            }
        }
        return (same ?? nil) ?? utf8.elementsEqual(other.utf8)
    }
}
