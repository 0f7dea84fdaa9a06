import JSONPath

extension NormalizedPath {
    /// `description` (the path in RFC 9535 normal form, `$['a'][0]`), spelt in memory taken for
    /// the call and made a string once: a location's path is spelt for every finding, and
    /// `description` grows a byte list and then copies and checks it. A path longer than the
    /// memory taken, with a name that needs escaping, or with a negative index, is left to
    /// `description`.
    var text: String {
        // One pass into 256 bytes: a finding's path is a few dozen, so no pass measures it first.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            buffer[0] = UInt8(ascii: "$")
            var count = 1
            for element in elements {
                switch element {
                case .index(let index):
                    // `[`, at most 19 digits, `]`.
                    guard index >= 0, count + 21 <= buffer.count else { return description }
                    buffer[count] = UInt8(ascii: "[")
                    count = Self.writeDigits(of: index, into: buffer, at: count + 1)
                    buffer[count] = UInt8(ascii: "]")
                    count += 1
                case .name(let name):
                    let end: Int? =
                        name.utf8.withContiguousStorageIfAvailable { utf8 in
                            guard count + utf8.count + 4 <= buffer.count else { return nil }
                            buffer[count] = UInt8(ascii: "[")
                            buffer[count + 1] = UInt8(ascii: "'")
                            var position = count + 2
                            // Copied and checked in one pass: the bytes RFC 9535 escapes are all below
                            // 0x20 or `'` or `\`.
                            for byte in utf8 {
                                guard byte >= 0x20, byte != UInt8(ascii: "'"), byte != UInt8(ascii: "\\") else {
                                    return nil
                                }
                                buffer[position] = byte
                                position += 1
                            }
                            buffer[position] = UInt8(ascii: "'")
                            buffer[position + 1] = UInt8(ascii: "]")
                            return position + 2
                        } ?? nil
                    guard let end else { return description }
                    count = end
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// Writes the decimal digits of `value` (not negative) at `start`; returns where they end.
    private static func writeDigits(of value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int
    {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        var position = start
        while divisor > 0 {
            buffer[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / divisor)
            rest %= divisor
            divisor /= 10
            position += 1
        }
        return position
    }
}
