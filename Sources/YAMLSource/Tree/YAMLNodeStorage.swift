/// The immutable contents of a `YAMLNode`, shared by every copy of the node.
///
/// A node is one reference to this object, so copying a node, keeping it in an array or
/// returning it from a query costs one retain, whatever it holds. The fields are laid out to
/// be read without rebuilding `YAMLNode.Content`, and kept small: 99 bytes with the object
/// header, in malloc's 112-byte size class (it was 144 bytes, in the 160-byte class). A
/// portfolio keeps some nodes of every document for the whole run, so that is memory.
///
/// - The span is kept in 32 bits (`CompactSpan`): 24 bytes instead of 48.
/// - A tag, or a span that does not fit in 32 bits (only a hand-built one can), is out of
///   line (`YAMLNodeExtension`): 8 bytes, nil for almost every node, instead of 16.
///
/// The value is stored beside the text although it is the text for every string: deriving it
/// on each read (`.string(text)`) measured about 4 % more instructions in a check run, as
/// pattern matches on a stored value borrow it while a built one must be retained.
@usableFromInline
final class YAMLNodeStorage: Sendable {
    /// The span, unless `outOfLine` holds it (then zero).
    @usableFromInline let compactSpan: CompactSpan
    /// The tag and span of an uncommon node; nil for most.
    @usableFromInline let outOfLine: YAMLNodeExtension?
    /// A scalar's text; empty for collections.
    @usableFromInline let text: String
    /// A sequence's items; empty for other nodes.
    @usableFromInline let items: [YAMLNode]
    /// A mapping's pairs; empty for other nodes.
    @usableFromInline let pairs: [YAMLPair]
    /// A scalar's resolved value; `.null` for collections.
    @usableFromInline let value: YAMLValue
    // Last, in the padding after the value's one-byte case tag: 99 bytes, not 105.
    @usableFromInline let kind: YAMLNode.Kind
    /// A scalar's style; `.plain` for collections.
    @usableFromInline let style: YAMLScalar.Style

    private init(
        kind: YAMLNode.Kind, style: YAMLScalar.Style = .plain, span: SourceSpan, tag: String?, text: String = "",
        value: YAMLValue = .null, items: [YAMLNode] = [], pairs: [YAMLPair] = []
    ) {
        if tag == nil, let compact = CompactSpan(span) {
            self.compactSpan = compact
            self.outOfLine = nil
        } else {
            self.compactSpan = .zero
            self.outOfLine = YAMLNodeExtension(span: span, tag: tag)
        }
        self.kind = kind
        self.style = style
        self.text = text
        self.items = items
        self.pairs = pairs
        self.value = value
    }

    /// A scalar's storage.
    static func scalar(
        text: String, style: YAMLScalar.Style, value: YAMLValue, span: SourceSpan, tag: String?
    ) -> YAMLNodeStorage {
        YAMLNodeStorage(kind: .scalar, style: style, span: span, tag: tag, text: text, value: value)
    }

    /// A sequence's storage.
    static func sequence(_ items: [YAMLNode], span: SourceSpan, tag: String?) -> YAMLNodeStorage {
        YAMLNodeStorage(kind: .sequence, span: span, tag: tag, items: items)
    }

    /// A mapping's storage.
    static func mapping(_ pairs: [YAMLPair], span: SourceSpan, tag: String?) -> YAMLNodeStorage {
        YAMLNodeStorage(kind: .mapping, span: span, tag: tag, pairs: pairs)
    }

    /// Storage for `content`.
    static func make(content: YAMLNode.Content, span: SourceSpan, tag: String?) -> YAMLNodeStorage {
        switch content {
        case .scalar(let scalar):
            .scalar(text: scalar.text, style: scalar.style, value: scalar.value, span: span, tag: tag)
        case .sequence(let items): .sequence(items, span: span, tag: tag)
        case .mapping(let pairs): .mapping(pairs, span: span, tag: tag)
        }
    }

    // MARK: Fields

    @inlinable var span: SourceSpan {
        if let outOfLine { return outOfLine.span }
        return compactSpan.span
    }

    @inlinable var tag: String? {
        outOfLine?.tag
    }

    /// The node's content as the public enum (built on each call).
    var content: YAMLNode.Content {
        switch kind {
        case .scalar: .scalar(YAMLScalar(text: text, style: style, value: value))
        case .sequence: .sequence(items)
        case .mapping: .mapping(pairs)
        }
    }

    // MARK: Comparison

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
