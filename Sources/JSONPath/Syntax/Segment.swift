/// A child (`[...]`, `.name`) or descendant (`..[...]`, `..name`) segment.
///
/// A segment of one name, wildcard, index or filter selector (nearly all of them) also keeps
/// that selector's kind and payload in fields of their own: the evaluator reads them in place
/// at every node, where taking a `Selector` out of `selectors` would copy the enum (an outlined
/// copy and destroy of every payload case) each time.
@usableFromInline
struct Segment: Sendable {
    /// What the single selector of a segment is; `names` for several name selectors
    /// (`['activities','beneficiaries']`); `general` for other unions or a slice.
    @usableFromInline
    enum Kind: Sendable {
        case name
        case wildcard
        case index
        case filter
        case names
        case general
        /// A filter that only excludes some values of the member the next segment names
        /// (`[?@.pillar != null].pillar`): the evaluator looks the member up once, for both
        /// segments. Set by `Query`, which sees both.
        case filteredMember
    }

    @usableFromInline let isDescendant: Bool
    @usableFromInline let selectors: [Selector]
    @usableFromInline var kind: Kind
    /// The name of a `name` segment; empty otherwise.
    @usableFromInline let name: JSONPathString
    /// The index of an `index` segment; 0 otherwise.
    @usableFromInline let index: Int
    /// The expression of a `filter` segment as the evaluator walks it; `nil` otherwise.
    let filter: FilterNode?
    /// `filter`, unretained: read at every node a filter segment is applied to without a
    /// retain and a release. Valid while this segment is alive, since it holds `filter` —
    /// for the whole of any evaluation of its query.
    @usableFromInline let filterReference: Unmanaged<FilterNode>?
    /// The names of a `names` segment, in order; empty otherwise. Read in place, where taking
    /// each `Selector` out of `selectors` would copy the enum.
    @usableFromInline let names: [JSONPathString]

    init(isDescendant: Bool, selectors: [Selector]) {
        self.isDescendant = isDescendant
        self.selectors = selectors
        var kind = Kind.general
        var name = JSONPathString("")
        var index = 0
        var filter: FilterNode?
        if selectors.count == 1 {
            switch selectors[0] {
            case .name(let value):
                kind = .name
                name = value
            case .wildcard:
                kind = .wildcard
            case .index(let value):
                kind = .index
                index = value
            case .filter(let node):
                kind = .filter
                filter = node
            case .slice:
                break
            }
        }
        var names: [JSONPathString] = []
        if selectors.count > 1 {
            for selector in selectors {
                guard case .name(let value) = selector else {
                    names = []
                    break
                }
                names.append(value)
            }
            if !names.isEmpty { kind = .names }
        }
        self.names = names
        self.kind = kind
        self.name = name
        self.index = index
        self.filter = filter
        self.filterReference = filter.map { Unmanaged.passUnretained($0) }
    }
}

extension Segment {
    /// True if this is a filter `[?@.m != l]` (`!(@.m == l || …)`, `l` any literals) and
    /// `next` the child segment `.m`: together they select the member `m` of each child whose
    /// `m` is there and not one of the literals (a child without `m` passes the filter, but
    /// has no `m` to select).
    func excludesValues(ofMemberNamedBy next: Segment) -> Bool {
        guard kind == .filter, !isDescendant, next.kind == .name, !next.isDescendant, let filter, filter.kind == .not
        else { return false }
        return filter.terms[0]._withUnsafeGuaranteedRef { test in
            guard test.kind == .memberEqualsAny else { return false }
            return test.member.text.hasSameScalars(as: next.name.text)
        }
    }
}
