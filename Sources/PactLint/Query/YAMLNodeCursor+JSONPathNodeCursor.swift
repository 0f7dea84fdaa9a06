import JSONPath
import YAMLSource

// MARK: - JSONPathNodeCursor Conformance

/// What queries walk a loaded YAML document through: the same JSON view as `YAMLNode`'s
/// (see `YAMLNode+JSONPathNode.swift`), read in place without retaining the tree, so that
/// only the nodes a query hands out cost a retain.
extension YAMLNodeCursor: JSONPathNodeCursor {
    /// The node, owning its tree.
    public var jsonPathNode: YAMLNode { node }

    /// Calls `body` with the node, lent without a retain of its tree.
    public func withJSONPathNode<Result>(_ body: (YAMLNode) throws -> Result) rethrows -> Result {
        try withNode(body)
    }

    /// The node's JSON kind, with the value of a scalar.
    public var jsonPathKind: JSONPathNodeKind {
        JSONPathNodeKind(kind, scalarValue: kind == .scalar ? scalarValue : nil)
    }

    /// The node's JSON kind, unless it is a string: a string scalar is told by its record,
    /// without making its value.
    public var jsonPathKindUnlessString: JSONPathNodeKind? {
        isStringScalar ? nil : jsonPathKind
    }

    /// Scalar, array (sequence) or object (mapping).
    public var jsonPathShape: JSONPathNodeShape {
        switch kind {
        case .scalar: .scalar
        case .sequence: .array
        case .mapping: .object
        }
    }

    /// The number of items of a sequence or pairs of a mapping; 0 for a scalar.
    public var jsonPathCount: Int { childCount }

    /// The item at `index` of a sequence.
    public func jsonPathElement(at index: Int) -> YAMLNodeCursor {
        item(at: index)
    }

    /// The pair at `index` of a mapping, as a member name and its value.
    public func jsonPathMember(at index: Int) -> (name: String, value: YAMLNodeCursor) {
        (keyText(at: index) ?? "", value(at: index))
    }

    /// The value of the pair at `index` of a mapping, without reading its key.
    public func jsonPathMemberValue(at index: Int) -> YAMLNodeCursor {
        value(at: index)
    }

    /// The value of the first pair whose key is named `name`, byte for byte.
    public func jsonPathMember(named name: String) -> YAMLNodeCursor? {
        value(forKeyText: name)
    }

    /// The value of the first pair whose key is named `name`, told apart from most other keys
    /// by the name's first bytes and length, read when the query was compiled.
    public func jsonPathMember(named name: JSONPathString) -> YAMLNodeCursor? {
        value(forKeyText: name.text, utf8Prefix: name.utf8Prefix, utf8Count: name.utf8Count)
    }

    /// The value of the first pair whose key is the short name held in these words, compared
    /// with each key's bytes in place; `nil` for a scalar or a sequence (the lookup reads the
    /// node's record and finds it is not a mapping).
    public func jsonPathMember(utf8Prefix: UInt64, utf8Suffix: UInt64, utf8Count: Int) -> YAMLNodeCursor? {
        value(forKeyUTF8Prefix: utf8Prefix, suffix: utf8Suffix, count: utf8Count)
    }

    /// Whether the node is a string scalar whose value is one of `strings`, compared by their
    /// first bytes and length (read when the query was compiled) before their bytes.
    public func jsonPathIsString(anyOf strings: [JSONPathString]) -> Bool {
        isString(anyOf: strings)
    }
}

// MARK: - UTF8PrefixedText Conformance

/// A query's string carries the summary YAML trees compare first.
extension JSONPathString: UTF8PrefixedText {}
