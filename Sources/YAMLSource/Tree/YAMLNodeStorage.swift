/// The immutable contents of a `YAMLNode`, shared by every copy of the node.
///
/// A node is one reference to this object, so copying a node, keeping it in an array or
/// returning it from a query costs one retain, whatever it holds. The fields are laid out to
/// be read without rebuilding `YAMLNode.Content`: a collection's children and a scalar's text
/// and value are separate fields that accessors return directly. Fields that do not apply to
/// the node's kind hold empty values (no allocation: empty arrays and strings are shared
/// singletons).
@usableFromInline
final class YAMLNodeStorage: Sendable {
    @usableFromInline let kind: YAMLNode.Kind
    /// A scalar's style; `.plain` for collections.
    @usableFromInline let style: YAMLScalar.Style
    @usableFromInline let span: SourceSpan
    @usableFromInline let tag: String?
    /// A scalar's text; empty for collections.
    @usableFromInline let text: String
    /// A scalar's resolved value; `.null` for collections.
    @usableFromInline let value: YAMLValue
    /// A sequence's items; empty for other nodes.
    @usableFromInline let items: [YAMLNode]
    /// A mapping's pairs; empty for other nodes.
    @usableFromInline let pairs: [YAMLPair]

    init(
        kind: YAMLNode.Kind, style: YAMLScalar.Style = .plain, span: SourceSpan, tag: String?, text: String = "",
        value: YAMLValue = .null, items: [YAMLNode] = [], pairs: [YAMLPair] = []
    ) {
        self.kind = kind
        self.style = style
        self.span = span
        self.tag = tag
        self.text = text
        self.value = value
        self.items = items
        self.pairs = pairs
    }

    convenience init(content: YAMLNode.Content, span: SourceSpan, tag: String?) {
        switch content {
        case .scalar(let scalar):
            self.init(
                kind: .scalar, style: scalar.style, span: span, tag: tag, text: scalar.text, value: scalar.value)
        case .sequence(let items):
            self.init(kind: .sequence, span: span, tag: tag, items: items)
        case .mapping(let pairs):
            self.init(kind: .mapping, span: span, tag: tag, pairs: pairs)
        }
    }

    /// The node's content as the public enum (built on each call).
    var content: YAMLNode.Content {
        switch kind {
        case .scalar: .scalar(YAMLScalar(text: text, style: style, value: value))
        case .sequence: .sequence(items)
        case .mapping: .mapping(pairs)
        }
    }

    /// Whether the node is a scalar written as exactly `text`, byte for byte.
    func hasText(_ other: String) -> Bool {
        // Lengths first: they differ for most keys and are read without a call.
        kind == .scalar && text.utf8.count == other.utf8.count && text.hasSameUTF8(as: other)
    }

    /// Whether both hold the same content, span and tag, compared field by field.
    func isStructurallyEqual(to other: YAMLNodeStorage) -> Bool {
        guard kind == other.kind, span == other.span, tag == other.tag else { return false }
        switch kind {
        case .scalar: return text == other.text && style == other.style && value == other.value
        case .sequence: return items == other.items
        case .mapping: return pairs == other.pairs
        }
    }

    /// Hashes what `isStructurallyEqual(to:)` compares.
    func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(span)
        hasher.combine(tag)
        switch kind {
        case .scalar:
            hasher.combine(text)
            hasher.combine(style)
            hasher.combine(value)
        case .sequence: hasher.combine(items)
        case .mapping: hasher.combine(pairs)
        }
    }
}
