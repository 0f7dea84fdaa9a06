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
        /// `expression`, evaluated as a `LogicalExpression`.
        case other
    }

    @usableFromInline let kind: Kind
    /// The operands of `or`, `and` and `not`, unretained (see the type's doc).
    @usableFromInline let terms: [Unmanaged<FilterNode>]
    /// The nodes `terms` refers to, held so that they live as long as this node.
    private let ownedTerms: [FilterNode]
    /// The query of `exists` and `equalsAny`; an empty query otherwise.
    @usableFromInline let query: Query
    /// The literals of `equalsAny`; none otherwise.
    @usableFromInline let literals: EqualityLiterals
    /// The expression of `other`; `nil` otherwise.
    @usableFromInline let expression: LogicalExpression?
    /// The expression the node was built from.
    let source: LogicalExpression

    /// The node tree of `expression`.
    @usableFromInline
    init(_ expression: LogicalExpression) {
        var kind = Kind.other
        var owned: [FilterNode] = []
        var query = Query(start: .current, segments: [])
        var literals = EqualityLiterals.none
        var other: LogicalExpression?
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
        case .equalsAny(let compared, let values):
            kind = .equalsAny
            query = compared
            literals = values
        case .comparison, .function:
            other = expression
        }
        self.kind = kind
        self.ownedTerms = owned
        self.terms = owned.map { Unmanaged.passUnretained($0) }
        self.query = query
        self.literals = literals
        self.expression = other
        self.source = expression
    }
}
