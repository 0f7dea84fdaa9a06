/// The children of every open collection while a document is built, innermost collection's
/// last, as indices into the tree: one growing buffer for the whole load, from which each
/// collection copies its children into the tree when it ends.
///
/// A raw buffer rather than an array: pushing onto an array held by the builder checked the
/// array's uniqueness at every node, and dropping a collection's children went through the
/// generic `removeLast(_:)`. The buffer belongs to one `TreeBuilder`, which uses it on one
/// thread and never shares it; hence `@exclusivity(unchecked)`: no access can overlap another.
final class NodeIndexStack {
    @exclusivity(unchecked) private var entries: UnsafeMutablePointer<Int32>
    /// The number of entries.
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    /// An empty stack with room for `capacity` entries before it grows.
    init(capacity: Int = 256) {
        self.capacity = max(capacity, 1)
        entries = .allocate(capacity: self.capacity)
    }

    deinit {
        entries.deallocate()
    }

    /// The entry at `index` (`0..<count`).
    subscript(index: Int) -> Int32 {
        precondition(index >= 0 && index < count, "index out of range")
        return entries[index]
    }

    /// Adds `entry` on top.
    @inline(__always)
    func push(_ entry: Int32) {
        if count == capacity { grow() }
        entries[count] = entry
        count += 1
    }

    /// Doubles the room.
    private func grow() {
        capacity *= 2
        let grown = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        grown.moveInitialize(from: entries, count: count)
        entries.deallocate()
        entries = grown
    }

    /// The entries from `start` to the top, valid until the next push.
    func top(from start: Int) -> UnsafeBufferPointer<Int32> {
        precondition(start >= 0 && start <= count, "start out of range")
        return UnsafeBufferPointer(start: entries + start, count: count - start)
    }

    /// Removes the entries from `start` to the top.
    func removeAll(from start: Int) {
        precondition(start >= 0 && start <= count, "start out of range")
        count = start
    }
}
