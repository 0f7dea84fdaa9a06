import YAMLSource

/// Compact JSON for YAML values, keeping mapping keys in document order.
enum JSONText {
    /// `node` as JSON. Non-finite floats (`.inf`, `.nan`), which JSON cannot hold, are written
    /// as the strings `".inf"`, `"-.inf"` and `".nan"`.
    static func value(of node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return "null"
            case .bool(let value): return value ? "true" : "false"
            case .int(let value): return String(value)
            case .float(let value):
                if value.isNaN { return "\".nan\"" }
                if value.isInfinite { return value < 0 ? "\"-.inf\"" : "\".inf\"" }
                return String(value)
            case .string(let value): return string(value)
            }
        case .sequence(let items):
            return "[" + items.map(value(of:)).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            let members = pairs.map { pair in
                let key = pair.key.scalar?.text ?? value(of: pair.key)
                return string(key) + ": " + value(of: pair.value)
            }
            return "{" + members.joined(separator: ", ") + "}"
        }
    }

    /// `text` as a JSON string literal, escaping what RFC 8259 requires.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _
            where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}"
                || scalar == "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
