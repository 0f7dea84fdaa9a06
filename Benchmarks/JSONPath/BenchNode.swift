import JSONPath

/// A JSON tree for the benchmark: the same shape as the tests' `JSONValue`, members in order.
indirect enum BenchNode: JSONPathNode {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([BenchNode])
    case object([(String, BenchNode)])

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

    func jsonPathElement(at index: Int) -> BenchNode {
        guard case .array(let elements) = self else { preconditionFailure("not an array") }
        return elements[index]
    }

    func jsonPathMember(at index: Int) -> (name: String, value: BenchNode) {
        guard case .object(let members) = self else { preconditionFailure("not an object") }
        return (members[index].0, members[index].1)
    }

    /// The node as compact JSON, to report the document's size.
    var json: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .int(let value): "\(value)"
        case .double(let value): "\(value)"
        case .string(let value): "\"\(value)\""
        case .array(let elements): "[" + elements.map(\.json).joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { "\"\($0.0)\":\($0.1.json)" }.joined(separator: ",") + "}"
        }
    }
}

extension BenchNode: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: BenchNode...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, BenchNode)...) { self = .object(elements) }
}
