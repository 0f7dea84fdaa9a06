import JSONPath
import YAMLSource

/// What is worth keeping for one evaluation root while its rules run.
///
/// - The matches, with paths, of queries that start at `$`: they are the same whatever the
///   subject, and paths are built only for subjects (`given`) and for the places of a failing
///   check. Selections without paths are not kept: running them again, stopping at the first
///   node that decides, costs less than listing every node to keep it.
/// - The value keys of an `in`/`not-in` pool of `$` queries (see `valueKeys`).
/// - The canonical bytes of the collections findings point at (for their fingerprints): many
///   findings sit on the same list or on the root, which would otherwise be walked, sorted and
///   spelt out again for each.
///
/// A cache serves one document (or the portfolio) on one thread, hence a class without locks
/// that is not `Sendable`.
final class QueryCache {
    // Sized for a document checked by the default pack (a few dozen `$` selections, a dozen
    // pools, a handful of collections): growing from empty rehashes every entry at each
    // doubling. Read without the run-time exclusivity check (about 60 instructions an access,
    // more than a lookup here): a cache is used by one thread, and no access to a table
    // overlaps another — each method reads a table, then computes, then writes it.
    @exclusivity(unchecked) private var matches = [QueryKey: [JSONPathMatch<YAMLNode>]](minimumCapacity: 64)
    @exclusivity(unchecked) private var keys = [[QueryKey]: ValueKeySet](minimumCapacity: 16)
    /// By node identity; each entry keeps its node alive, so that the identity is not reused.
    @exclusivity(unchecked) private var canonical = [YAMLNode.Identity: (node: YAMLNode, bytes: GrowingBytes)](
        minimumCapacity: 16)
    /// For the portfolio: each document's texts measured for `distinct` while its file was
    /// checked, by the document's index in the portfolio (`PortfolioProjection.texts`).
    var preparedTexts: [[PreparedText]] = []
    /// For the portfolio: the near-duplicate searches done as documents arrived.
    var portfolioSearches: [PortfolioSearch] = []

    init() {}

    /// The matches (with paths) of `query`, which starts at `$`, over `root`.
    func matches(_ query: RuleQuery, root: YAMLNode) -> [JSONPathMatch<YAMLNode>] {
        if let known = matches[query.key] { return known }
        let found = query.query.evaluate(root: root, current: root)
        matches[query.key] = found
        return found
    }

    /// The bytes `Fingerprint.addCanonical` hashes for `node`, made once per collection;
    /// `nil` for a scalar, which is hashed directly.
    func canonicalBytes(ofCollection node: YAMLNode) -> GrowingBytes? {
        guard node.kind != .scalar else { return nil }
        if let known = canonical[node.identity] { return known.bytes }
        // Kept in the buffer they are written into (not copied into an array).
        let bytes = Fingerprint.canonicalBytes(of: node)
        canonical[node.identity] = (node, bytes)
        return bytes
    }

    /// The value keys of the nodes `queries` select, made by `make` the first time.
    func valueKeys(_ queries: [QueryKey], make: () -> ValueKeySet) -> ValueKeySet {
        if let known = keys[queries] { return known }
        let made = make()
        keys[queries] = made
        return made
    }
}
