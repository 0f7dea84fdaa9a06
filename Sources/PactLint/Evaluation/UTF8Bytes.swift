/// Texts built as UTF-8 bytes and made a `String` once (messages, `{field}` paths): appending
/// to a `String` piece by piece, or interpolating numbers, costs several times more.
enum UTF8Bytes {
    /// Appends `string`'s UTF-8, copied at once from its contiguous storage when it has one
    /// (native strings, small ones included).
    static func append(_ string: String, to bytes: inout [UInt8]) {
        let copied: Void? = string.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil { bytes.append(contentsOf: string.utf8) }
    }
}
