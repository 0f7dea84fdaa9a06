/// A stack the tree builder keeps while it loads a file: the children of every open
/// collection (innermost collection's last), from which each collection copies its children
/// into the tree when it ends, and the frames of the open collections.
///
/// A raw buffer rather than an array: pushing onto an array held by the builder checked the
/// array's uniqueness at every node, and dropping a collection's children went through the
/// generic `removeLast(_:)`. A stack belongs to one `TreeBuilder`, which uses it on one thread
/// and never shares it; hence `@exclusivity(unchecked)`: no access can overlap another.
final class BuilderStack<Element> {
    @exclusivity(unchecked) private var entries: UnsafeMutablePointer<Element>
    /// The number of entries.
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    /// An empty stack with room for `capacity` entries before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        entries = .allocate(capacity: self.capacity)
    }

    deinit {
        entries.deinitialize(count: count)
        entries.deallocate()
    }

    /// The entry at `index` (`0..<count`).
    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "index out of range")
        return entries[index]
    }

    /// Adds `entry` on top.
    @inline(__always)
    func push(_ entry: Element) {
        if count == capacity { grow() }
        (entries + count).initialize(to: entry)
        count &+= 1  // below `capacity`, an `Int`
    }

    /// Removes the top entry into `top`; there must be one.
    @inline(__always)
    func pop(into top: inout Element) {
        precondition(count > 0, "pop from an empty stack")
        count &-= 1
        top = (entries + count).move()
    }

    /// Doubles the room.
    private func grow() {
        capacity *= 2
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        grown.moveInitialize(from: entries, count: count)
        entries.deallocate()
        entries = grown
    }

    /// The entries from `start` to the top, valid until the next push.
    func top(from start: Int) -> UnsafeBufferPointer<Element> {
        precondition(start >= 0 && start <= count, "start out of range")
        return UnsafeBufferPointer(start: entries + start, count: count - start)
    }

    /// Removes the entries from `start` to the top.
    func removeAll(from start: Int) {
        precondition(start >= 0 && start <= count, "start out of range")
        (entries + start).deinitialize(count: count - start)
        count = start
    }
}
