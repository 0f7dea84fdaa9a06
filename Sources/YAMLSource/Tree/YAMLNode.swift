/// A node of a loaded YAML document, with the span of source text it came from.
///
/// Aliases are expanded when a document is loaded: an alias node is a copy of its anchored
/// node that keeps the anchored node's content and span.
///
/// A node is one reference to immutable shared storage: copies are cheap (one retain) and
/// `[YAMLNode]` is an array of pointers. Setting a property gives the node new storage.
public struct YAMLNode: Sendable, Hashable {
    /// What the node holds.
    public enum Content: Sendable, Hashable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    /// What kind of node it is, without its content.
    public enum Kind: UInt8, Sendable, Hashable {
        case scalar, sequence, mapping
    }

    @usableFromInline var storage: YAMLNodeStorage

    /// What the node holds.
    public var content: Content {
        get { storage.content }
        set { storage = YAMLNodeStorage.make(content: newValue, span: storage.span, tag: storage.tag) }
    }

    /// Where the node is written, from its anchor or tag if it has one: a scalar's text with
    /// its quotes (a block scalar's span runs from its `|` or `>` to the start of the line
    /// after its content), or a collection up to its last entry (flow: its closing bracket).
    public var span: SourceSpan {
        @inlinable get { storage.span }
        set { storage = YAMLNodeStorage.make(content: storage.content, span: newValue, tag: storage.tag) }
    }

    /// The tag as written (resolved to its full form, e.g. `tag:yaml.org,2002:str`), if any.
    public var tag: String? {
        @inlinable get { storage.tag }
        set { storage = YAMLNodeStorage.make(content: storage.content, span: storage.span, tag: newValue) }
    }

    /// A node with its content, span and tag.
    public init(content: Content, span: SourceSpan, tag: String? = nil) {
        storage = YAMLNodeStorage.make(content: content, span: span, tag: tag)
    }

    init(storage: YAMLNodeStorage) {
        self.storage = storage
    }

    /// Nodes are equal when their content, span and tag are; a node is equal to its copies
    /// without comparing them.
    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.isStructurallyEqual(to: rhs.storage)
    }

    /// Hashes the content, span and tag.
    public func hash(into hasher: inout Hasher) {
        storage.hash(into: &hasher)
    }
}

/// One entry of a mapping. The key keeps its own span.
public struct YAMLPair: Sendable, Hashable {
    /// The key, with its own span.
    public var key: YAMLNode
    /// The value.
    public var value: YAMLNode

    /// A mapping entry.
    @inlinable public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A scalar with its text, its presentation style and its value resolved by the YAML 1.2
/// core schema.
public struct YAMLScalar: Sendable, Hashable {
    /// How the scalar was written.
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's text after YAML's own processing (escapes, folding), before resolution.
    public var text: String
    /// How the scalar was written.
    public var style: Style
    /// The resolved value (quoted and block scalars are strings).
    public var value: YAMLValue

    /// A scalar with its processed text, style and resolved value.
    @inlinable public init(text: String, style: Style, value: YAMLValue) {
        self.text = text
        self.style = style
        self.value = value
    }
}

/// A scalar's value under the YAML 1.2 core schema.
public enum YAMLValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// An integer that fits in 64 bits; larger ones resolve as `float`.
    case int(Int)
    case float(Double)
    case string(String)
}
