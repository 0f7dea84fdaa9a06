import JSONPath
import YAMLSource

// MARK: - JSONPathNode Conformance

/// Lets JSONPath queries run over loaded YAML documents: the JSON view of a YAML node.
///
/// Scalars map by their YAML 1.2 core-schema value (null, booleans, integers and floats as
/// numbers, strings); sequences are arrays and mappings objects, in document order. A mapping
/// key is named by its scalar's text, so the key `1` is the name `"1"`; a key that is itself a
/// collection (rare, and never in partnership files) is named by an empty string.
///
/// Every accessor reads the node's tree through YAMLSource's inlinable accessors, so a child
/// costs one retain of its tree, a member's name is read without making its key node, and
/// nothing builds a node's `content`.
extension YAMLNode: JSONPathNode {
    /// The node's JSON kind, with the value of a scalar.
    public var jsonPathKind: JSONPathNodeKind {
        JSONPathNodeKind(kind, scalarValue: kind == .scalar ? scalarValue : nil)
    }

    /// The number of items of a sequence or pairs of a mapping; 0 for a scalar.
    public var jsonPathCount: Int { childCount }

    /// The item at `index` of a sequence.
    public func jsonPathElement(at index: Int) -> YAMLNode {
        precondition(kind == .sequence, "JSONPath reads elements only of arrays")
        return item(at: index)
    }

    /// The pair at `index` of a mapping, as a member name and its value.
    public func jsonPathMember(at index: Int) -> (name: String, value: YAMLNode) {
        precondition(kind == .mapping, "JSONPath reads members only of objects")
        return (keyText(at: index) ?? "", value(at: index))
    }

    /// The value of the first pair whose key is named `name`, compared scalar by scalar
    /// (no Unicode normalization, as RFC 9535 asks).
    public func jsonPathMember(named name: String) -> YAMLNode? {
        value(forKeyText: name)
    }

    /// The value of the first pair whose key is named `name`, told apart from most other keys
    /// by the name's first bytes and length, read when the query was compiled.
    public func jsonPathMember(named name: JSONPathString) -> YAMLNode? {
        value(forKeyText: name.text, utf8Prefix: name.utf8Prefix, utf8Count: name.utf8Count)
    }

    /// A cursor on the node: queries walk the tree without retaining it at each node.
    public var jsonPathCursor: YAMLNodeCursor { YAMLNodeCursor(self) }
}

extension JSONPathNodeKind {
    /// The JSON kind of a YAML node of `kind`, a scalar by its core-schema `scalarValue`
    /// (`nil`, like YAML's null, is JSON's null).
    init(_ kind: YAMLNode.Kind, scalarValue: YAMLValue?) {
        switch kind {
        case .scalar:
            switch scalarValue {
            case .null, nil: self = .null
            case .bool(let value): self = .bool(value)
            case .int(let value): self = .int(value)
            case .float(let value): self = .double(value)
            case .string(let value): self = .string(value)
            }
        case .sequence: self = .array
        case .mapping: self = .object
        }
    }
}
