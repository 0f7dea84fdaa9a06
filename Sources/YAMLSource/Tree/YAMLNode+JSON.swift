/// A JSON view of a tree, for tests and tools that compare documents with JSON data.
extension YAMLNode {
    /// A JSON value. Numbers keep the int/float distinction, but equality compares them by
    /// value (`1 == 1.0`), as JSON does; NaN equals NaN so that trees compare reliably.
    public indirect enum JSONValue: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case array([JSONValue])
        case object([String: JSONValue])

        /// Structural equality; numbers compare by value.
        public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
            switch (lhs, rhs) {
            case (.null, .null): return true
            case (.bool(let a), .bool(let b)): return a == b
            case (.string(let a), .string(let b)): return a == b
            case (.array(let a), .array(let b)): return a == b
            case (.object(let a), .object(let b)): return a == b
            case (.int(let a), .int(let b)): return a == b
            case (.int, .double), (.double, .int), (.double, .double):
                guard let a = lhs.number, let b = rhs.number else { return false }
                return a == b || (a.isNaN && b.isNaN)
            default: return false
            }
        }

        private var number: Double? {
            switch self {
            case .int(let value): Double(value)
            case .double(let value): value
            default: nil
            }
        }
    }

    /// The node as JSON. Mapping keys become strings: a string key as is, any other scalar
    /// key as its text (`1: a` → `"1"`), a collection key as its debug description; when two keys
    /// become the same string, the later entry wins.
    public var jsonValue: JSONValue {
        switch content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .int(let value): return .int(value)
            case .float(let value): return .double(value)
            case .string(let value): return .string(value)
            }
        case .sequence(let items):
            return .array(items.map(\.jsonValue))
        case .mapping(let pairs):
            var object: [String: JSONValue] = [:]
            for pair in pairs { object[pair.key.jsonKey] = pair.value.jsonValue }
            return .object(object)
        }
    }

    private var jsonKey: String {
        switch content {
        case .scalar(let scalar):
            if case .string(let value) = scalar.value { return value }
            return scalar.text
        case .sequence, .mapping:
            return String(describing: jsonValue)
        }
    }
}
