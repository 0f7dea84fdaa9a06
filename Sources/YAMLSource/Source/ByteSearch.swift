#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Searches raw bytes with the C library's `memchr`, which reads 16 or 32 bytes an
/// instruction where Swift code reads eight: for scans over a whole file that usually find
/// nothing, or little (a file's `#` and CR bytes).
enum ByteSearch {
    /// The offset of the first `byte` at or after `start` in `bytes`, or `bytes.count` if
    /// there is none.
    static func firstOffset(of byte: UInt8, in bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count else { return bytes.count }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(found) - base
    }
}
