/// What a test of a mapping's key names reads (`keys` in the rules): every key in one pass
/// over the mapping's entries, as words where it can.
extension YAMLNodeCursor {
    /// Whether `accepts` accepts every key of a mapping, asked in the pairs' order until one is
    /// refused; `true` for a node that is not a mapping. `accepts` gets the pair's index and
    /// the key's words as `keyWords(at:)` gives them (`nil` when the key is not a scalar of
    /// this tree held as a small string: read it by its index then). The mapping's record is
    /// read once, not once a key.
    @inlinable
    public func allKeys(
        satisfy accepts: (_ index: Int, _ words: (prefix: UInt64, suffix: UInt64, count: Int)?) -> Bool
    ) -> Bool {
        tree._withUnsafeGuaranteedRef { tree in
            let record = tree.records[Int(index)]
            guard record.kind == .mapping else { return true }
            let entries = tree.children + Int(record.start)
            for pair in 0..<record.count {
                let entry = entries[2 &* pair]
                var words: (prefix: UInt64, suffix: UInt64, count: Int)?
                if entry >= 0 {
                    let key = tree.records[Int(entry)]
                    if key.kind == .scalar { words = tree.smallTextWords(ofText: Int(key.start)) }
                }
                if !accepts(pair, words) { return false }
            }
            return true
        }
    }
}
