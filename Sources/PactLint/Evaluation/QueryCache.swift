import JSONPath
import YAMLSource

/// The results of the queries that start at the root (`$`), kept for one evaluation root.
///
/// A query that starts at `$` selects the same nodes whatever the subject, so it is run once
/// per document and its result shared by every subject, check and rule over that document
/// (and by the second look a failing check takes to build paths). Queries that start at the
/// subject (`@`) are not kept. A cache serves one document on one thread, hence a class
/// without locks that is not `Sendable`.
final class QueryCache {
    private var matches: [QueryKey: [JSONPathMatch<YAMLNode>]] = [:]
    private var nodes: [QueryKey: [YAMLNode]] = [:]
    private var keys: [[QueryKey]: Set<ValueKey>] = [:]

    init() {}

    /// The matches (with paths) of `query`, which starts at `$`, over `root`.
    func matches(_ query: RuleQuery, root: YAMLNode) -> [JSONPathMatch<YAMLNode>] {
        if let known = matches[query.key] { return known }
        let found = query.query.evaluate(root: root, current: root)
        matches[query.key] = found
        return found
    }

    /// The nodes (without paths) of `query`, which starts at `$`, over `root`.
    func nodes(_ query: RuleQuery, root: YAMLNode) -> [YAMLNode] {
        if let known = nodes[query.key] { return known }
        let found = matches[query.key].map { $0.map(\.node) } ?? query.query.nodes(root: root, current: root)
        nodes[query.key] = found
        return found
    }

    /// The value keys of the nodes `queries` select, made by `make` the first time.
    func valueKeys(_ queries: [QueryKey], make: () -> Set<ValueKey>) -> Set<ValueKey> {
        if let known = keys[queries] { return known }
        let made = make()
        keys[queries] = made
        return made
    }
}
