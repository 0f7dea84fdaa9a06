/// The values a singular query is tested against in `q == l1 || q == l2 || …`
/// (`@.area == 'protection' || @.area == 'energy'`): literals, strings apart from the others,
/// and perhaps Nothing (`!q || q == null`). A tree can compare a scalar's bytes with every
/// string at once (`jsonPathIsString(anyOf:)`), without making the scalar's value.
@usableFromInline
struct EqualityLiterals: Sendable {
    /// The string literals, with their bytes read once; no two the same.
    @usableFromInline let strings: [JSONPathString]
    /// The other literals: numbers, booleans, null; no two equal.
    @usableFromInline let others: [JSONPathNodeKind]
    /// True if the query's Nothing (it selects no node) is among the values: `!q`.
    @usableFromInline let includesNothing: Bool

    /// The literal `literal` alone.
    init(_ literal: JSONPathNodeKind) {
        if case .string(let text) = literal {
            (strings, others) = ([JSONPathString(text)], [])
        } else {
            (strings, others) = ([], [literal])
        }
        includesNothing = false
    }

    /// No literals.
    static let none = Self(strings: [], others: [], includesNothing: false)

    /// Nothing alone: what `!q` tests a singular query for.
    static let nothing = Self(strings: [], others: [], includesNothing: true)

    private init(strings: [JSONPathString], others: [JSONPathNodeKind], includesNothing: Bool) {
        self.strings = strings
        self.others = others
        self.includesNothing = includesNothing
    }

    /// How many values there are, Nothing included.
    var count: Int { strings.count + others.count + (includesNothing ? 1 : 0) }

    /// The values of both, each once: a string literal written twice is compared once.
    static func + (lhs: Self, rhs: Self) -> Self {
        var strings = lhs.strings
        for string in rhs.strings where !strings.contains(where: { $0.text.hasSameScalars(as: string.text) }) {
            strings.append(string)
        }
        var others = lhs.others
        for other in rhs.others where !others.contains(where: { Comparison.scalarsEqual($0, other) }) {
            others.append(other)
        }
        return Self(strings: strings, others: others, includesNothing: lhs.includesNothing || rhs.includesNothing)
    }
}
