/// The type system of RFC 9535 section 2.4.1.
enum FunctionType: Sendable {
    case value
    case logical
    case nodes

    var name: String {
        switch self {
        case .value: "ValueType"
        case .logical: "LogicalType"
        case .nodes: "NodesType"
        }
    }
}
