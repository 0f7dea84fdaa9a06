// MARK: - Writing

extension JSONValue {
    /// Writes the value pretty-printed: two-space indentation, `"key": value`, object keys
    /// sorted by their UTF-8 bytes, empty arrays and objects as `[]` and `{}`, no trailing
    /// newline.
    func write<Output: TextOutputStream>(to output: inout Output, indent: Int = 0) {
        var bytes = ByteBuffer()
        write(into: &bytes, indent: indent)
        output.write(utf8: bytes)
    }

    /// Appends the value's UTF-8, laid out as `write(to:indent:)` describes.
    func write(into bytes: inout ByteBuffer, indent: Int = 0) {
        switch self {
        case .null: bytes.append("null")
        case .bool(let value): bytes.append(value ? "true" : "false")
        case .int(let value): bytes.appendInteger(value)
        case .double(let value): Self.appendNumber(value, to: &bytes)
        case .string(let value): bytes.appendQuoted(value)
        case .array(let elements):
            guard !elements.isEmpty else { return bytes.append("[]") }
            bytes.append("[\n")
            for (position, element) in elements.enumerated() {
                bytes.appendSpaces(indent + 1)
                element.write(into: &bytes, indent: indent + 1)
                bytes.append(position == elements.count - 1 ? "\n" : ",\n")
            }
            bytes.appendSpaces(indent)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return bytes.append("{}") }
            bytes.append("{\n")
            // Sorted as pairs: no look-up of each key's value afterwards.
            let sorted = members.sorted { Self.utf8Precedes($0.key, $1.key) }
            for (position, member) in sorted.enumerated() {
                bytes.appendSpaces(indent + 1)
                bytes.appendQuoted(member.key)
                bytes.append(": ")
                member.value.write(into: &bytes, indent: indent + 1)
                bytes.append(position == sorted.count - 1 ? "\n" : ",\n")
            }
            bytes.appendSpaces(indent)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Whether `first` sorts before `second` by UTF-8 bytes (their contiguous storage compared
    /// directly, not through `String.UTF8View`'s iterator).
    static func utf8Precedes(_ first: String, _ second: String) -> Bool {
        var first = first
        var second = second
        return first.withUTF8 { first in
            second.withUTF8 { first.lexicographicallyPrecedes($0) }
        }
    }

    /// A JSON number: integral values without a fraction, others in Swift's shortest
    /// round-tripping form; non-finite values (which JSON cannot hold) as `null`.
    private static func appendNumber(_ value: Double, to bytes: inout ByteBuffer) {
        guard value.isFinite else { return bytes.append("null") }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            return bytes.appendInteger(Int(value))
        }
        bytes.append(utf8Of: String(value))
    }

    /// `text` as a JSON string literal (RFC 8259): quotes, backslashes and all control
    /// characters escaped, everything else (non-ASCII included) written as is.
    package static func quoted(_ text: String) -> String {
        var bytes = ByteBuffer()
        bytes.appendQuoted(text)
        return bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }
}

// MARK: - Into a byte buffer

extension ByteBuffer {
    /// Appends two spaces per indentation level.
    mutating func appendSpaces(_ level: Int) {
        let spaces: StaticString = "                                "
        var remaining = 2 * level
        while remaining > 0 {
            let run = min(remaining, spaces.utf8CodeUnitCount)
            append(UnsafeBufferPointer(start: spaces.utf8Start, count: run))
            remaining -= run
        }
    }

    /// Appends `text` as `JSONValue.quoted` spells it: copied whole when nothing in it needs
    /// escaping (the common case), else escaped by `JSONValue.appendQuoted(utf8:to:)`.
    mutating func appendQuoted(_ text: String) {
        // A native string lends its UTF-8 as it is; `withUTF8` would need a mutable copy of
        // the string (a retain and a release a call).
        if text.utf8.withContiguousStorageIfAvailable({ appendQuoted(utf8: $0) }) != nil { return }
        var text = text
        text.withUTF8 { appendQuoted(utf8: $0) }
    }

