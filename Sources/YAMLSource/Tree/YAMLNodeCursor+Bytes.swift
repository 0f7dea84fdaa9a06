extension YAMLNodeCursor {
    /// Calls `body` with the UTF-8 bytes of the key of the pair at `index` of a mapping (`index`
    /// must be a valid index of a mapping), read in place without a `String` copy: `nil` when
    /// that key is not a scalar of this tree or its bytes are not contiguous (read
    /// `keyText(at:)` then). `YAMLNode.withKeyUTF8(at:_:)` for a cursor.
    @inlinable
    public func withKeyUTF8<Result>(at index: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        tree._withUnsafeGuaranteedRef { tree in
            let record = tree.records[Int(self.index)]
            precondition(record.kind == .mapping && index >= 0 && index < record.count, "pair index out of range")
            let entry = tree.children[Int(record.start) + 2 * index]
            guard entry >= 0 else { return nil }
            let key = tree.records[Int(entry)]
            return key.kind == .scalar ? tree.withUTF8(ofText: Int(key.start), body) : nil
        }
    }

    /// Calls `body` with the UTF-8 bytes of the string a scalar resolved to (`stringValue`),
    /// read in place without a `String` copy: `nil` when the node is not a string or its bytes
    /// are not contiguous (read `stringValue` then).
    @inlinable
    public func withStringValueUTF8<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        tree._withUnsafeGuaranteedRef { tree in
            let record = tree.records[Int(index)]
            switch record.valueKind {
            case .text: return tree.withUTF8(ofText: Int(record.start), body)
            case .otherString: return tree.withUTF8(ofText: Int(truncatingIfNeeded: record.payload), body)
            case .null, .bool, .int, .float: return nil
            }
        }
    }
}
