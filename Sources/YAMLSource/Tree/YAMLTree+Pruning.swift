extension YAMLNode {
    /// A copy of the node and of what `pruning` keeps below it, in a small tree of its own (as
    /// `detachedCopy()`): what `YAMLNode(content:span:tag:)` would build of the kept pairs,
    /// mapping by mapping, copied at once into one tree without building those mappings.
    public func detachedCopy(keeping pruning: YAMLPruning) -> YAMLNode {
        let size = YAMLTree.size(ofCopy: self, keeping: pruning)
        let tree = YAMLTree(records: size.records, childEntries: size.childEntries, texts: size.texts)
        return YAMLNode(tree: tree, index: tree.appendCopy(of: self, keeping: pruning))
    }
}

extension YAMLTree {
    /// Copies `node` and what `pruning` keeps below it into this tree; returns the copy's index.
    func appendCopy(of node: YAMLNode, keeping pruning: YAMLPruning) -> Int32 {
        let tree = node.tree
        guard pruning.members != nil, tree.records[Int(node.index)].kind == .mapping else {
            return appendRecordCopy(of: node)
        }
        let index = startCollection(.mapping)
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * node.childCount) { copied in
            var count = 0
            Self.forEachKeptPair(of: node, pruning) { key, value, below in
                copied[count] = appendRecordCopy(of: key)
                copied[count + 1] = appendCopy(of: value, keeping: below)
                count += 2
            }
            finishCollection(
                index, children: UnsafeBufferPointer(rebasing: copied[..<count]), span: tree.span(of: node.index),
                tag: tree.tag(of: node.index))
            return index
        }
    }

    /// `appendCopy(of:)`, copying records as they are where that gives the same node: a node
    /// whose span is in its record and has no tag, and, of a scalar, whose value is its text or
    /// is held in the record (a print, a number, a boolean, null) — every node the loader makes
    /// but the rare tagged one. Others go through `appendCopy(of:)`.
    private func appendRecordCopy(of node: YAMLNode) -> Int32 {
        let tree = node.tree
        let record = tree.records[Int(node.index)]
        guard !record.hasExtension, record.valueKind != .otherString else { return appendCopy(of: node) }
        guard record.kind != .scalar else {
            var copy = record
            copy.start = append(text: tree.texts[Int(record.start)])
            return append(copy)
        }
        let index = startCollection(record.kind)
        let entries = tree.childEntries(of: node.index)
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: entries.count) { copied in
            for (position, entry) in entries.enumerated() {
                copied[position] = appendRecordCopy(of: tree.node(atChild: entry))
            }
            finishCollection(index, children: UnsafeBufferPointer(copied), span: record.span.span, tag: nil)
            return index
        }
    }

    /// The room a copy of `node` pruned by `pruning` takes: records, child entries, texts.
    static func size(
        ofCopy node: YAMLNode, keeping pruning: YAMLPruning
    ) -> (records: Int, childEntries: Int, texts: Int) {
        guard pruning.members != nil, node.kind == .mapping else { return size(ofCopy: node) }
        var size = (records: 1, childEntries: 0, texts: 0)
        forEachKeptPair(of: node, pruning) { key, value, below in
            let keySize = Self.size(ofCopy: key)
            let valueSize = Self.size(ofCopy: value, keeping: below)
            size.records += keySize.records + valueSize.records
            size.childEntries += keySize.childEntries + valueSize.childEntries + 2
            size.texts += keySize.texts + valueSize.texts
        }
        return size
    }

    /// Calls `body` with the key, the value and what is kept below of each pair of the mapping
    /// `node` that `pruning` keeps, in order. A key's print, kept beside its entry, settles most
    /// keys; a key with a member's print is confirmed on its text.
    private static func forEachKeptPair(
        of node: YAMLNode, _ pruning: YAMLPruning, _ body: (YAMLNode, YAMLNode, YAMLPruning) -> Void
    ) {
        let tree = node.tree
        let start = Int(tree.records[Int(node.index)].start)
        for pair in 0..<node.childCount {
            let print = tree.entryPrints[start + pair]
            guard let below = pruning.below(keyPrint: print, keyText: { node.keyText(at: pair) }) else { continue }
            body(
                tree.node(atChild: tree.children[start + 2 * pair]),
                tree.node(atChild: tree.children[start + 2 * pair + 1]), below)
        }
    }
}
