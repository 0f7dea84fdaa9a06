/// The normalized paths of the nodes an evaluation visits, stored as a tree of parent links.
///
/// Each visited node adds one entry pointing at its parent's entry, so a path costs one step
/// when it is extended, and is only spelt out (walking up the links) for the nodes a query
/// finally returns: no path is copied while the query runs.
@usableFromInline
struct PathArena {
    /// The entry of the node a query starts from.
    @usableFromInline static let start = -1

    @usableFromInline var parents: [Int] = []
    @usableFromInline var elements: [NormalizedPath.Element] = []

    /// Room for a few dozen entries from the start: a selection records every node it
    /// reaches, and growing from empty reallocates both lists at each doubling.
    @inlinable
    init() {
        parents.reserveCapacity(32)
        elements.reserveCapacity(32)
    }

    /// Records `element` as a step below the entry `parent`; returns the new entry.
    @inlinable
    mutating func add(_ element: NormalizedPath.Element, below parent: Int) -> Int {
        parents.append(parent)
        elements.append(element)
        return parents.count - 1
    }

    /// The path of an entry, prefixed by the path of the starting node; one allocation.
    @inlinable
    func path(of entry: Int, from base: NormalizedPath) -> NormalizedPath {
        var depth = 0
        var step = entry
        while step != Self.start {
            depth += 1
            step = parents[step]
        }
        var result = base.elements
        result.reserveCapacity(result.count + depth)
        result.append(contentsOf: repeatElement(.index(0), count: depth))
        var slot = result.count - 1
        step = entry
        while step != Self.start {
            result[slot] = elements[step]
            slot -= 1
            step = parents[step]
        }
        return NormalizedPath(result)
    }
}
