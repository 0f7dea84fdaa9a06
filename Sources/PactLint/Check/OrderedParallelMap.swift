import Foundation

/// Transforms elements on several threads and hands the results over in input order, each as
/// soon as it and every result before it are ready.
///
/// The worker that finishes the next result in order delivers it, and every result after it
/// that is ready, before it takes another element; the calling thread only waits. Delivering
/// on the main thread instead cost two thread switches a result, and a third thread competing
/// with the workers for the cores.
///
/// At most `window` results are held between the workers and delivery: a worker that gets
/// that far ahead of the next result to deliver (a slow early file) waits instead of taking
/// another element, so memory stays bounded by the window, not by the input.
enum OrderedParallelMap {
    /// Calls `deliver` with each element's index and result, in input order, one call at a
    /// time (on the workers' threads when there are several jobs), and returns once every
    /// result is delivered. Returns the most results that were held at once (finished, not
    /// yet delivered).
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
        return withoutActuallyEscaping(deliver) { deliver in
            let queue = ReorderQueue<Result>(
                count: elements.count, window: max(window, jobs), deliver: Delivery(call: deliver))
            let group = DispatchGroup()
            for _ in 0..<min(jobs, elements.count) {
                DispatchQueue.global().async(group: group) {
                    // Workers take the next element, so one slow file does not hold up a fixed
                    // share of the others.
                    var index = queue.takeNextIndex()
                    while let taken = index {
                        index = queue.store(transform(elements[taken]), at: taken)
                    }
                }
            }
            queue.waitUntilDelivered()
            // Every worker has returned before `deliver` stops being valid.
            group.wait()
            return queue.maximumHeld
        }
    }
}

/// The delivery closure, called on the workers' threads.
///
/// `@unchecked Sendable`: `ReorderQueue` calls it from one thread at a time (the worker that
/// holds the delivery turn, taken and handed back under the queue's lock, which orders each
/// call after the previous one), and only while `forEach`'s caller waits for the last result.
private struct Delivery<Result>: @unchecked Sendable {
    let call: (Int, Result) -> Void
}

/// The results between the workers and delivery, and the index of the next element to take.
///
/// `@unchecked Sendable`: every access to the stored state holds `condition`'s lock; `deliver`
/// is called without it, by the one worker whose `delivering` turn it is.
private final class ReorderQueue<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private let deliver: Delivery<Value>
    /// Finished results by `index % window`: indices from `next` to `cursor - 1` fit, since a
    /// worker takes no index `window` or more past `next`.
    private var slots: [Value?]
    /// The next element to take.
    private var cursor = 0
    /// The next result to deliver.
    private var next = 0
    /// Whether a worker is delivering results (only one delivers at a time).
    private var delivering = false
    /// Workers waiting for the window to move.
    private var waitingWorkers = 0
    private var held = 0
    private var mostHeld = 0

    init(count: Int, window: Int, deliver: Delivery<Value>) {
        self.count = count
        self.window = window
        self.deliver = deliver
        slots = Array(repeating: nil, count: window)
    }

    /// The next element to transform, once it is within the window; `nil` when none is left.
    func takeNextIndex() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        return takeNextIndexLocked()
    }

    /// Stores the result of element `index`, delivers it and the results after it when it is
    /// the next one (and no other worker is delivering), and returns the next element to
    /// transform, as `takeNextIndex` does.
    func store(_ value: Value, at index: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        slots[index % window] = value
        held += 1
        mostHeld = max(mostHeld, held)
        if index == next, !delivering { deliverReady() }
        return takeNextIndexLocked()
    }

    /// Waits until every result is delivered.
    func waitUntilDelivered() {
        condition.lock()
        defer { condition.unlock() }
        while next < count { condition.wait() }
    }

    /// The most results held at once so far.
    var maximumHeld: Int {
        condition.lock()
        defer { condition.unlock() }
        return mostHeld
    }

    /// Called with the lock held.
    private func takeNextIndexLocked() -> Int? {
        while cursor < count, cursor >= next + window {
            waitingWorkers += 1
            condition.wait()
            waitingWorkers -= 1
        }
        guard cursor < count else { return nil }
        defer { cursor += 1 }
        return cursor
    }

    /// Delivers results in order while the next one is ready, without the lock during each
    /// delivery. Called with the lock held.
    private func deliverReady() {
        delivering = true
        while let value = slots[next % window].take() {
            held -= 1
            let index = next
            condition.unlock()
            deliver.call(index, value)
            condition.lock()
            // Only now is the slot free for the element `window` places on.
            next += 1
            if waitingWorkers > 0 || next == count { condition.broadcast() }
        }
        delivering = false
    }
}
