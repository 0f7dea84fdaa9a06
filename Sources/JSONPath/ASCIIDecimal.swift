/// Decimal digits appended as ASCII bytes, for texts built byte by byte (normalized paths here,
/// messages and field paths in PactLint): interpolating a number into a `String` costs several
/// times more.
package enum ASCIIDecimal {
    /// Appends the decimal digits of `value`, as `String(value)` spells them.
    package static func append(_ value: Int, to bytes: inout [UInt8]) {
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
