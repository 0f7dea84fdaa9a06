/// A child (`[...]`, `.name`) or descendant (`..[...]`, `..name`) segment.
///
/// A segment of one name, wildcard, index or filter selector (nearly all of them) also keeps
/// that selector's kind and payload in fields of their own: the evaluator reads them in place
/// at every node, where taking a `Selector` out of `selectors` would copy the enum (an outlined
/// copy and destroy of every payload case) each time.
@usableFromInline
struct Segment: Sendable {
    /// What the single selector of a segment is; `general` for several selectors or a slice.
    @usableFromInline
    enum Kind: Sendable {
        case name
        case wildcard
        case index
        case filter
        case general
    }

    @usableFromInline let isDescendant: Bool
    @usableFromInline let selectors: [Selector]
    @usableFromInline let kind: Kind
    /// The name of a `name` segment; empty otherwise.
    @usableFromInline let name: JSONPathString
    /// The index of an `index` segment; 0 otherwise.
    @usableFromInline let index: Int
    /// The expression of a `filter` segment; `nil` otherwise.
    @usableFromInline let filter: LogicalExpression?

    init(isDescendant: Bool, selectors: [Selector]) {
        self.isDescendant = isDescendant
        self.selectors = selectors
        var kind = Kind.general
        var name = JSONPathString("")
        var index = 0
        var filter: LogicalExpression?
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
            case .filter(let expression):
                kind = .filter
                filter = expression
            case .slice:
                break
            }
        }
        self.kind = kind
        self.name = name
        self.index = index
        self.filter = filter
    }
}
