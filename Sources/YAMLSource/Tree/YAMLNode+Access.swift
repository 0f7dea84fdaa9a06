/// Conveniences for code that reads a tree (rules, configuration, tests).
extension YAMLNode {
    /// The value for the string key `key` in a mapping; `nil` for other nodes or a missing key.
    /// Only keys whose resolved value is that string match (`1:` is not `"1"`).
    public subscript(key key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        for pair in pairs {
            if case .scalar(let scalar) = pair.key.content, case .string(let name) = scalar.value, name == key {
                return pair.value
            }
        }
        return nil
    }

    /// The item at `index` of a sequence; `nil` for other nodes or an index out of range.
    public subscript(index index: Int) -> YAMLNode? {
        guard case .sequence(let items) = content, items.indices.contains(index) else { return nil }
        return items[index]
    }

    /// The scalar, if the node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The resolved value of a scalar; `nil` for collections.
    public var scalarValue: YAMLValue? { scalar?.value }

    /// The string of a scalar that resolved to a string (not of `42` or `true`).
    public var stringValue: String? {
        if case .string(let value) = scalarValue { return value }
        return nil
    }

    /// The value of an integer scalar.
    public var intValue: Int? {
        if case .int(let value) = scalarValue { return value }
        return nil
    }

    /// The value of a numeric scalar, integer or float.
    public var doubleValue: Double? {
        switch scalarValue {
        case .int(let value): Double(value)
        case .float(let value): value
        default: nil
        }
    }

    /// The value of a boolean scalar.
    public var boolValue: Bool? {
        if case .bool(let value) = scalarValue { return value }
        return nil
    }

    /// Whether the node is a null scalar (`null`, `~` or nothing).
    public var isNull: Bool { scalarValue == .null }

    /// A sequence's items; `nil` for other nodes.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// A mapping's entries in source order; `nil` for other nodes.
    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The child nodes: a sequence's items or a mapping's values, in order; none for a scalar.
    public var children: [YAMLNode] {
        switch content {
        case .scalar: []
        case .sequence(let items): items
        case .mapping(let pairs): pairs.map(\.value)
        }
    }
}
