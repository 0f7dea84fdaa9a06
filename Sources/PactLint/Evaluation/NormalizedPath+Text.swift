import JSONPath

extension NormalizedPath {
    /// `description` (the path in RFC 9535 normal form, `$['a'][0]`), spelt in memory taken for
    /// the call and made a string once: a location's path is spelt for every finding, and
    /// `description` grows a byte list and then copies and checks it. A path with a name that
    /// needs escaping, or a negative index, is left to `description`.
    var text: String {
        var bound = 1
        for element in elements {
            switch element {
            case .name(let name): bound += 4 + name.utf8.count
            case .index: bound += 2 + 20
            }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { buffer in
            buffer[0] = UInt8(ascii: "$")
            var count = 1
            for element in elements {
                switch element {
                case .index(let index):
                    guard index >= 0 else { return description }
                    buffer[count] = UInt8(ascii: "[")
                    count = Self.writeDigits(of: index, into: buffer, at: count + 1)
                    buffer[count] = UInt8(ascii: "]")
                    count += 1
                case .name(let name):
                    buffer[count] = UInt8(ascii: "[")
                    buffer[count + 1] = UInt8(ascii: "'")
                    count += 2
                    let copied: Bool? = name.utf8.withContiguousStorageIfAvailable { utf8 in
                        // The bytes RFC 9535 escapes are all below 0x20 or `'` or `\`.
                        for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\\") {
                            return false
                        }
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(fromContentsOf: utf8)
                        return true
                    }
                    guard copied == true else { return description }
                    count += name.utf8.count
                    buffer[count] = UInt8(ascii: "'")
                    buffer[count + 1] = UInt8(ascii: "]")
                    count += 2
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
