extension Array where Element: AnyObject {
    /// Whether `predicate` holds for some element, each lent to it without a retain.
    ///
    /// Reading a reference out of an array retains it for the time it is used (the compiler
    /// cannot prove the array unchanged meanwhile), a retain and a release per element, atomic
    /// on objects shared by every worker (a rule's queries). Here the elements are read as
    /// unmanaged references: the array, borrowed for the whole call and not mutated by it,
    /// holds every element alive, and `predicate` only borrows the one it is given.
    @inline(__always)
    func containsUnretained(where predicate: (Element) -> Bool) -> Bool {
        withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            for index in buffer.indices {
                let element = raw.load(
                    fromByteOffset: index &* MemoryLayout<Element>.stride, as: Unmanaged<Element>.self)
                if element._withUnsafeGuaranteedRef(predicate) { return true }
            }
            return false
        }
    }

    /// Calls `body` with each element in order, lent without a retain (see
    /// `containsUnretained(where:)`, whose invariant holds here too).
    @inline(__always)
    func forEachUnretained(_ body: (Element) -> Void) {
        _ = containsUnretained { element in
            body(element)
            return false
        }
    }
}
