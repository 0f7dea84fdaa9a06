/// Everything loaded from one YAML file: its documents and its comments.
public struct YAMLStream: Sendable, Hashable {
    /// The documents in order; an empty or comment-only file has none.
    public var documents: [YAMLDocument]
    /// Every `#` comment of the file, in order, across all documents.
    public var comments: [YAMLComment]

    /// A loaded stream.
    public init(documents: [YAMLDocument], comments: [YAMLComment]) {
        self.documents = documents
        self.comments = comments
    }
}
