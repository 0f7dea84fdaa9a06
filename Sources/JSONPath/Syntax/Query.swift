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

    @usableFromInline var start: Start
    @usableFromInline var segments: [Segment]

    /// True if the query selects at most one node (RFC 9535 section 2.3.5.1 `singular-query`):
    /// only child segments with a single name or index selector.
    @inlinable
    var isSingular: Bool {
        segments.allSatisfy { segment in
            guard !segment.isDescendant, segment.selectors.count == 1 else { return false }
            switch segment.selectors[0] {
            case .name, .index: return true
            case .wildcard, .slice, .filter: return false
            }
        }
    }
}
