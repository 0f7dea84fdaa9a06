/// The value of a rule parameter: a default from the rule, or an override from a config.
public enum ParameterValue: Sendable, Hashable {
    /// A number (integers too).
    case number(Double)
    /// A string.
    case string(String)
    /// A boolean.
    case bool(Bool)
    /// A list of scalars.
    case list([ParameterValue])

    /// The number, if the value is one.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The name of the value's kind, for error messages.
    public var kindName: String {
        switch self {
        case .number: "number"
        case .string: "string"
        case .bool: "boolean"
        case .list: "list"
        }
    }

    /// The value as message text.
    public var text: String {
        switch self {
        case .number(let value): ValueFormatting.number(value)
        case .string(let value): value
        case .bool(let value): value ? "true" : "false"
        case .list(let values): values.map(\.text).joined(separator: ", ")
        }
    }

    /// The value as a comparable scalar key.
    var key: ValueKey {
        switch self {
        case .number(let value): .number(value)
        case .string(let value): .string(value)
        case .bool(let value): .bool(value)
        case .list(let values): .composite(values.map(\.text).joined(separator: "\u{1F}"))
        }
    }
}
