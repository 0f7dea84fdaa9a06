/// Conveniences for code that reads a tree (rules, configuration, tests).
///
/// They read the node's storage directly, without building its `content`: in hot loops
/// (queries walk every node) that saves copying the content and retaining what it holds.
extension YAMLNode {
    /// Whether the node is a scalar, a sequence or a mapping.
    @inlinable public var kind: Kind { storage.kind }

    /// The identity of the node's storage: copies of a node share it, and no other node has
    /// it while this one exists — a key for memoizing what is computed from a node's value
    /// (keep the node alive with the memo, or the identity may be reused).
    @inlinable public var identity: ObjectIdentifier { ObjectIdentifier(storage) }

    /// The value for the string key `key` in a mapping; `nil` for other nodes or a missing key.
    /// Only keys whose resolved value is that string match (`1:` is not `"1"`).
    public subscript(key key: String) -> YAMLNode? {
        for pair in storage.pairs {
            if case .string(let name) = pair.key.storage.value, name == key, pair.key.storage.kind == .scalar {
                return pair.value
            }
        }
        return nil
    }

    /// The item at `index` of a sequence; `nil` for other nodes or an index out of range.
    public subscript(index index: Int) -> YAMLNode? {
        let items = storage.items
        return items.indices.contains(index) ? items[index] : nil
    }

    /// The number of a sequence's items or of a mapping's pairs; 0 for a scalar.
    @inlinable public var childCount: Int {
        switch storage.kind {
        case .scalar: 0
        case .sequence: storage.items.count
        case .mapping: storage.pairs.count
        }
    }

    /// The item at `index` of a sequence, which must be a valid index of a sequence.
    @inlinable public func item(at index: Int) -> YAMLNode {
        storage.items[index]
    }

    /// The pair at `index` of a mapping, which must be a valid index of a mapping.
    @inlinable public func pair(at index: Int) -> YAMLPair {
        storage.pairs[index]
    }

    /// The scalar, if the node is one.
    @inlinable public var scalar: YAMLScalar? {
        guard storage.kind == .scalar else { return nil }
        return YAMLScalar(text: storage.text, style: storage.style, value: storage.value)
    }

    /// A scalar's text after YAML's own processing (escapes, folding); `nil` for collections.
    @inlinable public var scalarText: String? {
        storage.kind == .scalar ? storage.text : nil
    }

    /// The resolved value of a scalar; `nil` for collections.
    @inlinable public var scalarValue: YAMLValue? {
        storage.kind == .scalar ? storage.value : nil
    }

    /// The string of a scalar that resolved to a string (not of `42` or `true`).
    @inlinable public var stringValue: String? {
        if case .string(let value) = storage.value, storage.kind == .scalar { return value }
        return nil
    }

    /// The value of an integer scalar.
    @inlinable public var intValue: Int? {
        if case .int(let value) = storage.value, storage.kind == .scalar { return value }
        return nil
    }

    /// The value of a numeric scalar, integer or float.
    @inlinable public var doubleValue: Double? {
        guard storage.kind == .scalar else { return nil }
        switch storage.value {
        case .int(let value): return Double(value)
        case .float(let value): return value
        default: return nil
        }
    }

    /// The value of a boolean scalar.
    @inlinable public var boolValue: Bool? {
        if case .bool(let value) = storage.value, storage.kind == .scalar { return value }
        return nil
    }

    /// Whether the node is a null scalar (`null`, `~` or nothing).
    @inlinable public var isNull: Bool {
        if case .null = storage.value, storage.kind == .scalar { return true }
        return false
    }

    /// A sequence's items; `nil` for other nodes.
    @inlinable public var items: [YAMLNode]? {
        storage.kind == .sequence ? storage.items : nil
    }

    /// A mapping's entries in source order; `nil` for other nodes.
    @inlinable public var pairs: [YAMLPair]? {
        storage.kind == .mapping ? storage.pairs : nil
    }

    /// The child nodes: a sequence's items or a mapping's values, in order; none for a scalar.
    public var children: [YAMLNode] {
        switch storage.kind {
        case .scalar: []
        case .sequence: storage.items
        case .mapping: storage.pairs.map(\.value)
        }
    }
}

// MARK: - Lookup by key text

extension YAMLNode {
    /// The value of the first pair of a mapping whose key is a scalar written as exactly
    /// `text` (the same UTF-8 bytes: no Unicode normalization, as JSONPath compares member
    /// names; `1:` matches `"1"`); `nil` for other nodes or when no key matches.
    public func value(forKeyText text: String) -> YAMLNode? {
        // Keys are borrowed in place: the array (alive for the whole call) keeps them alive.
        // Copying each key out, as plain code does around the comparison's call, would
        // retain and release every key passed over (a fifth of all retains in a check run).
        storage.pairs.withUnsafeBufferPointer { pairs in
            for index in pairs.indices {
                let key = Unmanaged.passUnretained(pairs[index].key.storage)
                if key._withUnsafeGuaranteedRef({ $0.hasText(text) }) { return pairs[index].value }
            }
            return nil
        }
    }
}
