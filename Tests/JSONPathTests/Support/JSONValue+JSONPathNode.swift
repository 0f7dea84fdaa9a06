import JSONPath
import _PactLintTestSupport

// MARK: - JSONPathNode Conformance

extension JSONValue: JSONPathNode {
    public var jsonPathKind: JSONPathNodeKind {
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

    public var jsonPathCount: Int {
        switch self {
        case .array(let elements): elements.count
        case .object(let members): members.count
        default: 0
        }
    }

    public func jsonPathElement(at index: Int) -> JSONValue {
        guard case .array(let elements) = self else { preconditionFailure("not an array") }
        return elements[index]
    }

    public func jsonPathMember(at index: Int) -> (name: String, value: JSONValue) {
        guard case .object(let members) = self else { preconditionFailure("not an object") }
        return (members[index].0, members[index].1)
    }
}
