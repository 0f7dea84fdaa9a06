extension String {
    /// True if both strings are the same sequence of Unicode scalars, i.e. the same UTF-8
    /// bytes (RFC 9535 compares strings and member names without normalization, unlike
    /// `String`'s `==`, which treats canonically equivalent strings as equal).
    @inlinable
    func hasSameScalars(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        let sameBytes = utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in left.elementsEqual(right) }
        }
        return (sameBytes ?? nil) ?? utf8.elementsEqual(other.utf8)
    }
}
