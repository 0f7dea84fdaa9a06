/// Conveniences for code that reads a tree (rules, configuration, tests).
///
/// They read the node's record in its tree directly, without building its `content`: in hot
/// loops (queries walk every node) that saves building arrays of children.
extension YAMLNode {
    /// What identifies a node while it exists: copies of a node share it, and no other node
    /// has it while this one exists — a key for memoizing what is computed from a node's value
    /// (keep the node alive with the memo, or the identity may be reused).
    public struct Identity: Sendable, Hashable {
        @usableFromInline let tree: ObjectIdentifier
        @usableFromInline let index: Int32

        @inlinable init(tree: ObjectIdentifier, index: Int32) {
            self.tree = tree
            self.index = index
        }
    }

    /// Whether the node is a scalar, a sequence or a mapping.
    @inlinable public var kind: Kind { record.kind }

    /// The node's identity: its tree and its place in it.
    @inlinable public var identity: Identity { Identity(tree: ObjectIdentifier(tree), index: index) }

    /// The value for the string key `key` in a mapping; `nil` for other nodes or a missing key.
    /// Only keys whose resolved value is that string match (`1:` is not `"1"`).
    public subscript(key key: String) -> YAMLNode? {
        guard kind == .mapping else { return nil }
        for position in 0..<childCount {
            if case .string(let name) = pair(at: position).key.scalarValue, name == key { return value(at: position) }
        }
        return nil
    }

    /// The item at `index` of a sequence; `nil` for other nodes or an index out of range.
    public subscript(index index: Int) -> YAMLNode? {
        guard kind == .sequence, index >= 0, index < childCount else { return nil }
        return item(at: index)
    }

    /// The number of a sequence's items or of a mapping's pairs; 0 for a scalar.
    @inlinable public var childCount: Int {
        let record = record
        return record.kind == .scalar ? 0 : record.count
    }

    /// The item at `index` of a sequence, which must be a valid index of a sequence.
    @inlinable public func item(at index: Int) -> YAMLNode {
        let record = record
        precondition(record.kind == .sequence && index >= 0 && index < record.count, "item index out of range")
        return tree.node(atChild: tree.children[Int(record.start) + index])
    }

    /// The pair at `index` of a mapping, which must be a valid index of a mapping.
    @inlinable public func pair(at index: Int) -> YAMLPair {
        let record = record
        precondition(record.kind == .mapping && index >= 0 && index < record.count, "pair index out of range")
        let entry = Int(record.start) + 2 * index
        return YAMLPair(
            key: tree.node(atChild: tree.children[entry]), value: tree.node(atChild: tree.children[entry + 1]))
    }

    /// The text of the key of the pair at `index` of a mapping if that key is a scalar (`index`
    /// must be a valid index of a mapping): a pair's name without making its key node.
    @inlinable public func keyText(at index: Int) -> String? {
        let record = record
        precondition(record.kind == .mapping && index >= 0 && index < record.count, "pair index out of range")
        let entry = tree.children[Int(record.start) + 2 * index]
        guard entry >= 0 else { return tree.foreign[Int(-1 - entry)].scalarText }
        let key = tree.records[Int(entry)]
        return key.kind == .scalar ? tree.texts[Int(key.start)] : nil
    }

    /// Calls `body` with the UTF-8 bytes of the key of the pair at `index` of a mapping (`index`
    /// must be a valid index of a mapping), read in place without copying the key's text: `nil`
    /// when that key is not a scalar of this tree or its bytes are not contiguous (read
    /// `keyText(at:)` then).
    @inlinable
    public func withKeyUTF8<Result>(at index: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        let record = record
        precondition(record.kind == .mapping && index >= 0 && index < record.count, "pair index out of range")
        let entry = tree.children[Int(record.start) + 2 * index]
        guard entry >= 0 else { return nil }
        let key = tree.records[Int(entry)]
        return key.kind == .scalar ? tree.withUTF8(ofText: Int(key.start), body) : nil
    }

