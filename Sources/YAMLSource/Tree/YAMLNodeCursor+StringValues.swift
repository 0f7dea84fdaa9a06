/// Reading the string values below a node without making a `String`, a cursor or a path for
/// each: what a search for words in a document's values (a `terms` condition) screens first.
extension YAMLNodeCursor {
    /// Visits every scalar at or below the node that resolved to a string (`stringValue`) and
    /// is not a key — the node itself, a sequence's items, a mapping's values, and so on down —
    /// in document order; an alias's node at each place it appears. `screen` is given each
    /// string's UTF-8 bytes, read in place (valid for the call only); `body` is called, with
    /// the scalar and the child positions that lead to it from the node (a sequence item's
    /// index, a mapping pair's index), for each string that `screen` accepts.
    ///
    /// - Important: as for every cursor, the node must stay alive meanwhile (see the type).
    public func forEachStringValue(
        where screen: (UnsafeRawBufferPointer) -> Bool,
        _ body: (_ scalar: YAMLNodeCursor, _ steps: [Int]) -> Void
    ) {
        // The tree is alive (see the type's doc), and so are the trees it refers to.
        tree._withUnsafeGuaranteedRef { tree in
            let record = tree.records[Int(index)]
            if record.kind == .scalar {
                Self.visitScalar(record, at: index, of: tree, below: nil, screen: screen, body)
            } else {
                Self.visitChildren(of: record, in: tree, below: nil, screen: screen, body)
            }
        }
    }

    /// A collection on the way down from the node a walk started at, and the position in it
    /// being visited. Each is a local of its collection's call, linked to the one above: the
    /// chain is the path to the scalar being visited, kept without an array to grow, write
    /// and check for uniqueness at every node, and read only for the scalars kept.
    private struct Step {
        var position: Int
        let parent: UnsafePointer<Step>?

        /// The positions from the top of the chain down to this step.
        func positions() -> [Int] {
            var positions = [position]
            var step = parent
            while let above = step {
                positions.append(above.pointee.position)
                step = above.pointee.parent
            }
            return positions.reversed()
        }
    }

    /// Visits the items of the sequence, or the values of the mapping, whose record is
    /// `record`, and everything below them; `parent` is the step that reached it (`nil` at the
    /// top). Scalars are visited in the loop: only a collection costs a call.
    private static func visitChildren(
        of record: NodeRecord, in tree: YAMLTree, below parent: UnsafePointer<Step>?,
        screen: (UnsafeRawBufferPointer) -> Bool, _ body: (YAMLNodeCursor, [Int]) -> Void
    ) {
        // A mapping's entries are key, value, key, value…: its values are every second one.
        let isMapping = record.kind == .mapping
        let entries = tree.children + Int(record.start) + (isMapping ? 1 : 0)
        let stride = isMapping ? 2 : 1
        var step = Step(position: 0, parent: parent)
        // The step's address is valid for the closure, which the calls below do not outlive.
        withUnsafeMutablePointer(to: &step) { step in
            for position in 0..<record.count {
                step.pointee.position = position
                let entry = entries[position &* stride]
                guard entry >= 0 else {
                    // A node of another tree (only hand-built collections hold one), alive as
                    // long as this tree is.
                    let node = tree.foreign[Int(-1 - entry)]
                    let child = node.tree.records[Int(node.index)]
                    if child.kind == .scalar {
                        visitScalar(child, at: node.index, of: node.tree, below: step, screen: screen, body)
                    } else {
                        visitChildren(of: child, in: node.tree, below: step, screen: screen, body)
                    }
                    continue
                }
                let child = tree.records[Int(entry)]
                if child.kind == .scalar {
                    visitScalar(child, at: entry, of: tree, below: step, screen: screen, body)
                } else {
                    visitChildren(of: child, in: tree, below: step, screen: screen, body)
                }
            }
        }
    }

    /// Screens the scalar whose record is `record` if its value is a string; `step` is the
    /// step that reached it (`nil` when the walk started at it).
    @inline(__always)
    private static func visitScalar(
        _ record: NodeRecord, at index: Int32, of tree: YAMLTree, below step: UnsafePointer<Step>?,
        screen: (UnsafeRawBufferPointer) -> Bool, _ body: (YAMLNodeCursor, [Int]) -> Void
    ) {
        let textIndex: Int
        switch record.valueKind {
        case .text: textIndex = Int(record.start)
        case .otherString: textIndex = Int(truncatingIfNeeded: record.payload)
        case .null, .bool, .int, .float: return
        }
        if tree.withUTF8(ofStoredText: textIndex, screen) {
            body(YAMLNodeCursor(tree: tree, index: index), step?.pointee.positions() ?? [])
        }
    }
}
