/// One document of a YAML stream.
public struct YAMLDocument: Sendable, Hashable {
    /// 0-based position of the document in its stream.
    public var index: Int
    /// The document's content; an empty document (`---` alone) has a null scalar root.
    public var root: YAMLNode
    /// From the document's first token (or its `---`) to the end of its content (or its `...`).
    public var span: SourceSpan

    /// A document of a stream.
    public init(index: Int, root: YAMLNode, span: SourceSpan) {
        self.index = index
        self.root = root
        self.span = span
    }
}
