extension String {
    /// True if both strings are the same UTF-8 bytes (member names compare scalar by scalar,
    /// without the canonical equivalence of `==`).
    package func hasSameUTF8(as other: String) -> Bool {
        // Two strings with the same representation hold the same bytes: the same small-string
        // bytes inline, or the same buffer and length. Equal short names (most member names
        // and keys) are settled here without touching their bytes.
        if MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size {
            let left = unsafeBitCast(self, to: (UInt64, UInt64).self)
            let right = unsafeBitCast(other, to: (UInt64, UInt64).self)
            if left == right { return true }
        }
        let same = utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in
                left.count == right.count
                    && Self.sameBytes(UnsafeRawBufferPointer(left), UnsafeRawBufferPointer(right))
            }
        }
        return (same ?? nil) ?? utf8.elementsEqual(other.utf8)
    }

    /// Whether two buffers of the same length hold the same bytes, compared eight at a time.
    @inlinable package static func sameBytes(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Bool {
        let count = left.count
        var i = 0
        while i + 8 <= count {
            guard
                left.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    == right.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            else { return false }
            i += 8
        }
        while i < count {
            guard left[i] == right[i] else { return false }
            i += 1
        }
        return true
    }
}
