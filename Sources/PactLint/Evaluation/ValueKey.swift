import YAMLSource

/// A selected value reduced to what JSON equality compares: `1` and `1.0` are equal, `"1"`
/// and `1` are not; a list or map is compared by its canonical JSON text.
public enum ValueKey: Sendable, Hashable {
    /// JSON null.
    case null
    /// A boolean.
    case bool(Bool)
    /// A number (integers as doubles, so 1 == 1.0).
    case number(Double)
    /// A string.
    case string(String)
    /// A list or map, by its canonical JSON.
    case composite(String)

    /// The value with its type, for fingerprints: `"1"` and `1` differ.
    var canonicalText: String {
        switch self {
        case .string(let value): "s:" + value
        default: text
        }
    }

    /// The value as message text.
    var text: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let value): ValueFormatting.number(value)
        case .string(let value): value
        case .composite(let json): json
        }
    }
}

extension YAMLNode {
    /// The node's value for comparisons.
    var valueKey: ValueKey {
        switch scalarValue {
        case let value?:
            switch value {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .int(let value): return .number(Double(value))
            case .float(let value): return .number(value)
            case .string(let value): return .string(value)
            }
        case nil:
            var json = ""
            ValueFormatting.appendCanonicalJSON(self, to: &json)
            return .composite(json)
        }
    }

    // Short names the evaluator reads well with, over YAMLSource's and the JSONPath adapter's
    // accessors.

    /// The node's number, if it is one.
    var numberValue: Double? { doubleValue }

    /// The node's string, if it is one.
    var stringContent: String? { stringValue }

    /// The value of the member called `name`, for mapping nodes, as JSONPath names members.
    func member(_ name: String) -> YAMLNode? { jsonPathMember(named: name) }

    /// The element at `index` (negative counts from the end), for sequence nodes.
    func element(_ index: Int) -> YAMLNode? {
        guard kind == .sequence else { return nil }
        let count = childCount
        let resolved = index < 0 ? count + index : index
        return resolved >= 0 && resolved < count ? item(at: resolved) : nil
    }
}
