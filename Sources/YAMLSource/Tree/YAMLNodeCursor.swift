/// A node read in place, without owning its tree: what a walk over a tree passes from node
/// to node, making a `YAMLNode` (one retain of its tree) only for the nodes it keeps.
///
/// It reads the same fields as `YAMLNode`'s accessors of the same names.
///
/// - Important: a cursor does not keep its tree alive. Make one only from a node that stays
///   alive while the cursor and every cursor reached from it are used: the nodes below a
///   node, and the nodes of other trees its tree refers to (`YAMLTree.foreign`), live as long
///   as its tree does. JSONPath's evaluator keeps the nodes it is given alive while it runs.
public struct YAMLNodeCursor {
    // Unretained, so that going from node to node retains and releases nothing; valid while
    // a node of the tree is alive (see the type's doc).
    @usableFromInline let tree: Unmanaged<YAMLTree>
    @usableFromInline let index: Int32

    /// A cursor on `node`, valid while `node` is alive.
    @inlinable
    public init(_ node: YAMLNode) {
        self.init(tree: node.tree, index: node.index)
    }

    @inlinable
    init(tree: YAMLTree, index: Int32) {
        self.init(tree: Unmanaged.passUnretained(tree), index: index)
    }

    @inlinable
    init(tree: Unmanaged<YAMLTree>, index: Int32) {
        self.tree = tree
        self.index = index
    }

    /// The node, as a `YAMLNode` that keeps its tree alive.
    @inlinable public var node: YAMLNode { YAMLNode(tree: tree.takeUnretainedValue(), index: index) }

    /// Calls `body` with the node, lent for the call without a retain of its tree: `body`
    /// retains the node itself if it keeps it.
    @inlinable
    public func withNode<Result>(_ body: (YAMLNode) throws -> Result) rethrows -> Result {
        // The tree is alive (see the type's doc); the node made from the guaranteed reference
        // is itself only borrowed for the call.
        try tree._withUnsafeGuaranteedRef { try body(YAMLNode(tree: $0, index: index)) }
    }

    /// The node's record in its tree.
    @inlinable var record: NodeRecord {
        tree._withUnsafeGuaranteedRef { $0.records[Int(index)] }
    }

    /// The cursor of a `children` entry of the cursor's tree.
    @inlinable
    func cursor(atChild entry: Int32) -> YAMLNodeCursor {
        if entry >= 0 { return YAMLNodeCursor(tree: tree, index: entry) }
        return tree._withUnsafeGuaranteedRef { tree in
            let foreign = tree.foreign[Int(-1 - entry)]
            return YAMLNodeCursor(tree: foreign.tree, index: foreign.index)
        }
    }

    /// Whether the node is a scalar, a sequence or a mapping.
    @inlinable public var kind: YAMLNode.Kind { record.kind }

    /// The number of a sequence's items or of a mapping's pairs; 0 for a scalar.
    @inlinable public var childCount: Int {
        let record = record
        return record.kind == .scalar ? 0 : record.count
    }

    /// The item at `index` of a sequence, which must be a valid index of a sequence.
    @inlinable
    public func item(at index: Int) -> YAMLNodeCursor {
        let record = record
        precondition(record.kind == .sequence && index >= 0 && index < record.count, "item index out of range")
        return cursor(atChild: tree._withUnsafeGuaranteedRef { $0.children[Int(record.start) + index] })
    }

    /// The value of the pair at `index` of a mapping, which must be a valid index of a mapping.
    @inlinable
    public func value(at index: Int) -> YAMLNodeCursor {
        let record = record
        precondition(record.kind == .mapping && index >= 0 && index < record.count, "pair index out of range")
        return cursor(atChild: tree._withUnsafeGuaranteedRef { $0.children[Int(record.start) + 2 * index + 1] })
    }

    /// The text of the key of the pair at `index` of a mapping if that key is a scalar.
    @inlinable
    public func keyText(at index: Int) -> String? {
        let record = record
        precondition(record.kind == .mapping && index >= 0 && index < record.count, "pair index out of range")
        let key = cursor(atChild: tree._withUnsafeGuaranteedRef { $0.children[Int(record.start) + 2 * index] })
        return key.scalarText
    }

