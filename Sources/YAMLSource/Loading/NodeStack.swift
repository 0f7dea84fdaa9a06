/// The children of the collections being built, innermost last, in one buffer.
///
/// A collection's children are moved, not copied, into its array when it ends: a Swift
/// array would copy each node out and destroy the original, a retain and a release per
/// node and per string for nothing. All unsafe memory handling of the loader is in here.
final class NodeStack {
    private var storage: UnsafeMutablePointer<YAMLNode>
    private var capacity: Int
    /// The number of initialized nodes, all at the start of `storage`.
    private(set) var count = 0

    init() {
        capacity = 64
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// The node at `index`, borrowed in place.
    subscript(index: Int) -> YAMLNode {
        unsafeAddress {
            precondition(index >= 0 && index < count, "NodeStack index out of range")
            return UnsafePointer(storage + index)
        }
    }

    func push(_ node: consuming YAMLNode) {
        if count == capacity {
            let grown = UnsafeMutablePointer<YAMLNode>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = grown
            capacity *= 2
        }
        (storage + count).initialize(to: node)
        count += 1
    }

    /// Moves the nodes from `base` on into a sequence's items.
    func popItems(from base: Int) -> [YAMLNode] {
        let items = count - base
        guard items > 0 else { return [] }
        // `reserveCapacity` and `append` are specialized here; `init(unsafeUninitializedCapacity:)`
        // runs the standard library's generic code, which looks the array's class up by
        // hashing its generic arguments (about 350 instructions) on every call.
        var result: [YAMLNode] = []
        result.reserveCapacity(items)
        for i in base..<count { result.append((storage + i).move()) }
        count = base
        return result
    }

    /// Moves the nodes from `base` on, keys and values alternately, into a mapping's pairs.
    func popPairs(from base: Int) -> [YAMLPair] {
        let pairs = (count - base) / 2
        guard pairs > 0 else {
            storage.advanced(by: base).deinitialize(count: count - base)
            count = base
            return []
        }
        var result: [YAMLPair] = []
        result.reserveCapacity(pairs)
        for i in 0..<pairs {
            let key = (storage + base + 2 * i).move()
            let value = (storage + base + 2 * i + 1).move()
            result.append(YAMLPair(key: key, value: value))
        }
        // libyaml always pairs keys with values; an odd node out cannot happen, but is
        // released rather than leaked if it does.
        let rest = count - base - 2 * pairs
        if rest > 0 { (storage + base + 2 * pairs).deinitialize(count: rest) }
        count = base
        return result
    }
}
