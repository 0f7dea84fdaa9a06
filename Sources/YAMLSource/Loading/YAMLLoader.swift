/// Loads YAML files into node trees with exact source positions: the first stage of the
/// pipeline, bytes → `YAMLStream`.
///
/// It runs libyaml's event parser (which accepts more of the YAML test suite than libyaml's
/// own document loader) and builds the tree in Swift, resolving scalars by the YAML 1.2 core
/// schema. Anything wrong — syntax, duplicate keys, invalid UTF-8, an alias to an unknown
/// anchor, an alias bomb, deep nesting, an oversized file, an unknown tag — is a located
/// `YAMLError`, never a crash.
///
/// Merge keys (`<<`) are YAML 1.1, not 1.2: `<<` is an ordinary key here.
public struct YAMLLoader: Sendable {
    /// Bounds on what a file may make the loader do, so that hostile input fails fast.
    public struct Limits: Sendable, Hashable {
        /// The largest file accepted, in bytes.
        public var maxFileSize: Int
        /// The deepest nesting of collections accepted (the root collection is depth 1).
        public var maxDepth: Int
        /// The most nodes that aliases may add to a document by expansion, counted over the
        /// whole file (an alias to a node with 10 nodes adds 10).
        public var maxAliasExpansion: Int
        /// The most documents in one stream.
        public var maxDocuments: Int

        /// Limits; every argument defaults to the value in `.default`.
        public init(
            maxFileSize: Int = 16 * 1024 * 1024, maxDepth: Int = 256, maxAliasExpansion: Int = 100_000,
            maxDocuments: Int = 10_000
        ) {
            self.maxFileSize = maxFileSize
            self.maxDepth = maxDepth
            self.maxAliasExpansion = maxAliasExpansion
            self.maxDocuments = maxDocuments
        }

        /// 16 MiB, depth 256, 100,000 alias-expanded nodes, 10,000 documents.
        public static let `default` = Limits()
    }

    /// What to do with a tag outside the core schema (`!foo`, `!!set`, an application tag).
    public enum UnknownTagPolicy: Sendable, Hashable {
        /// A located error: partnership data is plain YAML 1.2 (the default).
        case reject
        /// Keep the node, its tag recorded: a scalar resolves as a string. For conformance
        /// testing against the YAML test suite, which is about syntax, not schemas.
        case keep
    }

    /// The bounds this loader enforces.
    public var limits: Limits
    /// What to do with tags outside the core schema.
    public var unknownTags: UnknownTagPolicy
    /// The most nodes, and child entries, one document may have: what its tree indexes in 32
    /// bits. Not a user limit (the file-size limit comes first); lowered by tests.
    var treeEntryLimit = TreeBuilder.largestTreeEntryCount

    /// A loader with the given limits.
    public init(limits: Limits = .default, unknownTags: UnknownTagPolicy = .reject) {
        self.limits = limits
        self.unknownTags = unknownTags
    }

    /// Loads every document of `file`.
    public func load(_ file: SourceFile) throws(YAMLError) -> YAMLStream {
        try TreeBuilder.checkBeforeParsing(file, limits: limits)
        var builder = TreeBuilder(
            file: file, limits: limits, unknownTags: unknownTags, treeEntryLimit: treeEntryLimit)
        try LibYAMLEventParser.withParser(of: file.bytes) { (parser) throws(YAMLError) in
            while true {
                let event: YAMLEvent
                do throws(LibYAMLProblem) {
                    event = try parser.next()
                } catch {
                    throw builder.syntaxError(error)
                }
                try builder.handle(event, from: parser)
                if event == .streamEnd { return }
            }
        }
        return builder.finish()
    }
}
