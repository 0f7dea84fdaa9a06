/// Reading the tree's texts in place, without a `String` copy of each.
extension YAMLTree {
    /// Calls `body` with the UTF-8 bytes of the text at `textIndex` of `texts`, read in place:
    /// a small string's from its two words (as `withUTF8(ofText:_:)` reads them), a larger
    /// one's from its storage, borrowed from the buffer rather than copied out of it (a copy
    /// is a retain and a release of the storage).
    @inline(__always)
    func withUTF8(ofStoredText textIndex: Int, _ body: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        #if _endian(little)
            if MemoryLayout<String>.size == 16, readsStringLayout {
                let words = UnsafeRawPointer(texts + textIndex)
                let second = words.load(fromByteOffset: 8, as: UInt64.self)
                if Self.isSmallString(secondWord: second) {
                    let count = Self.smallStringCount(secondWord: second)
                    let small = (words.load(as: UInt64.self), second)
                    return withUnsafeBytes(of: small) { body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
                }
            }
        #endif
        return Self.withUTF8(of: texts[textIndex], body)
    }

    /// The bytes of a string the caller keeps alive, contiguous or made so.
    @inline(__always)
    private static func withUTF8(of text: borrowing String, _ body: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        var text = copy text  // `withUTF8` gives contiguous bytes for every string
        return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
}
