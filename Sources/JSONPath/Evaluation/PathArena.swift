/// The normalized paths of the nodes an evaluation visits, stored as a tree of parent links.
///
/// Each visited node adds one entry pointing at its parent's entry, so a path costs one step
/// when it is extended, and is only spelt out (walking up the links) for the nodes a query
/// finally returns: no path is copied while the query runs.
@usableFromInline
struct PathArena {
    /// The entry of the node a query starts from.
    @usableFromInline static let start = -1

    /// One step of a path: the entry of the node above, and the step from it.
    @usableFromInline
    struct Entry {
        @usableFromInline let parent: Int
        @usableFromInline let element: NormalizedPath.Element

        @inlinable
        init(parent: Int, element: NormalizedPath.Element) {
            self.parent = parent
            self.element = element
        }
    }

    /// The entries, in one list: one allocation for an evaluation, one uniqueness check an
    /// entry (two lists, of parents and of elements, cost twice both).
    @usableFromInline var entries: [Entry] = []

    /// Room for a few dozen entries from the start: a selection records every node it
    /// reaches, and growing from empty reallocates the list at each doubling.
    @inlinable
    init() {
        entries.reserveCapacity(32)
    }

    /// Records `element` as a step below the entry `parent`; returns the new entry.
    @inlinable
    mutating func add(_ element: NormalizedPath.Element, below parent: Int) -> Int {
        entries.append(Entry(parent: parent, element: element))
        return entries.count - 1
    }

    /// The path of an entry, prefixed by the path of the starting node; one allocation.
    @inlinable
    func path(of entry: Int, from base: NormalizedPath) -> NormalizedPath {
        var depth = 0
        var step = entry
        while step != Self.start {
            depth += 1
            step = entries[step].parent
        }
        var result = base.elements
        result.reserveCapacity(result.count + depth)
        result.append(contentsOf: repeatElement(.index(0), count: depth))
        var slot = result.count - 1
        step = entry
        while step != Self.start {
            result[slot] = entries[step].element
            slot -= 1
            step = entries[step].parent
        }
        return NormalizedPath(result)
    }
}
