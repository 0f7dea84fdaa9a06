import JSONPath

/// A JSON value for tests, keeping object members in document order.
indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.int(let a), .double(let b)), (.double(let b), .int(let a)): return Double(a) == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            // Member order does not matter for equality of objects.
            guard a.count == b.count else { return false }
            return a.allSatisfy { member in b.contains { $0.0 == member.0 && $0.1 == member.1 } }
        default: return false
        }
    }

    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }
}

// MARK: - JSONPathNode Conformance

extension JSONValue: JSONPathNode {
    var jsonPathKind: JSONPathNodeKind {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .double(let value): .double(value)
        case .string(let value): .string(value)
        case .array: .array
        case .object: .object
        }
    }

    var jsonPathCount: Int {
        switch self {
        case .array(let elements): elements.count
        case .object(let members): members.count
        default: 0
        }
    }

    func jsonPathElement(at index: Int) -> JSONValue {
        guard case .array(let elements) = self else { preconditionFailure("not an array") }
        return elements[index]
    }

    func jsonPathMember(at index: Int) -> (name: String, value: JSONValue) {
        guard case .object(let members) = self else { preconditionFailure("not an object") }
        return (members[index].0, members[index].1)
    }
}
