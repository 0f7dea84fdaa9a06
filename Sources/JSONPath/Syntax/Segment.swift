/// A child (`[...]`, `.name`) or descendant (`..[...]`, `..name`) segment.
@usableFromInline
struct Segment: Sendable {
    @usableFromInline var isDescendant: Bool
    @usableFromInline var selectors: [Selector]
}
