import Foundation

/// Maps over a collection on several threads, keeping the results in input order.
enum ParallelMap {
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], jobs: Int, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard jobs > 1, elements.count > 1 else { return elements.map(transform) }
        let slots = ResultSlots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: min(jobs, elements.count)) { _ in
            // Workers take the next unchecked element, so one slow file does not hold up a
            // fixed share of the others.
            while let index = slots.takeNextIndex() {
                slots.store(transform(elements[index]), at: index)
            }
        }
        return slots.values()
    }
}

/// Result slots filled from several threads, and the index of the next element to take.
///
/// `@unchecked Sendable`: every access to `storage` and `cursor` holds `lock`.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value?]
    private var cursor = 0

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        lock.withLock { storage[index] = value }
    }

    func takeNextIndex() -> Int? {
        lock.withLock {
            guard cursor < storage.count else { return nil }
            defer { cursor += 1 }
            return cursor
        }
    }

    func values() -> [Value] {
        lock.withLock { storage.compactMap { $0 } }
    }
}
