/// The literals a singular query is compared with by `==` in `q == l1 || q == l2 || …`
/// (`@.area == 'protection' || @.area == 'energy'`), strings apart from the others: a tree
/// can compare a scalar's bytes with every string at once (`jsonPathIsString(anyOf:)`),
/// without making the scalar's value.
@usableFromInline
struct EqualityLiterals: Sendable {
    /// The string literals, with their bytes read once.
    @usableFromInline let strings: [JSONPathString]
    /// The other literals: numbers, booleans, null.
    @usableFromInline let others: [JSONPathNodeKind]

    /// The literal `literal` alone.
    init(_ literal: JSONPathNodeKind) {
        if case .string(let text) = literal {
            (strings, others) = ([JSONPathString(text)], [])
        } else {
            (strings, others) = ([], [literal])
        }
    }

    /// No literals.
    static let none = Self(strings: [], others: [])

    private init(strings: [JSONPathString], others: [JSONPathNodeKind]) {
        self.strings = strings
        self.others = others
    }

    /// How many literals there are.
    var count: Int { strings.count + others.count }

    /// The literals of both.
    static func + (lhs: Self, rhs: Self) -> Self {
        Self(strings: lhs.strings + rhs.strings, others: lhs.others + rhs.others)
    }
}
