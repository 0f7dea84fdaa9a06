import JSONPath
import YAMLSource

/// What is worth keeping for one evaluation root while its rules run.
///
/// - The matches, with paths, of queries that start at `$`: they are the same whatever the
///   subject, and paths are built only for subjects (`given`) and for the places of a failing
///   check. Selections without paths are not kept: running them again, stopping at the first
///   node that decides, costs less than listing every node to keep it.
/// - The value keys of the nodes `$` queries select: an `in`/`not-in` pool, or the values a
///   `unique` check tests (see `ConditionEvaluator.selectedValues(_:)`).
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
    /// By the queries' identities (a pack compiles each query text once, so the same text is
    /// the same query in every rule): a handful of entries, searched in turn, without hashing.
    @exclusivity(unchecked) private var selections: [(queries: [RuleQuery], values: SelectedValues)] = []
    /// By node identity; each entry keeps its node alive, so that the identity is not reused.
    @exclusivity(unchecked) private var canonical = [YAMLNode.Identity: (node: YAMLNode, bytes: GrowingBytes)](
        minimumCapacity: 16)
    /// Regexes screened over the root's tree (told apart by their patterns' bytes, as `IRegexp`
    /// compares them), and whether some string there may hold a match (see
    /// `ConditionEvaluator.mayHoldMatch(of:)`): a few patterns a pack.
    @exclusivity(unchecked) private var screened: [(regex: IRegexp, mayHoldMatch: Bool)] = []
    /// The checks the walk shared by the rules that run on this root found failing, by rule
    /// slot (see `ConditionEvaluator.holdingChecks(_:slot:)`): walked for the first rule, read
    /// by the others.
    @exclusivity(unchecked) private var combinedWalk: CombinedChecks?
    @exclusivity(unchecked) private var combinedFailing: [UInt64] = []
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

    /// The bytes `Fingerprint.addCanonical` hashes for `node` when they are worth keeping for
    /// the document's other findings: a collection written in at least
    /// `smallestKeptCollection` bytes of source. `nil` for a smaller one, hashed as the walk
    /// yields its bytes: most are hashed once (`benefits.partner`, a `safeguards` block), and
    /// making, keeping and freeing a buffer cost several times their walk.
    @inline(__always)
    func keptCanonicalBytes(of node: YAMLNode) -> GrowingBytes? {
        guard node.kind != .scalar, node.span.end.offset - node.span.start.offset >= Self.smallestKeptCollection
        else { return nil }
        return canonicalBytes(ofCollection: node)
    }

    /// The source size from which a collection's canonical bytes are kept (an action of a
    /// partnership is about 550 bytes, its list of actions several kilobytes).
    static let smallestKeptCollection = 256

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

    /// Whether some string of `root`'s tree may hold a match of `regex`, screened the first
    /// time.
    func mayHoldMatch(of regex: IRegexp, in root: YAMLNode) -> Bool {
        if let known = screened.first(where: { $0.regex == regex }) {
            return known.mayHoldMatch
        }
        let found = root.treeMayHoldString(acceptedBy: { regex.mayMatch(utf8: $0) })
        screened.append((regex, found))
        return found
    }

    /// The values of the nodes `queries` (which start at `$`) select, if kept (see `keep`).
    /// Looked up and kept in two calls, not through a closure that makes them: the closure
    /// copied the evaluator that called (a retain of each of its references).
    func selectedValues(_ queries: [RuleQuery]) -> SelectedValues? {
        for entry in selections where entry.queries.count == queries.count {
            if zip(entry.queries, queries).allSatisfy({ $0 === $1 }) { return entry.values }
        }
        return nil
    }

    /// The checks a walk of `combined` found failing on this root for the rule at `slot`, if
    /// kept: one word, read without a copy of the list.
    func failingChecks(of combined: CombinedChecks, slot: Int) -> UInt64? {
        guard combinedWalk === combined else { return nil }
        return combinedFailing[slot]
    }

    /// Keeps what a walk of `combined` found, by slot, for `failingChecks(of:slot:)`.
    func keep(_ failing: [UInt64], of combined: CombinedChecks) {
        combinedWalk = combined
        combinedFailing = failing
    }

    /// Keeps the values of the nodes `queries` select, for `selectedValues(_:)`.
    func keep(_ values: SelectedValues, for queries: [RuleQuery]) {
        selections.append((queries, values))
    }
}
