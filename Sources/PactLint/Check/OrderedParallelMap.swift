import Foundation

/// Transforms elements on several threads and hands the results, in input order, to the
/// calling thread as soon as each is ready.
///
/// At most `window` results are held between the workers and the caller: a worker that gets
/// that far ahead of the next result to deliver (a slow early file) waits instead of taking
/// another element, so memory stays bounded by the window, not by the input.
enum OrderedParallelMap {
    /// Calls `deliver` with each element's index and result, in input order, on the calling
    /// thread. Returns the most results that were held at once (finished, not yet delivered).
    @discardableResult
    static func forEach<Element: Sendable, Result: Sendable>(
        _ elements: [Element], jobs: Int, window: Int,
        transform: @escaping @Sendable (Element) -> Result,
        deliver: (Int, Result) -> Void
    ) -> Int {
        guard jobs > 1, elements.count > 1 else {
            for (index, element) in elements.enumerated() { deliver(index, transform(element)) }
            return elements.isEmpty ? 0 : 1
        }
        let queue = ReorderQueue<Result>(count: elements.count, window: max(window, jobs))
        let group = DispatchGroup()
        for _ in 0..<min(jobs, elements.count) {
            DispatchQueue.global().async(group: group) {
                // Workers take the next element, so one slow file does not hold up a fixed
                // share of the others.
                while let index = queue.takeNextIndex() {
                    queue.store(transform(elements[index]), at: index)
                }
            }
        }
        for index in elements.indices {
            deliver(index, queue.take(index))
        }
        group.wait()
        return queue.maximumHeld
    }
}

/// The results between the workers and the caller, and the index of the next element to take.
///
/// `@unchecked Sendable`: every access to the stored state holds `condition`'s lock.
private final class ReorderQueue<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var held: [Int: Value] = [:]
    /// The next element to take.
    private var cursor = 0
    /// The next result to deliver.
    private var delivered = 0
    private var mostHeld = 0

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next element to transform, once it is within the window; `nil` when none is left.
    func takeNextIndex() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while cursor < count, cursor >= delivered + window { condition.wait() }
        guard cursor < count else { return nil }
        defer { cursor += 1 }
        return cursor
    }

    /// The most results held at once so far.
    var maximumHeld: Int {
        condition.lock()
        defer { condition.unlock() }
        return mostHeld
    }

    func store(_ value: Value, at index: Int) {
        condition.lock()
        held[index] = value
        mostHeld = max(mostHeld, held.count)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the result of `index` and hands it over, freeing its place in the window.
    func take(_ index: Int) -> Value {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let value = held.removeValue(forKey: index) {
                delivered = index + 1
                condition.broadcast()
                return value
            }
            condition.wait()
        }
    }
}
