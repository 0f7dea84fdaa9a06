/// A node of a loaded YAML document, with the span of source text it came from.
///
/// Aliases are expanded when a document is loaded: an alias node is a copy of its anchored
/// node that keeps the anchored node's content and span.
public struct YAMLNode: Sendable, Hashable {
    /// What the node holds.
    public enum Content: Sendable, Hashable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    /// What the node holds.
    public var content: Content
    /// Where the node is written, from its anchor or tag if it has one: a scalar's text with
    /// its quotes (a block scalar's span runs from its `|` or `>` to the start of the line
    /// after its content), or a collection up to its last entry (flow: its closing bracket).
    public var span: SourceSpan
    /// The tag as written (resolved to its full form, e.g. `tag:yaml.org,2002:str`), if any.
    public var tag: String?

    /// A node with its content, span and tag.
    public init(content: Content, span: SourceSpan, tag: String? = nil) {
        self.content = content
        self.span = span
        self.tag = tag
    }
}

/// One entry of a mapping. The key keeps its own span.
public struct YAMLPair: Sendable, Hashable {
    /// The key, with its own span.
    public var key: YAMLNode
    /// The value.
    public var value: YAMLNode

    /// A mapping entry.
    public init(key: YAMLNode, value: YAMLNode) {
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
    public init(text: String, style: Style, value: YAMLValue) {
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
