import PactLintReporters
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

    /// `text` as a JSON string literal, escaped as every JSON output of pactlint is.
    static func string(_ text: String) -> String { JSONValue.quoted(text) }
}
