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
        case .string(let value): output.write(Self.quoted(value))
        case .array(let elements):
            guard !elements.isEmpty else { return output.write("[]") }
            output.write("[\n")
            for (position, element) in elements.enumerated() {
                output.write(Self.spaces(indent + 1))
                element.write(to: &output, indent: indent + 1)
                output.write(position == elements.count - 1 ? "\n" : ",\n")
            }
            output.write(Self.spaces(indent) + "]")
        case .object(let members):
            guard !members.isEmpty else { return output.write("{}") }
            output.write("{\n")
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (position, key) in keys.enumerated() {
                output.write(Self.spaces(indent + 1) + Self.quoted(key) + ": ")
                members[key, default: .null].write(to: &output, indent: indent + 1)
                output.write(position == keys.count - 1 ? "\n" : ",\n")
            }
            output.write(Self.spaces(indent) + "}")
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

    /// `text` as a JSON string literal (RFC 8259): quotes, backslashes and all control
    /// characters escaped, everything else (non-ASCII included) written as is.
    static func quoted(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xC2 || $0 == 0xE2 }) {
            // Nothing to escape (0xC2 and 0xE2 lead the UTF-8 of C1 controls and of U+2028/9).
            return "\"" + text + "\""
        }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}"
                    || scalar == "\u{2029}"
                {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
