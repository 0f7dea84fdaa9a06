// MARK: - Writing

extension JSONValue {
    /// Writes the value pretty-printed: two-space indentation, `"key": value`, object keys
    /// sorted by their UTF-8 bytes, empty arrays and objects as `[]` and `{}`, no trailing
    /// newline.
    func write<Output: TextOutputStream>(to output: inout Output, indent: Int = 0) {
        switch self {
        case .null: output.write("null")
        case .bool(let value): output.write(value ? "true" : "false")
        case .int(let value): output.write(String(value))
        case .double(let value): output.write(Self.number(value))
        case .string(let value): Self.writeQuoted(value, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else { return output.write("[]") }
            output.write("[\n")
            for (position, element) in elements.enumerated() {
                output.write(Self.spaces(indent + 1))
                element.write(to: &output, indent: indent + 1)
                output.write(position == elements.count - 1 ? "\n" : ",\n")
            }
            output.write(Self.spaces(indent))
            output.write("]")
        case .object(let members):
            guard !members.isEmpty else { return output.write("{}") }
            output.write("{\n")
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (position, key) in keys.enumerated() {
                output.write(Self.spaces(indent + 1))
                Self.writeQuoted(key, to: &output)
                output.write(": ")
                members[key, default: .null].write(to: &output, indent: indent + 1)
                output.write(position == keys.count - 1 ? "\n" : ",\n")
            }
            output.write(Self.spaces(indent))
            output.write("}")
        }
    }

    private static let indentation = (0..<32).map { String(repeating: "  ", count: $0) }

    private static func spaces(_ level: Int) -> String {
        level < indentation.count ? indentation[level] : String(repeating: "  ", count: level)
    }

    /// A JSON number: integral values without a fraction, others in Swift's shortest
    /// round-tripping form; non-finite values (which JSON cannot hold) as `null`.
    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return String(value)
    }

    /// Writes `text` as `quoted` spells it, without building the literal when nothing needs
    /// escaping.
    static func writeQuoted<Output: TextOutputStream>(_ text: String, to output: inout Output) {
        guard needsEscaping(text) else {
            output.write("\"")
            output.write(text)
            return output.write("\"")
        }
        output.write(quoted(text))
    }

    /// Whether `quoted` has anything to escape in `text`.
    private static func needsEscaping(_ text: String) -> Bool {
        // Over the contiguous bytes: iterating `text.utf8` checks the string's form per byte.
        var text = text
        return text.withUTF8 { bytes in
            bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xC2 || $0 == 0xE2 }
        }
    }

    /// `text` as a JSON string literal (RFC 8259): quotes, backslashes and all control
    /// characters escaped, everything else (non-ASCII included) written as is.
    package static func quoted(_ text: String) -> String {
        let utf8 = text.utf8
        guard needsEscaping(text) else {
            // Nothing to escape (0xC2 and 0xE2 lead the UTF-8 of C1 controls and of U+2028/9).
            return "\"" + text + "\""
        }
        // Byte by byte: only C0/C1 controls, quotes, backslashes and U+2028/9 change.
        let bytes = Array(utf8)
        var result: [UInt8] = [UInt8(ascii: "\"")]
        result.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x22: result += [0x5C, 0x22]
            case 0x5C: result += [0x5C, 0x5C]
            case 0x0A: result += [0x5C, UInt8(ascii: "n")]
            case 0x0D: result += [0x5C, UInt8(ascii: "r")]
            case 0x09: result += [0x5C, UInt8(ascii: "t")]
            case 0x08: result += [0x5C, UInt8(ascii: "b")]
            case 0x0C: result += [0x5C, UInt8(ascii: "f")]
            case 0x00..<0x20, 0x7F:
                appendEscape(UInt32(byte), to: &result)
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                appendEscape(UInt32(bytes[index + 1]), to: &result)
                index += 1
            case 0xE2
            where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                appendEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &result)
                index += 2
            default:
                result.append(byte)
            }
            index += 1
        }
        result.append(UInt8(ascii: "\""))
        return String(decoding: result, as: UTF8.self)
    }

    /// `\\uXXXX` with upper-case hex digits.
    private static func appendEscape(_ value: UInt32, to result: inout [UInt8]) {
        let digits = Array("0123456789ABCDEF".utf8)
        result += [0x5C, UInt8(ascii: "u")]
        for shift in stride(from: 12, through: 0, by: -4) {
            result.append(digits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