    /// The value of the pair at `index` of a mapping, which must be a valid index of a mapping.
    @inlinable public func value(at index: Int) -> YAMLNode {
        let record = record
        precondition(record.kind == .mapping && index >= 0 && index < record.count, "pair index out of range")
        return tree.node(atChild: tree.children[Int(record.start) + 2 * index + 1])
    }

    /// The scalar, if the node is one.
    @inlinable public var scalar: YAMLScalar? {
        guard kind == .scalar else { return nil }
        return YAMLScalar(text: tree.text(of: index), style: record.style, value: tree.value(of: index))
    }

    /// A scalar's text after YAML's own processing (escapes, folding); `nil` for collections.
    @inlinable public var scalarText: String? {
        let record = record
        return record.kind == .scalar ? tree.texts[Int(record.start)] : nil
    }

    /// The resolved value of a scalar; `nil` for collections.
    @inlinable public var scalarValue: YAMLValue? {
        kind == .scalar ? tree.value(of: index) : nil
    }

    /// The string of a scalar that resolved to a string (not of `42` or `true`).
    @inlinable public var stringValue: String? {
        let record = record
        switch record.valueKind {
        case .text: return tree.texts[Int(record.start)]
        case .otherString: return tree.texts[Int(truncatingIfNeeded: record.payload)]
        default: return nil
        }
    }

    /// The value of an integer scalar.
    @inlinable public var intValue: Int? {
        let record = record
        return record.valueKind == .int ? Int(truncatingIfNeeded: record.payload) : nil
    }

    /// The value of a numeric scalar, integer or float.
    @inlinable public var doubleValue: Double? {
        let record = record
        switch record.valueKind {
        case .int: return Double(Int(truncatingIfNeeded: record.payload))
        case .float: return Double(bitPattern: record.payload)
        default: return nil
        }
    }

    /// The value of a boolean scalar.
    @inlinable public var boolValue: Bool? {
        let record = record
        return record.valueKind == .bool ? record.payload != 0 : nil
    }

    /// Whether the node is a null scalar (`null`, `~` or nothing).
    @inlinable public var isNull: Bool {
        let record = record
        return record.kind == .scalar && record.valueKind == .null
    }

    /// A sequence's items; `nil` for other nodes.
    @inlinable public var items: [YAMLNode]? {
        kind == .sequence ? (0..<childCount).map(item(at:)) : nil
    }

    /// A mapping's entries in source order; `nil` for other nodes.
    @inlinable public var pairs: [YAMLPair]? {
        kind == .mapping ? (0..<childCount).map(pair(at:)) : nil
    }

    /// The child nodes: a sequence's items or a mapping's values, in order; none for a scalar.
    public var children: [YAMLNode] {
        switch kind {
        case .scalar: []
        case .sequence: (0..<childCount).map(item(at:))
        case .mapping: (0..<childCount).map(value(at:))
        }
    }
}

// MARK: - Lookup by key text

extension YAMLNode {
    /// The value of the first pair of a mapping whose key is a scalar written as exactly
    /// `text` (the same UTF-8 bytes: no Unicode normalization, as JSONPath compares member
    /// names; `1:` matches `"1"`); `nil` for other nodes or when no key matches.
    public func value(forKeyText text: String) -> YAMLNode? {
        tree.value(forKeyText: text, in: index)
    }

    /// `value(forKeyText:)` for a caller that read `text`'s UTF-8 bytes already: its first
    /// eight (`utf8Prefix`, the first in the lowest byte, zero past the text's end) and their
    /// number (`utf8Count`), as a compiled query does once for each of its names. The lookup
    /// then makes no summary of `text`.
    public func value(forKeyText text: String, utf8Prefix: UInt64, utf8Count: Int) -> YAMLNode? {
        tree.value(forKeyText: text, print: YAMLTree.mix(utf8Prefix, count: utf8Count), in: index)
    }
}
