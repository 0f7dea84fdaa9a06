/// A node of a loaded YAML document, with the span of source text it came from.
///
/// Aliases are expanded when a document is loaded: an alias node is a copy of its anchored
/// node that keeps the anchored node's content and span (in the tree, the same node).
///
/// A node is its document's tree (`YAMLTree`, a few flat buffers) and its index in it: copies
/// are cheap (one retain of the tree) and a whole document is freed at once. A node built by
/// hand, or changed through a setter, gets a small tree of its own; nodes of a document it is
/// built from are copied into it, so that it never keeps the rest of their document alive.
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

    @usableFromInline var tree: YAMLTree
    @usableFromInline var index: Int32

    /// What the node holds (built on each call; `kind`, `item(at:)`, `pair(at:)` and the other
    /// accessors read the tree in place).
    public var content: Content {
        get {
            switch kind {
            case .scalar:
                .scalar(YAMLScalar(text: tree.text(of: index), style: record.style, value: tree.value(of: index)))
            case .sequence: .sequence((0..<childCount).map(item(at:)))
            case .mapping: .mapping((0..<childCount).map(pair(at:)))
            }
        }
        set { self = YAMLNode(content: newValue, span: span, tag: tag) }
    }

    /// Where the node is written, from its anchor or tag if it has one: a scalar's text with
    /// its quotes (a block scalar's span runs from its `|` or `>` to the start of the line
    /// after its content), or a collection up to its last entry (flow: its closing bracket).
    public var span: SourceSpan {
        @inlinable get { tree.span(of: index) }
        set { self = copy(span: newValue, tag: tag) }
    }

    /// The tag as written (resolved to its full form, e.g. `tag:yaml.org,2002:str`), if any.
    public var tag: String? {
        @inlinable get { tree.tag(of: index) }
        set { self = copy(span: span, tag: newValue) }
    }

    /// A node with its content, span and tag.
    public init(content: Content, span: SourceSpan, tag: String? = nil) {
        switch content {
        case .scalar(let scalar):
            let tree = YAMLTree(records: 1, childEntries: 0, texts: 2)
            let root = tree.appendScalar(
                text: scalar.text, style: scalar.style, value: scalar.value, span: span, tag: tag)
            self.init(tree: tree, index: root)
        case .sequence(let items):
            self.init(collection: .sequence, children: items, span: span, tag: tag)
        case .mapping(let pairs):
            var children: [YAMLNode] = []
            children.reserveCapacity(2 * pairs.count)
            for pair in pairs {
                children.append(pair.key)
                children.append(pair.value)
            }
            self.init(collection: .mapping, children: children, span: span, tag: tag)
        }
    }

    /// A hand-built collection: `children` (a mapping's as key, value…) are referenced or
    /// copied into its new tree as `YAMLTree.reference(to:)` decides.
    private init(collection kind: Kind, children: [YAMLNode], span: SourceSpan, tag: String?) {
        var size = (records: 1, childEntries: children.count, texts: 0)
        for child in children where !YAMLTree.isReferenced(child) {
            let copy = YAMLTree.size(ofCopy: child)
            size.records += copy.records
            size.childEntries += copy.childEntries
            size.texts += copy.texts
        }
        let tree = YAMLTree(records: size.records, childEntries: size.childEntries, texts: size.texts)
        let root = tree.startCollection(kind)
        let entries = children.map(tree.reference(to:))
        entries.withUnsafeBufferPointer { tree.finishCollection(root, children: $0, span: span, tag: tag) }
        self.init(tree: tree, index: root)
    }

    @inlinable init(tree: YAMLTree, index: Int32) {
        self.tree = tree
        self.index = index
    }

    /// The node's record in its tree.
    @inlinable var record: NodeRecord { tree.records[Int(index)] }

    /// A copy of the node in a tree of its own, sharing nothing with the tree it came from,
    /// with `span` and `tag`.
    private func copy(span: SourceSpan, tag: String?) -> YAMLNode {
        let size = YAMLTree.size(ofCopy: self)
        let tree = YAMLTree(records: size.records, childEntries: size.childEntries, texts: size.texts)
        let root = tree.appendCopy(of: self)
        tree.setSpan(span, tag: tag, of: root)
        return YAMLNode(tree: tree, index: root)
    }

    /// A copy of the node and everything below it in a small tree of its own: keeping the
    /// copy does not keep the rest of the node's document alive (a portfolio keeps a few
    /// nodes of every document for the whole run).
    public func detachedCopy() -> YAMLNode {
        copy(span: span, tag: tag)
    }

    /// Nodes are equal when their content, span and tag are; a node is equal to its copies
    /// without comparing them.
    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        if lhs.tree === rhs.tree && lhs.index == rhs.index { return true }
        guard lhs.kind == rhs.kind, lhs.childCount == rhs.childCount, lhs.span == rhs.span, lhs.tag == rhs.tag
        else { return false }
        switch lhs.kind {
        case .scalar:
            return lhs.record.style == rhs.record.style && lhs.tree.text(of: lhs.index) == rhs.tree.text(of: rhs.index)
                && lhs.tree.value(of: lhs.index) == rhs.tree.value(of: rhs.index)
        case .sequence:
            return (0..<lhs.childCount).allSatisfy { lhs.item(at: $0) == rhs.item(at: $0) }
        case .mapping:
            return (0..<lhs.childCount).allSatisfy { lhs.pair(at: $0) == rhs.pair(at: $0) }
        }
    }

    /// Hashes the content, span and tag.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(span)
        hasher.combine(tag)
        switch kind {
        case .scalar:
            hasher.combine(tree.text(of: index))
            hasher.combine(record.style)
            hasher.combine(tree.value(of: index))
        case .sequence, .mapping:
            let count = childCount
            hasher.combine(count)
            for position in 0..<count {
                if kind == .sequence {
                    hasher.combine(item(at: position))
                } else {
                    hasher.combine(pair(at: position))
                }
            }
        }
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