    /// The key of the pair at `index` of a mapping as the words of a short text (its first
    /// eight UTF-8 bytes and the next seven, zero past its length, and its length) when it is
    /// a scalar of this tree held as a small string, as most keys are; `nil` otherwise (then
    /// read `keyText(at:)`). No copy of the key's text is made.
    @inlinable
    public func keyWords(at index: Int) -> (prefix: UInt64, suffix: UInt64, count: Int)? {
        let record = record
        precondition(record.kind == .mapping && index >= 0 && index < record.count, "pair index out of range")
        return tree._withUnsafeGuaranteedRef { tree in
            let entry = tree.children[Int(record.start) + 2 * index]
            guard entry >= 0 else { return nil }
            let key = tree.records[Int(entry)]
            return key.kind == .scalar ? tree.smallTextWords(ofText: Int(key.start)) : nil
        }
    }

    /// The string a scalar resolved to (`stringValue`) as the words of a short text, as
    /// `keyWords(at:)` gives them, when the tree holds it as a small string; `nil` otherwise
    /// (then read `stringValue`).
    @inlinable public var stringWords: (prefix: UInt64, suffix: UInt64, count: Int)? {
        tree._withUnsafeGuaranteedRef { tree in
            let record = tree.records[Int(index)]
            switch record.valueKind {
            case .text: return tree.smallTextWords(ofText: Int(record.start))
            case .otherString: return tree.smallTextWords(ofText: Int(truncatingIfNeeded: record.payload))
            case .null, .bool, .int, .float: return nil
            }
        }
    }

    /// A scalar's text; `nil` for collections.
    @inlinable public var scalarText: String? {
        let record = record
        return record.kind == .scalar ? tree._withUnsafeGuaranteedRef { $0.texts[Int(record.start)] } : nil
    }

    /// The string of a scalar that resolved to a string (`YAMLNode.stringValue`).
    @inlinable public var stringValue: String? {
        tree._withUnsafeGuaranteedRef { tree in
            let record = tree.records[Int(index)]
            switch record.valueKind {
            case .text: return tree.texts[Int(record.start)]
            case .otherString: return tree.texts[Int(truncatingIfNeeded: record.payload)]
            case .null, .bool, .int, .float: return nil
            }
        }
    }

    /// The resolved value of a scalar; `nil` for collections.
    @inlinable public var scalarValue: YAMLValue? {
        kind == .scalar ? tree._withUnsafeGuaranteedRef { $0.value(of: index) } : nil
    }

    /// Whether the node is a scalar whose value is the string of one of `candidates`, byte for
    /// byte (no Unicode normalization). The node's record is read once; a loaded string's print
    /// is compared with each candidate's first bytes and length, and only a candidate that
    /// matches them has its text read.
    @inlinable
    public func isString<Candidates: RandomAccessCollection>(anyOf candidates: Candidates) -> Bool
    where Candidates.Element: UTF8PrefixedText {
        tree._withUnsafeGuaranteedRef { tree in
            let record = tree.records[Int(index)]
            switch record.valueKind {
            case .text:
                for position in candidates.indices
                where YAMLTree.mix(candidates[position].utf8Prefix, count: candidates[position].utf8Count)
                    == record.payload
                {
                    if tree.hasStringValue(candidates[position].text, print: record.payload, at: index) { return true }
                }
                return false
            case .otherString:
                // A string other than the scalar's text has no print: its bytes are compared.
                return candidates.contains { tree.hasStringValue($0.text, print: 0, at: index) }
            case .null, .bool, .int, .float:
                return false
            }
        }
    }

    /// `YAMLNode.value(forKeyText:)`.
    public func value(forKeyText text: String) -> YAMLNodeCursor? {
        tree._withUnsafeGuaranteedRef { $0.valueEntry(forKeyText: text, in: index) }.map(cursor(atChild:))
    }

    /// The value of the first pair of a mapping whose key is a scalar written as the `count`
    /// bytes (at most 16) whose first eight are `prefix` and next eight `suffix` (zero past the
    /// count): a short name compared without a `String` of it.
    @inlinable
    public func value(forKeyUTF8Prefix prefix: UInt64, suffix: UInt64, count: Int) -> YAMLNodeCursor? {
        let entry = tree._withUnsafeGuaranteedRef {
            $0.valueEntry(forKeyPrefix: prefix, suffix: suffix, count: count, in: index)
        }
        return entry == YAMLTree.noEntry ? nil : cursor(atChild: entry)
    }

    /// `YAMLNode.value(forKeyText:utf8Prefix:utf8Count:)`.
    @inlinable
    public func value(forKeyText text: String, utf8Prefix: UInt64, utf8Count: Int) -> YAMLNodeCursor? {
        let print = YAMLTree.mix(utf8Prefix, count: utf8Count)
        return tree._withUnsafeGuaranteedRef { $0.valueEntry(forKeyText: text, print: print, in: index) }
            .map(cursor(atChild:))
    }
}
