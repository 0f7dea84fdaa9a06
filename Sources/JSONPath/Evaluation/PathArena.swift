/// The normalized paths of the nodes an evaluation visits, stored as a tree of parent links.
///
/// Each visited node adds one entry pointing at its parent's entry, so a path costs one step
/// when it is extended, and is only spelt out (walking up the links) for the nodes a query
/// finally returns: no path is copied while the query runs.
struct PathArena {
    /// The entry of the node a query starts from.
    static let start = -1

    private var parents: [Int] = []
    private var elements: [NormalizedPath.Element] = []

    /// Records `element` as a step below the entry `parent`; returns the new entry.
    mutating func add(_ element: NormalizedPath.Element, below parent: Int) -> Int {
        parents.append(parent)
        elements.append(element)
        return parents.count - 1
    }

    /// The path of an entry, prefixed by the path of the starting node.
    func path(of entry: Int, from base: NormalizedPath) -> NormalizedPath {
        var reversed: [NormalizedPath.Element] = []
        var entry = entry
        while entry != Self.start {
            reversed.append(elements[entry])
            entry = parents[entry]
        }
        return NormalizedPath(base.elements + reversed.reversed())
    }
}
