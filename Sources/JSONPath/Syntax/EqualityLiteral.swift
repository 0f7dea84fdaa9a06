/// A literal a singular query is compared with by `==` (`@.area == 'protection'`): its value,
/// and for a string its bytes read once, so that a tree can compare a scalar's bytes with it
/// without making the scalar's value.
@usableFromInline
struct EqualityLiteral: Sendable {
    @usableFromInline let kind: JSONPathNodeKind
    /// The string of a string literal; `nil` for other literals.
    @usableFromInline let string: JSONPathString?

    init(_ kind: JSONPathNodeKind) {
        self.kind = kind
        if case .string(let text) = kind { string = JSONPathString(text) } else { string = nil }
    }
}
