/// Texts built as UTF-8 bytes and made a `String` once (messages, `{field}` paths): appending
/// to a `String` piece by piece, or interpolating numbers, costs several times more.
enum UTF8Bytes {
    /// Appends `string`'s UTF-8, copied at once from its contiguous storage when it has one
    /// (native strings, small ones included).
    static func append(_ string: String, to bytes: inout [UInt8]) {
        let copied: Void? = string.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil { bytes.append(contentsOf: string.utf8) }
    }

    /// Appends the decimal digits of `value`, as `String(value)` spells them.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        guard value >= 0 else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