    /// Appends the UTF-8 `text` as a JSON string literal (RFC 8259): quotes, backslashes and
    /// all control characters escaped, everything else (non-ASCII included) copied as is.
    mutating func appendQuoted(utf8 text: UnsafeBufferPointer<UInt8>) {
        reserve(text.count &+ 2)
        append(UInt8(ascii: "\""))
        // Most strings hold nothing to escape: copied as they are tested.
        let plain = appendPlainPrefix(of: text)
        guard plain < text.count else { return append(UInt8(ascii: "\"")) }
        // DEL alone leaves a string as it is (as it always has); it is escaped only in a
        // string that has something else to escape. The plain prefix holds no DEL.
        if text[plain] == 0x7F, Self.needsNoEscaping(UnsafeBufferPointer(rebasing: text[plain...])) {
            append(UnsafeBufferPointer(rebasing: text[plain...]))
            return append(UInt8(ascii: "\""))
        }
        // Runs that need no escaping are copied whole; only C0/C1 controls, DEL, quotes,
        // backslashes and U+2028/9 change (0xC2 and 0xE2 lead the UTF-8 of C1 controls and of
        // U+2028/9). The prefix copied above is such a run.
        var runStart = plain
        var index = plain
        while index < text.count {
            if index + 8 <= text.count, let base = text.baseAddress,
                Self.isPlainASCII(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self), orDelete: true)
            {
                index += 8
                continue
            }
            let byte = text[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2
            else {
                index += 1
                continue
            }
            let width: Int
            switch byte {
            case 0xC2 where index + 1 < text.count && (0x80...0x9F).contains(text[index + 1]):
                width = 2
            case 0xE2
            where index + 2 < text.count && text[index + 1] == 0x80
                && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                width = 3
            case 0xC2, 0xE2:
                // A lead byte of some other character: copied with the run.
                index += 1
                continue
            default:
                width = 1
            }
            append(UnsafeBufferPointer(rebasing: text[runStart..<index]))
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0xC2: appendUnicodeEscape(UInt32(text[index + 1]))
            case 0xE2: appendUnicodeEscape(text[index + 2] == 0xA8 ? 0x2028 : 0x2029)
            default: appendUnicodeEscape(UInt32(byte))
            }
            index += width
            runStart = index
        }
        append(UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
        append(UInt8(ascii: "\""))
    }

    /// `\\uXXXX` with upper-case hex digits.
    private mutating func appendUnicodeEscape(_ value: UInt32) {
        let digits: StaticString = "0123456789ABCDEF"
        append("\\u")
        for shift in stride(from: 12, through: 0, by: -4) {
            append(digits.utf8Start[Int((value >> UInt32(shift)) & 0xF)])
        }
    }

    /// Whether `text` holds none of the bytes `JSONValue.appendQuoted(utf8:to:)` escapes or
    /// looks at twice: C0 controls, quotes, backslashes and the lead bytes 0xC2 and 0xE2.
    ///
    /// Eight ASCII bytes are tested at a time (a word with any byte of 0x80 or more is tested
    /// byte by byte).
    static func needsNoEscaping(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= text.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & highBits != 0 {
                for offset in index..<(index + 8) where needsEscaping(base[offset]) { return false }
            } else if !isPlainASCII(word, orDelete: false) {
                return false
            }
            index += 8
        }
        while index < text.count {
            if needsEscaping(base[index]) { return false }
            index += 1
        }
        return true
    }

    /// Whether the eight bytes of `word` are all ASCII with none of C0 controls, quotes and
    /// backslashes (nor DEL if `orDelete`).
    @inline(__always)
    private static func isPlainASCII(_ word: UInt64, orDelete: Bool) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // For bytes below 0x80, `(x &- ones &* n) & ~x & highBits` is non-zero exactly when some
        // byte of x is below n (n at most 0x80); with `x ^ (ones &* b)` and n = 1, when some
        // byte is b.
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        var special = (word &- ones &* 0x20) & ~word
        special |= (quotes &- ones) & ~quotes
        special |= (backslashes &- ones) & ~backslashes
        if orDelete {
            let deletes = word ^ (ones &* 0x7F)
            special |= (deletes &- ones) & ~deletes
        }
        return (word | special) & highBits == 0
    }

    @inline(__always)
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xC2 || byte == 0xE2
    }
}
