/// A compiled RFC 9535 JSONPath query: parse once, evaluate many times, from any thread.
///
/// The module's pipeline: query text → `Parser` (grammar and well-typedness, section 2.4.3)
/// → syntax tree (`Syntax/`, literal regexes compiled by `Regex/`) → `Evaluator` over any
/// tree conforming to `JSONPathNode` → `[JSONPathMatch]`, nodes in document order with their
/// normalized paths.
///
/// ```swift
/// let query = try JSONPathQuery("$.actions[?@.area == 'return-readmission']")
/// for match in query.evaluate(root: document) {
///     print(match.path, match.node)
/// }
/// ```
public struct JSONPathQuery: Sendable, Hashable {
    /// The query as written.
    public let text: String
    /// Whether the query may start with `@` as well as `$`.
    public let allowsCurrentNodeRoot: Bool
    @usableFromInline let query: Query

    /// Parses and type-checks `text`.
    ///
    /// - Parameter allowingCurrentNodeRoot: let the query start with `@`, the current node
    ///   passed to `evaluate`, as rule queries may; RFC 9535 itself allows only `$`.
    /// - Throws: `JSONPathError` with the offset of the first problem.
    public init(_ text: String, allowingCurrentNodeRoot: Bool = false) throws(JSONPathError) {
        try self.init(text, allowingCurrentNodeRoot: allowingCurrentNodeRoot, mergingEqualities: true)
    }

    /// Parses `text`; with `mergingEqualities` false, every comparison is evaluated as
    /// written (no `equalsAny`): the plain RFC 9535 reading that tests hold the merged
    /// tests to.
    init(_ text: String, allowingCurrentNodeRoot: Bool, mergingEqualities: Bool) throws(JSONPathError) {
        var parser = Parser(text, mergesEqualities: mergingEqualities)
        self.query = try parser.parseQuery(allowingCurrentNode: allowingCurrentNodeRoot)
        self.text = text
        self.allowsCurrentNodeRoot = allowingCurrentNodeRoot
    }

    /// True if the query selects at most one node (RFC 9535 section 2.3.5.1).
    public var isSingular: Bool { query.isSingular }

    /// The literal `match`/`search` patterns in the query that are not valid I-Regexp, in
    /// query order, each pointing into the query.
    ///
    /// RFC 9535 makes such a call false rather than the query invalid, so `init` accepts the
    /// query; a rule loader can reject it here, since the call can never be true.
    public var patternErrors: [JSONPathError] {
        var errors: [JSONPathError] = []
        PatternErrors.collect(in: query, into: &errors)
        return errors
    }

    /// True if the query starts with `@` rather than `$`.
    public var startsAtCurrentNode: Bool { query.start == .current }

    /// The nodes the query selects, in document order, each with its normalized path.
    ///
    /// - Parameters:
    ///   - root: the node `$` stands for.
    ///   - current: the node `@` stands for when the query starts with `@`; `root` if nil.
    @inlinable
    public func evaluate<Node: JSONPathNode>(root: Node, current: Node? = nil) -> [JSONPathMatch<Node>] {
        evaluate(root: root, current: current, currentPath: .root)
    }

    /// The nodes the query selects, with paths from `root` when the query starts at `current`,
    /// whose own path is `currentPath`.
    @inlinable
    public func evaluate<Node: JSONPathNode>(
        root: Node, current: Node?, currentPath: NormalizedPath
    ) -> [JSONPathMatch<Node>] {
        // The cursors read `root` and `current` without owning them: both stay alive until
        // every selected cursor has been made a node again. (Kept alive one at a time: a tuple
        // of the two would be a copy of each, a retain and a release.)
        withLifetimes(of: root, current) {
            let evaluator = Evaluator(root: root.jsonPathCursor)
            var arena = PathArena()
            let located = evaluator.select(query, current: (current ?? root).jsonPathCursor, arena: &arena)
            let base = query.start == .current && current != nil ? currentPath : .root
            return located.map { JSONPathMatch(node: $0.node.jsonPathNode, path: arena.path(of: $0.path, from: base)) }
        }
    }

    /// The nodes the query selects, in document order, without building their paths: for
    /// callers that only count or inspect values.
    @inlinable
    public func nodes<Node: JSONPathNode>(root: Node, current: Node? = nil) -> [Node] {
        withLifetimes(of: root, current) {
            var nodes: [Node] = []
            _ = Evaluator(root: root.jsonPathCursor).forEachNode(query, current: (current ?? root).jsonPathCursor) {
                nodes.append($0.jsonPathNode)
                return true
            }
            return nodes
        }
    }

    /// Whether some node the query selects satisfies `predicate`, visiting the nodes in
    /// document order and stopping at the first that does: no list of nodes, no paths.
    ///
    /// - Parameters:
    ///   - root: the node `$` stands for.
    ///   - current: the node `@` stands for when the query starts with `@`; `root` if nil.
    @inlinable
    public func containsNode<Node: JSONPathNode>(
        root: Node, current: Node? = nil, where predicate: (Node) -> Bool
    ) -> Bool {
        withLifetimes(of: root, current) {
            !Evaluator(root: root.jsonPathCursor).forEachNode(query, current: (current ?? root).jsonPathCursor) {
                !$0.withJSONPathNode(predicate)
            }
        }
    }

    /// `body`'s result, with `root` and `current` kept alive until it returns.
    @inlinable
    func withLifetimes<Node: JSONPathNode, Result>(of root: Node, _ current: Node?, _ body: () -> Result) -> Result {
        withExtendedLifetime(root) { withExtendedLifetime(current, body) }
    }

    /// Two queries are equal when their text and their start rule are.
    public static func == (lhs: JSONPathQuery, rhs: JSONPathQuery) -> Bool {
        lhs.text == rhs.text && lhs.allowsCurrentNodeRoot == rhs.allowsCurrentNodeRoot
    }

    /// Hashes the text and the start rule.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(allowsCurrentNodeRoot)
    }
}
