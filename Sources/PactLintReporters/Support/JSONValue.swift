/// A JSON value, written with sorted keys and a fixed layout so output is byte-stable across
/// platforms and Foundation versions (the JSON and SARIF goldens compare bytes).
package enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// `.string(text)`, or `.null` when `text` is `nil`.
    static func stringOrNull(_ text: String?) -> JSONValue {
        text.map { .string($0) } ?? .null
    }

    /// An array of strings.
    static func strings(_ texts: [String]) -> JSONValue {
        .array(texts.map { .string($0) })
    }
}
