/// Reading the tree's texts in place, without a `String` copy of each, for screens that look
/// for some bytes in them.
extension YAMLTree {
    /// Calls `body` with the UTF-8 bytes of the text at `textIndex` of `texts`, read in place
    /// as `withUTF8(ofText:_:)` reads them, or from a contiguous copy when they are not
    /// contiguous.
    @inline(__always)
    func withUTF8(ofStoredText textIndex: Int, _ body: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        withUTF8(ofText: textIndex, body) ?? Self.withUTF8(of: texts[textIndex], body)
    }

    /// Whether `screen` accepts the bytes of some text of the tree, or of some string value
    /// other than its text (keys and values alike, wherever they are); `true` when the tree
    /// refers to other trees, whose texts are not screened. `screen` must accept every buffer
    /// that holds bytes it accepts (a test for some bytes anywhere in a buffer): the small
    /// strings, most texts, are screened together.
    func mayHoldText(acceptedBy screen: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        guard foreign.isEmpty else { return true }
        #if _endian(little)
            if MemoryLayout<String>.size == 16, readsStringLayout {
                // A small string's bytes are the first of its slot in `texts`, so the slots read
                // as one buffer hold every small string's bytes, amid bytes that can only make
                // `screen` accept more (flags, lengths, the larger strings' words). The larger
                // strings are screened one by one, on their own storage. The slots are the
                // `textCount` initialized strings, read as bytes (raw loads, no typed access).
                let slots = UnsafeRawBufferPointer(start: texts, count: textCount &* MemoryLayout<String>.stride)
                if screen(slots) { return true }
                let words = UnsafeRawPointer(texts)
                for i in 0..<textCount
                where !Self.isSmallString(
                    secondWord: words.load(fromByteOffset: MemoryLayout<String>.stride &* i &+ 8, as: UInt64.self))
                {
                    if Self.withUTF8(of: texts[i], screen) { return true }
                }
                return false
            }
        #endif
        for i in 0..<textCount where withUTF8(ofStoredText: i, screen) { return true }
        return false
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
