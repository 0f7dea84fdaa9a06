/// Adding nodes to a tree while it is built: by the loader, one document at a time, and by
/// `YAMLNode(content:span:tag:)` and the setters for one hand-built node.
///
/// A collection is added in two steps: `startCollection` reserves its record (so that it comes
/// before its children, and a tree's first node is its root), `finishCollection` fills it in
/// once its children are known.
extension YAMLTree {
    /// Adds a scalar; returns its index.
    func appendScalar(
        text: String, style: YAMLScalar.Style, value: YAMLValue, span: SourceSpan, tag: String?
    ) -> Int32 {
        let textIndex = append(text: text)
        let payload: UInt64
        let valueKind: NodeRecord.ValueKind
        switch value {
        case .null: (valueKind, payload) = Self.encoded(.null)
        case .bool(let flag): (valueKind, payload) = Self.encoded(.bool(flag))
        case .int(let number): (valueKind, payload) = Self.encoded(.int(number))
        case .float(let number): (valueKind, payload) = Self.encoded(.float(number))
        case .string(let string):
            if string.hasSameUTF8(as: text) {
                valueKind = .text
                payload = Self.textPrint(of: text)
            } else {
                valueKind = .otherString
                payload = UInt64(append(text: string))
            }
        }
        let compact = tag == nil ? CompactSpan(span) : nil
        let index = append(
            NodeRecord(
                payload: payload, start: textIndex, kind: .scalar, style: style,
                valueKind: valueKind, hasExtension: compact == nil, span: compact ?? .zero))
        if compact == nil { extensions[index] = YAMLNodeExtension(span: span, tag: tag) }
        return index
    }

    /// Adds an untagged scalar whose value is `value` (`.text` in the loader's common case: no
    /// value to build, and the text's print already known); returns its index.
    @inline(__always)
    func appendScalar(
        _ text: ScalarText, style: YAMLScalar.Style, value: CoreSchema.PlainValue, span: SourceSpan
    ) -> Int32 {
        let valueKind: NodeRecord.ValueKind
        let payload: UInt64
        if case .text = value {
            (valueKind, payload) = (.text, text.print)
        } else {
            (valueKind, payload) = Self.encoded(value)
        }
        guard let compact = CompactSpan(span) else {
            let string = text.text
            return appendScalar(
                text: string, style: style, value: value.yamlValue(text: string), span: span, tag: nil)
        }
        let textIndex: Int32
        if let words = text.smallStringWords {
            textIndex = append(smallStringWords: words)
        } else {
            textIndex = append(text: String(decoding: text.bytes, as: UTF8.self))
        }
        return append(
            NodeRecord(
                payload: payload, start: textIndex, kind: .scalar, style: style,
                valueKind: valueKind, hasExtension: false, span: compact))
    }

    /// How a record holds a value that is not a string: its kind and payload (a boolean as 0
    /// or 1, a number's bits); `.text` is the caller's to encode.
    @inline(__always)
    static func encoded(_ value: CoreSchema.PlainValue) -> (NodeRecord.ValueKind, UInt64) {
        switch value {
        case .text, .null: (.null, 0)
        case .bool(let flag): (.bool, flag ? 1 : 0)
        case .int(let number): (.int, UInt64(bitPattern: Int64(number)))
        case .float(let number): (.float, number.bitPattern)
        }
    }

    /// Reserves the record of a collection whose children come next; returns its index.
    func startCollection(_ kind: YAMLNode.Kind) -> Int32 {
        append(
            NodeRecord(
                payload: 0, start: 0, kind: kind, style: .plain, valueKind: .null, hasExtension: false, span: .zero))
    }

    /// Completes the collection at `index` with its children (a mapping's as key, value…),
    /// entries as `children` holds them.
    func finishCollection(_ index: Int32, children entries: UnsafeBufferPointer<Int32>, span: SourceSpan, tag: String?)
    {
        var record = records[Int(index)]
        record.start = append(childEntries: entries, ofMapping: record.kind == .mapping)
        record.payload = UInt64(record.kind == .mapping ? entries.count / 2 : entries.count)
        let compact = tag == nil ? CompactSpan(span) : nil
        record.span = compact ?? .zero
        record.hasExtension = compact == nil
        setRecord(record, at: index)
        if compact == nil { extensions[index] = YAMLNodeExtension(span: span, tag: tag) }
    }

    /// Gives the node at `index` a new span and tag; a tag, or a span that does not fit in 32
    /// bits (only a hand-built one can), goes out of line.
    func setSpan(_ span: SourceSpan, tag: String?, of index: Int32) {
        var record = records[Int(index)]
        if tag == nil, let compact = CompactSpan(span) {
            if record.hasExtension { extensions[index] = nil }
            record.span = compact
            record.hasExtension = false
        } else {
            extensions[index] = YAMLNodeExtension(span: span, tag: tag)
            record.span = .zero
            record.hasExtension = true
        }
        setRecord(record, at: index)
    }

    // MARK: Nodes of other trees

    /// The `children` entry for `node`, a child of a hand-built collection: a collection that
    /// is the whole of its own tree (a hand-built node, a document's root) is referenced, as
    /// it keeps nothing else alive; any other node is copied in, so that a small node kept
    /// from a document does not keep the whole document's buffers alive.
    func reference(to node: YAMLNode) -> Int32 {
        guard Self.isReferenced(node) else { return appendCopy(of: node) }
        foreign.append(node)
        return -Int32(truncatingIfNeeded: foreign.count)
    }

    /// Whether `reference(to:)` references `node` rather than copying it.
    static func isReferenced(_ node: YAMLNode) -> Bool {
        node.index == 0 && node.kind != .scalar
    }

    /// Copies `node` and everything below it into this tree, other trees' nodes included;
    /// returns the copy's index. An alias's node is copied at each place it appears.
    func appendCopy(of node: YAMLNode) -> Int32 {
        let tree = node.tree
        let record = tree.records[Int(node.index)]
        let span = tree.span(of: node.index)
        let tag = tree.tag(of: node.index)
        guard record.kind != .scalar else {
            return appendScalar(
                text: tree.texts[Int(record.start)], style: record.style, value: tree.value(of: node.index),
                span: span, tag: tag)
        }
        let index = startCollection(record.kind)
        let copied = tree.childEntries(of: node.index).map { appendCopy(of: tree.node(atChild: $0)) }
        copied.withUnsafeBufferPointer { finishCollection(index, children: $0, span: span, tag: tag) }
        return index
    }

    /// The room a copy of `node` takes: records, child entries, texts.
    static func size(ofCopy node: YAMLNode) -> (records: Int, childEntries: Int, texts: Int) {
        let tree = node.tree
        let record = tree.records[Int(node.index)]
        guard record.kind != .scalar else { return (1, 0, record.valueKind == .otherString ? 2 : 1) }
        var size = (records: 1, childEntries: 0, texts: 0)
        for entry in tree.childEntries(of: node.index) {
            let child = Self.size(ofCopy: tree.node(atChild: entry))
            size.records += child.records
            size.childEntries += child.childEntries + 1
            size.texts += child.texts
        }
        return size
    }
}
