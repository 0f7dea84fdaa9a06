import YAMLSource

/// How values appear in messages and in fingerprints.
enum ValueFormatting {
    /// A number in its shortest form: integers without a fraction, others as Swift prints them.
    static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return String(value)
    }

    /// A fraction as a percentage with at most one decimal, e.g. `62.5%`.
    static func percent(_ fraction: Double) -> String {
        let tenths = (fraction * 1000).rounded() / 10
        return number(tenths) + "%"
    }

    /// A node as message text: scalars as written, lists comma-separated, maps as JSON.
    static func text(of node: YAMLNode) -> String {
        // By the node's kind: `content` would build the scalar (its text and value) or the
        // list of items only to be taken apart.
        switch node.kind {
        case .scalar:
            return node.stringValue ?? node.valueKey.text
        case .sequence:
            return (0..<node.childCount).map { text(of: node.item(at: $0)) }.joined(separator: ", ")
        case .mapping:
            var json = ""
            appendCanonicalJSON(node, to: &json)
            return json
        }
    }

    /// Appends `text(of: node)` to `bytes`: a string scalar's bytes copied from where the tree
    /// keeps them (no `String` made for a message's `{$.partner.country}`), any other node's
    /// text made as `text(of:)` makes it.
    static func appendText(of node: YAMLNode, to bytes: GrowingBytes) {
        if node.kind == .scalar {
            // The cursor is valid while `node`, which keeps its tree alive, is.
            let copied: Void? = withExtendedLifetime(node) {
                YAMLNodeCursor(node).withStringValueUTF8 { bytes.append($0) }
            }
            if copied != nil { return }
        }
        bytes.append(text(of: node))
    }

    /// Canonical JSON: keys sorted, numbers in shortest form, no spaces.
    static func appendCanonicalJSON(_ node: YAMLNode, to out: inout String) {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: out += "null"
            case .bool(let value): out += value ? "true" : "false"
            case .int(let value): out += String(value)
            case .float(let value): out += value.isFinite ? number(value) : "\"\(value)\""
            case .string(let value): appendJSONString(value, to: &out)
            }
        case .sequence(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                appendCanonicalJSON(item, to: &out)
            }
            out += "]"
        case .mapping(let pairs):
            out += "{"
            let sorted = pairs.map { (key: $0.key.scalarText ?? text(of: $0.key), value: $0.value) }
                .sorted { $0.key < $1.key }
            for (i, pair) in sorted.enumerated() {
                if i > 0 { out += "," }
                appendJSONString(pair.key, to: &out)
                out += ":"
                appendCanonicalJSON(pair.value, to: &out)
            }
            out += "}"
        }
    }

    static func appendJSONString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
