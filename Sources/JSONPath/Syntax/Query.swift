/// A parsed query: where it starts and the segments applied in turn.
@usableFromInline
struct Query: Sendable {
    /// The node a query starts from.
    @usableFromInline
    enum Start: Sendable {
        /// `$`, the root of the document.
        case root
        /// `@`, the current node (in a filter, or the subject of a rule).
        case current
    }

    @usableFromInline let start: Start
    @usableFromInline let segments: [Segment]
    /// True if the query selects at most one node (RFC 9535 section 2.3.5.1 `singular-query`):
    /// only child segments with a single name or index selector. Decided once: the evaluator
    /// asks at every evaluation, and filters at every node.
    @usableFromInline let isSingular: Bool

    init(start: Start, segments: [Segment]) {
        self.start = start
        var segments = segments
        for index in segments.indices.dropLast()
        where segments[index].excludesValues(ofMemberNamedBy: segments[index + 1]) {
            segments[index].kind = .filteredMember
        }
        self.segments = segments
        self.isSingular = segments.allSatisfy { segment in
            guard !segment.isDescendant, segment.selectors.count == 1 else { return false }
            switch segment.selectors[0] {
            case .name, .index: return true
            case .wildcard, .slice, .filter: return false
            }
        }
    }

    /// True if both are singular queries with the same start and the same names and indices.
    func isSameSingularQuery(as other: Query) -> Bool {
        guard start == other.start, segments.count == other.segments.count, isSingular, other.isSingular else {
            return false
        }
        for (mine, theirs) in zip(segments, other.segments) {
            switch (mine.selectors[0], theirs.selectors[0]) {
            case (.name(let a), .name(let b)) where a.text.hasSameScalars(as: b.text): continue
            case (.index(let a), .index(let b)) where a == b: continue
            default: return false
            }
        }
        return true
    }
}
