/// What makes two mapping keys the same key: their resolved values, so `1` and `0x1` are
/// duplicates while `1` and `"1"` are not.
///
/// Strings compare as Swift strings, that is by canonical equivalence: two keys that look the
/// same (a precomposed and a decomposed `é`) are duplicates. Floats compare by value, with
/// every NaN equal to every other and `-0.0` equal to `0.0`.
enum KeyIdentity: Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(UInt64)
    case string(String)
    case sequence([KeyIdentity])
    case mapping([KeyIdentity])

    /// The identity of the node at `index` of a tree being loaded.
    init(_ tree: YAMLTree, _ index: Int32) {
        switch tree.records[Int(index)].kind {
        case .scalar:
            switch tree.value(of: index) {
            case .null: self = .null
            case .bool(let value): self = .bool(value)
            case .int(let value): self = .int(value)
            case .float(let value):
                self = .float(value.isNaN ? Double.nan.bitPattern : value == 0 ? 0 : value.bitPattern)
            case .string(let value): self = .string(value)
            }
        case .sequence:
            self = .sequence(tree.childEntries(of: index).map { KeyIdentity(tree, $0) })
        case .mapping:
            self = .mapping(tree.childEntries(of: index).map { KeyIdentity(tree, $0) })
        }
    }
}
