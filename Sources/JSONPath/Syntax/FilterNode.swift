/// A filter's logical expression as the evaluator walks it: a tree of immutable nodes whose
/// links are read without reference counting.
///
/// `LogicalExpression` is an indirect enum: binding a case's payload (the terms of an `&&`,
/// each term in turn, the expression of a filter segment) retains and releases it, a few
/// atomic operations at every node a filter tests. Here each node holds its children twice:
/// strongly (`ownedTerms`, which keeps them alive) and unretained (`terms`, which the
/// evaluator reads). The root is held the same way by its `Segment`. So a child is alive
/// whenever its parent is, and every node of a filter is alive while its query is — for the
/// whole of any evaluation that reads it; that is what makes reading `terms` and
/// `Segment.filterReference` without a retain sound. A filter selector holds its root node
/// too (`Selector.filter`): one built at parse time, not at every node it is applied to.
///
/// Comparisons and function calls (rare in rules) keep their `LogicalExpression` and are
/// evaluated as before.
@usableFromInline
final class FilterNode: Sendable {
    /// What the node tests.
    @usableFromInline
    enum Kind: Sendable {
        /// Any of `terms` (`||`).
        case or
        /// All of `terms` (`&&`).
        case and
        /// Not `terms[0]` (`!`).
        case not
        /// `query` selects a node.
        case exists
        /// `query`'s node equals one of `literals` (`LogicalExpression.equalsAny`).
        case equalsAny
        /// `equalsAny` of `@` itself (`@ == 'a' || @ == 'b'`): the current node, which is
        /// always there, equals one of `literals`; no query is followed.
        case currentEqualsAny
        /// `equalsAny` of `@.member` (one name step): the member is looked up directly.
        case memberEqualsAny
        /// `exists` of a singular query followed by a filter of kind `currentEqualsAny`
        /// (`@.activities[?@ == 'a' || @ == 'b']`): some element or member value of the node
        /// `query` selects equals one of `literals`. The commonest nested filter of a rule
        /// pack, tested without walking the inner query as a query.
        case childEqualsAny
        /// `source`, evaluated as a `LogicalExpression`.
        case other
    }

    @usableFromInline let kind: Kind
    /// The operands of `or`, `and` and `not`, unretained (see the type's doc).
    @usableFromInline let terms: [Unmanaged<FilterNode>]
    /// The nodes `terms` refers to, held so that they live as long as this node.
    private let ownedTerms: [FilterNode]
    /// The query of `exists` and `equalsAny`, the singular query before the filter of
    /// `childEqualsAny`; an empty query otherwise.
    @usableFromInline let query: Query
    /// The literals of `equalsAny`, `currentEqualsAny`, `memberEqualsAny` and
    /// `childEqualsAny`; none otherwise.
    @usableFromInline let literals: EqualityLiterals
    /// The name of `memberEqualsAny`, and of `childEqualsAny` when `query` is `@.member`
    /// (`isMemberQuery`); empty otherwise. Its words are read in place.
    @usableFromInline let member: JSONPathString
    /// True if `query` is `@` followed by one name step, `member`.
    @usableFromInline let isMemberQuery: Bool
    /// The expression the node was built from (what `other` evaluates).
    @usableFromInline let source: LogicalExpression

    /// The node tree of `expression`.
    @usableFromInline
    init(_ expression: LogicalExpression) {
        var kind = Kind.other
        var owned: [FilterNode] = []
        var query = Query(start: .current, segments: [])
        var literals = EqualityLiterals.none
        switch expression {
        case .or(let operands):
            kind = .or
            owned = operands.map(FilterNode.init)
        case .and(let operands):
            kind = .and
            owned = operands.map(FilterNode.init)
        case .not(let operand):
            kind = .not
            owned = [FilterNode(operand)]
        case .exists(let tested):
            kind = .exists
            query = tested
            if let (prefix, values) = Self.childEquality(in: tested) {
                kind = .childEqualsAny
                query = prefix
                literals = values
            }
        case .equalsAny(let compared, let values):
            kind = .equalsAny
            query = compared
            literals = values
            if compared.start == .current, compared.segments.isEmpty {
                kind = .currentEqualsAny
            } else if Self.memberName(of: compared) != nil {
                kind = .memberEqualsAny
            }
        case .comparison, .function:
            break
        }
        // Only the direct tests read a member name (looked up once here, at parse time).
        let member = kind == .memberEqualsAny || kind == .childEqualsAny ? Self.memberName(of: query) : nil
        self.kind = kind
        self.ownedTerms = owned
        self.terms = owned.map { Unmanaged.passUnretained($0) }
        self.query = query
        self.literals = literals
        self.member = member ?? Self.noMember
        self.isMemberQuery = member != nil
        self.source = expression
    }

    /// What `member` holds for the nodes that have none: one string for all of them.
    private static let noMember = JSONPathString("")

    /// The name of `query` when it is `@` followed by one child name step (`@.area`).
    private static func memberName(of query: Query) -> JSONPathString? {
        guard query.start == .current, query.segments.count == 1, !query.segments[0].isDescendant,
            query.segments[0].kind == .name
        else { return nil }
        return query.segments[0].name
    }

    /// For a query that is a singular query followed by one child filter segment of kind
    /// `currentEqualsAny` (`@.m[?@ == 'a' || @ == 'b']`), the singular query and the literals.
    private static func childEquality(in query: Query) -> (Query, EqualityLiterals)? {
        guard let last = query.segments.last, last.kind == .filter, !last.isDescendant,
            let filter = last.filter, filter.kind == .currentEqualsAny
        else { return nil }
        let prefix = Query(start: query.start, segments: Array(query.segments.dropLast()))
        guard prefix.isSingular else { return nil }
        return (prefix, filter.literals)
    }
}
