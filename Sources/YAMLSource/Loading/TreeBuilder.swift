/// Builds documents from libyaml events: positions, scalar resolution, anchors and aliases,
/// duplicate keys, limits and comments, in one pass over the events.
struct TreeBuilder {
    /// A collection being built: plain data, cheap to push and pop; its rare tag, anchor and
    /// key index are kept on the side stacks `collectionNames` and `keyIndexes`.
    private struct Frame {
        /// The collection's record, reserved when it starts.
        var index: Int32
        var isMapping: Bool
        var isFlow: Bool
        var start: SourcePosition
        /// The collection's tag and anchor in `collectionNames`, or -1 if it has neither.
        var names: Int32
        /// Where the collection's children (items, or keys and values alternately) start on
        /// the shared `childStack`.
        var base: Int
        /// The mapping's hash index from key to key number in `keyIndexes`, built once it has
        /// enough keys that scanning them for duplicates would cost more; -1 before.
        var keyIndex: Int32 = -1
        /// Whether every string key so far is known to be ASCII, so that the next ASCII key
        /// can be compared by its bytes.
        var textKeysAreASCII = true
        /// One bit (`printBit(_:)`) for the print of each string key so far: a key whose bit is
        /// not set shares its print with none of them, so is not one of them, unread.
        var textKeyPrints: UInt64 = 0
        /// The number of nodes in the subtree, this one included, aliases expanded.
        var nodeCount = 1
        /// The end of the last child, which ends a block collection.
        var lastEnd: SourcePosition

        /// A placeholder for `current` while no collection is open.
        static let none = Frame(
            index: -1, isMapping: false, isFlow: false, start: SourcePosition.fileStart, names: -1,
            base: 0, lastEnd: SourcePosition.fileStart)
    }

    private struct Anchored {
        var index: Int32
        var nodeCount: Int
    }

    /// Mappings with more keys than this look duplicates up by hash rather than by scanning.
    /// (Scanning is cheap: most ASCII keys are told apart by `Frame.textKeyPrints` alone.)
    private static let linearKeyLimit = 32

    let file: SourceFile
    let limits: YAMLLoader.Limits
    /// Whether libyaml's marks are positions as they are: in an ASCII file every character is
    /// one byte and lines break only at LF, CR and CRLF, as pactlint's do, so a mark's index,
    /// line and column are the position's offset, line and column, less one for the last two.
    /// Events then need no `cursor`, which walks the file's line table. Except at the end of
    /// the file (`endOfFile`): there libyaml starts a new line of its own when the last line
    /// has no line break, so a mark there is placed by the cursor.
    private let marksArePositions: Bool
    /// Whether libyaml's marks have pactlint's lines and columns (less one), though not its
    /// offsets: in an ASCII file, and in a file without a byte order mark (a column of its own
    /// for libyaml, none for pactlint) and without NEL, LS or PS (line breaks for libyaml, not
    /// for pactlint). libyaml's columns count characters, as pactlint's count Unicode scalars.
    /// The cursor then finds only offsets, walking characters from the previous mark.
    private let marksHaveLinesAndColumns: Bool
    /// The file's size: the offset of libyaml's marks at its end.
    private let endOfFile: Int
    private var cursor: PositionCursor
    private var comments = CommentScanner()
    /// The innermost open collection if `depth > 0`, kept out of `outerFrames` so that adding
    /// a node to it changes a stored property in place rather than an array element (which
    /// checks the array's uniqueness at every change).
    private var current = Frame.none
    /// The open collections around `current`, outermost first.
    private let outerFrames = BuilderStack<Frame>(capacity: 16)
    /// The number of open collections.
    private var depth = 0
    /// The nodes of the document being loaded: a new tree for each document, the first made
    /// with the builder, with room for the whole file (most files hold one document).
    private var tree: YAMLTree
    /// Whether no document has used `tree` yet.
    private var treeIsUnused = true
    /// The children of every open collection, innermost last, as indices into `tree`: one
    /// growing stack instead of an array per collection; each collection appends its children
    /// to the tree's `children` when it ends.
    private let childStack = BuilderStack<Int32>(capacity: 256)
    /// The tags and anchors of the open collections that have one, outermost first.
    private var collectionNames: [(tag: String?, anchor: String?)] = []
    /// The key indices of the open mappings that have one, outermost first.
    private var keyIndexes: [[KeyIdentity: Int]] = []
    /// `ScalarText.smallStringLayoutHolds`, read once.
    private let assemblesSmallStrings = ScalarText.smallStringLayoutHolds
    private var anchors: [String: Anchored] = [:]
    private var expandedNodes = 0
    private var documents: [YAMLDocument] = []
    /// The number of nodes of the last document, room to reserve for the next.
    private var lastDocumentNodes = 0
    private var documentStart = SourcePosition.fileStart
    /// The document's root once it is complete (its record is 0, the first of the document).
    private var root: Int32?
    private let unknownTags: YAMLLoader.UnknownTagPolicy
    /// See `YAMLLoader.treeEntryLimit`.
    private let treeEntryLimit: Int

    /// The most records or child entries a tree indexes with `Int32`, less one to spare.
    static let largestTreeEntryCount = Int(Int32.max) - 1

    init(
        file: SourceFile, limits: YAMLLoader.Limits, unknownTags: YAMLLoader.UnknownTagPolicy = .reject,
        treeEntryLimit: Int = largestTreeEntryCount
    ) {
        self.file = file
        self.limits = limits
        self.unknownTags = unknownTags
        self.treeEntryLimit = min(treeEntryLimit, Self.largestTreeEntryCount)
        self.cursor = PositionCursor(file: file)
        self.marksArePositions = file.isASCII
        self.marksHaveLinesAndColumns = file.isASCII || Self.breaksLinesAsLibYAML(file.bytes)
        self.endOfFile = file.bytes.count
        // About one node every 11 bytes in partnership files.
        self.tree = YAMLTree(capacity: file.bytes.count / 8 + 16)
    }

    /// The stream built so far, with the comments of the whole file.
    mutating func finish() -> YAMLStream {
        comments.finish(in: file, cursor: &cursor)
        return YAMLStream(documents: documents, comments: comments.comments)
    }

    /// Checks the file's size and encoding, which libyaml must not see unchecked; before a
    /// builder is made, since a builder makes room for the file's nodes.
    static func checkBeforeParsing(_ file: SourceFile, limits: YAMLLoader.Limits) throws(YAMLError) {
        let start = SourcePosition.fileStart
        if let error = Self.sizeError(byteCount: file.bytes.count, limits: limits, path: file.path) { throw error }
        if file.bytes.starts(with: [0xFF, 0xFE]) || file.bytes.starts(with: [0xFE, 0xFF]) {
            throw YAMLError(
                kind: .invalidUTF8, message: "the file is UTF-16 (it starts with a UTF-16 byte order mark)",
                file: file.path, span: SourceSpan(at: start), help: "save the file as UTF-8")
        }
        if let invalid = file.invalidUTF8 {
            let position = file.position(atByteOffset: invalid.offset)
            let hex = "0x" + String(invalid.byte, radix: 16, uppercase: true)
            let message =
                invalid.isTruncatedSequence
                ? "invalid UTF-8: the byte sequence starting with \(hex) at byte offset \(invalid.offset) is incomplete"
                : "invalid UTF-8: byte \(hex) at byte offset \(invalid.offset) cannot start a character"
            throw YAMLError(
                kind: .invalidUTF8, message: message, file: file.path, span: SourceSpan(at: position),
                help: "save the file as UTF-8 (pactlint reads YAML as UTF-8 only)")
        }
    }

    /// The error for a file of `byteCount` bytes if it is too large: larger than the limit, or
    /// than the 4 GiB whose positions nodes can keep (`CompactSpan`), whatever the limit says.
    static func sizeError(byteCount: Int, limits: YAMLLoader.Limits, path: String) -> YAMLError? {
        let span = SourceSpan(at: SourcePosition.fileStart)
        if byteCount > limits.maxFileSize {
            return YAMLError(
                kind: .fileTooLarge,
                message: "the file has \(byteCount) bytes, more than the limit of \(limits.maxFileSize) bytes",
                file: path, span: span,
                help: "split the file, or raise the file-size limit if a file this large is expected")
        }
        if byteCount > CompactSpan.largestFileSize {
            return YAMLError(
                kind: .fileTooLarge,
                message:
                    "the file has \(byteCount) bytes, more than the \(CompactSpan.largestFileSize) bytes pactlint can load",
                file: path, span: span, help: "split the file into several files")
        }
        return nil
    }

    // MARK: Positions

    /// The position of the current event's first character.
    @inline(__always)
    private mutating func startPosition(of parser: LibYAMLEventParser) -> SourcePosition {
        position(ofMark: parser.start, parser.startLineAndColumn)
    }

    /// The position just after the current event's last character.
    @inline(__always)
    private mutating func endPosition(of parser: LibYAMLEventParser) -> SourcePosition {
        position(ofMark: parser.end, parser.endLineAndColumn)
    }

    /// The position of the mark at libyaml's character `index` on libyaml's 0-based line and
    /// column (see `marksArePositions` and `marksHaveLinesAndColumns`).
    @inline(__always)
    private mutating func position(ofMark index: Int, _ lineAndColumn: (line: Int, column: Int)) -> SourcePosition {
        if marksArePositions { return position(atOffset: index, lineAndColumn) }
        guard marksHaveLinesAndColumns else { return cursor.position(atCharacterIndex: index) }
        return position(atOffset: cursor.byteOffset(atCharacterIndex: index), lineAndColumn)
    }

    /// The position at byte `offset`, libyaml's mark there being on `lineAndColumn`, which
    /// `marksHaveLinesAndColumns`.
    @inline(__always)
    private mutating func position(atOffset offset: Int, _ lineAndColumn: (line: Int, column: Int)) -> SourcePosition {
        guard offset < endOfFile else { return cursor.position(atByteOffset: offset) }
        return SourcePosition(offset: offset, line: lineAndColumn.line &+ 1, column: lineAndColumn.column &+ 1)
    }

    /// Whether `bytes` (valid UTF-8) do not start with a byte order mark and have no NEL, LS
    /// or PS: lines and columns that libyaml counts as pactlint does. (libyaml is not handed
    /// the marks the file starts with, so its columns on the first line count from after all
    /// of them, pactlint's from after the first; a mark at the start of a later line libyaml
    /// skips but counts as a column, as pactlint counts it.) Checked at each C2 and E2 byte,
    /// the lead bytes of those characters.
    private static func breaksLinesAsLibYAML(_ bytes: [UInt8]) -> Bool {
        guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return false }
        return bytes.withUnsafeBytes { raw in
            var i = 0
            while true {
                // U+0085 is C2 85.
                i = ByteSearch.firstOffset(of: 0xC2, in: raw, from: i)
                guard i &+ 1 < raw.count else { break }
                if raw[i &+ 1] == 0x85 { return false }
                i &+= 1
            }
            i = 0
            while true {
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                i = ByteSearch.firstOffset(of: 0xE2, in: raw, from: i)
                guard i &+ 2 < raw.count else { break }
                if raw[i &+ 1] == 0x80, raw[i &+ 2] == 0xA8 || raw[i &+ 2] == 0xA9 { return false }
                i &+= 1
            }
            return true
        }
    }

    // MARK: Events

    /// Builds on the event of kind `event` that `parser` has just read, and reads the rest of
    /// it from `parser`.
    @inline(__always)
    mutating func handle(_ event: YAMLEvent, from parser: LibYAMLEventParser) throws(YAMLError) {
        switch event {
        case .scalar:
            try scalar(from: parser)
        case .mappingStart:
            try startCollection(isMapping: true, from: parser)
        case .sequenceStart:
            try startCollection(isMapping: false, from: parser)
        case .sequenceEnd, .mappingEnd:
            try endCollection(from: parser)
        case .alias:
            try alias(from: parser)
        case .documentStart:
            try startDocument(from: parser)
        case .documentEnd:
            endDocument(from: parser)
        case .streamStart:
            break
        case .streamEnd:
            break  // `finish()` collects the comments after the last event.
        }
    }

    private mutating func startDocument(from parser: LibYAMLEventParser) throws(YAMLError) {
        let start = startPosition(of: parser)
        guard documents.count < limits.maxDocuments else {
            throw YAMLError(
                kind: .documentLimit, message: "the stream has more than \(limits.maxDocuments) documents",
                file: file.path, span: SourceSpan(at: start),
                help: "split the stream into several files, or raise the document limit")
        }
        documentStart = start
        anchors.removeAll(keepingCapacity: true)
        root = nil
        // The first document takes the builder's tree; each later one as much room as the
        // previous one needed.
        if treeIsUnused {
            treeIsUnused = false
        } else {
            tree = YAMLTree(capacity: lastDocumentNodes)
        }
    }

    private mutating func endDocument(from parser: LibYAMLEventParser) {
        let rootIndex =
            root
            ?? tree.appendScalar(
                text: "", style: .plain, value: .null, span: SourceSpan(at: documentStart), tag: nil)
        lastDocumentNodes = tree.recordCount
        let node = YAMLNode(tree: tree, index: rootIndex)
        let end = parser.isImplicit ? node.span.end : endPosition(of: parser)
        documents.append(
            YAMLDocument(
                index: documents.count, root: node,
                span: SourceSpan(start: documentStart, end: max(end, documentStart))))
        root = nil
    }

    @inline(__always)
    private mutating func scalar(from parser: LibYAMLEventParser) throws(YAMLError) {
        let style = parser.scalarStyle
        let span: SourceSpan
        if marksArePositions {
            let (start, end) = (parser.start, parser.end)
            if end > start, !comments.skipsClear(scalarTo: end, style: style) {
                comments.scan(before: start, style: style, in: file, cursor: &cursor)
                comments.skip(to: end)
            }
            span = SourceSpan(
                start: position(atOffset: start, parser.startLineAndColumn),
                end: position(atOffset: end, parser.endLineAndColumn))
        } else {
            // Comments before the scalar first, so that the cursor keeps moving forward.
            let (start, end) = (parser.start, parser.end)
            let startOffset = cursor.byteOffset(atCharacterIndex: start)
            if end > start { comments.scan(before: startOffset, style: style, in: file, cursor: &cursor) }
            span = SourceSpan(
                start: marksHaveLinesAndColumns
                    ? position(atOffset: startOffset, parser.startLineAndColumn)
                    : cursor.position(atByteOffset: startOffset),
                end: endPosition(of: parser))
            if end > start { comments.skip(to: span.end.offset) }
        }
        let bytes = parser.scalarBytes
        let text = ScalarText(validUTF8: bytes, assemblesSmallStrings: assemblesSmallStrings)
        guard !parser.hasAnchorOrTag else {
            try namedScalar(text, style: style, span: span, from: parser)
            return
        }
        // Untagged: a plain scalar by the core schema, a quoted or block one a string.
        let value = style == .plain ? CoreSchema.plainValue(bytes) : .text
        let node = tree.appendScalar(text, style: style, value: value, span: span)
        try attach(node, nodeCount: 1, writtenAt: span, text: text)
    }

    /// `scalar(from:)` for a scalar with a tag or an anchor (few have either).
    private mutating func namedScalar(
        _ text: ScalarText, style: YAMLScalar.Style, span: SourceSpan, from parser: LibYAMLEventParser
    ) throws(YAMLError) {
        let node: Int32
        if let tag = parser.tag {
            let string = text.text
            let value = try resolve(string, style: style, tag: tag, span: span)
            node = tree.appendScalar(text: string, style: style, value: value, span: span, tag: tag)
        } else {
            let value = style == .plain ? CoreSchema.plainValue(text.bytes) : .text
            node = tree.appendScalar(text, style: style, value: value, span: span)
        }
        if let anchor = parser.anchor { anchors[anchor] = Anchored(index: node, nodeCount: 1) }
        try attach(node, nodeCount: 1, writtenAt: span, text: text)
    }

    private mutating func alias(from parser: LibYAMLEventParser) throws(YAMLError) {
        let span = SourceSpan(start: startPosition(of: parser), end: endPosition(of: parser))
        let name = parser.anchor ?? ""
        guard let anchored = anchors[name] else {
            if collectionNames.contains(where: { $0.anchor == name }) {
                throw YAMLError(
                    kind: .recursiveAlias, message: "alias '*\(name)' refers to a node that contains it",
                    file: file.path, span: span,
                    help: "an alias can only repeat a node that is complete before it; recursive data is not supported")
            }
            throw YAMLError(
                kind: .unknownAlias, message: "alias '*\(name)' refers to an undefined anchor '&\(name)'",
                file: file.path, span: span,
                help: "define the anchor with '&\(name)' on a node before this alias, in the same document")
        }
        expandedNodes += anchored.nodeCount
        if expandedNodes > limits.maxAliasExpansion {
            throw YAMLError(
                kind: .aliasExpansionLimit,
                message: "aliases expand to more than \(limits.maxAliasExpansion) nodes (an alias bomb?)",
                file: file.path, span: span,
                help:
                    "each alias copies its anchored node; repeat large nodes less often, or raise the alias expansion limit if the file is trusted"
            )
        }
        try attach(anchored.index, nodeCount: anchored.nodeCount, writtenAt: span)
    }

    private mutating func startCollection(isMapping: Bool, from parser: LibYAMLEventParser) throws(YAMLError) {
        let (tag, anchor) = parser.hasAnchorOrTag ? (parser.tag, parser.anchor) : (nil, nil)
        let start = startPosition(of: parser)
        guard depth < limits.maxDepth else {
            throw YAMLError(
                kind: .depthLimit, message: "collections nest deeper than \(limits.maxDepth) levels",
                file: file.path, span: SourceSpan(at: start),
                help: "flatten the structure, or raise the depth limit if such nesting is expected")
        }
        if let tag, tag != CoreSchema.nonSpecificTag,
            tag != (isMapping ? CoreSchema.mapTag : CoreSchema.seqTag)
        {
            let span = SourceSpan(at: start)
            if tag == CoreSchema.mapTag || tag == CoreSchema.seqTag || Self.scalarTags.contains(tag) {
                throw YAMLError(
                    kind: .invalidTaggedValue,
                    message: "a \(isMapping ? "mapping" : "sequence") cannot have the tag '\(Self.shortTag(tag))'",
                    file: file.path, span: span, help: "remove the tag")
            }
            if unknownTags == .reject { throw unknownTag(tag, span: span) }
        }
        // The anchor names this collection from here on: an alias inside it must not reach an
        // earlier node of the same name.
        if let anchor { anchors[anchor] = nil }
        var names: Int32 = -1
        if tag != nil || anchor != nil {
            names = Int32(truncatingIfNeeded: collectionNames.count)
            collectionNames.append((tag, anchor))
        }
        if depth > 0 { outerFrames.push(current) }
        current = Frame(
            index: tree.startCollection(isMapping ? .mapping : .sequence), isMapping: isMapping,
            isFlow: parser.isFlow, start: start, names: names, base: childStack.count, lastEnd: start)
        depth += 1
    }

    private mutating func endCollection(from parser: LibYAMLEventParser) throws(YAMLError) {
        guard depth > 0 else { return }
        let frame = current
        depth -= 1
        if depth > 0 { outerFrames.pop(into: &current) }
        // A block collection ends with its last entry; libyaml's end mark would include the
        // blank lines and comments up to the next token.
        let end = frame.isFlow ? endPosition(of: parser) : frame.lastEnd
        let span = SourceSpan(start: frame.start, end: max(end, frame.start))
        // libyaml always pairs keys with values; an odd node out cannot happen, but is dropped
        // rather than misread if it does.
        let count = childStack.count - frame.base
        let entries = frame.isMapping ? count - count % 2 : count
        // The frame's names and key index are the last on their stacks: every collection inside
        // it has ended.
        if frame.keyIndex >= 0 { keyIndexes.removeLast() }
        let children = UnsafeBufferPointer(rebasing: childStack.top(from: frame.base)[..<entries])
        if frame.names >= 0 {
            let names = collectionNames.removeLast()
            tree.finishCollection(frame.index, children: children, span: span, tag: names.tag)
            if let anchor = names.anchor { anchors[anchor] = Anchored(index: frame.index, nodeCount: frame.nodeCount) }
        } else {
            // Most collections have neither tag nor anchor: no strings to handle.
            tree.finishCollection(frame.index, children: children, span: span, tag: nil)
        }
        childStack.removeAll(from: frame.base)
        try attach(frame.index, nodeCount: frame.nodeCount, writtenAt: span)
    }

    /// Adds a finished node to the collection being built, or makes it the document's root.
    /// `text`: the node's text if it is a scalar just read (not known otherwise).
    @inline(__always)
    private mutating func attach(
        _ node: Int32, nodeCount: Int, writtenAt span: SourceSpan, text: ScalarText? = nil
    ) throws(YAMLError) {
        // Records and child entries are indexed in 32 bits: a document past that is refused
        // (a file of over 2 GB of tiny nodes, with the file-size limit raised).
        guard tree.recordCount < treeEntryLimit, tree.childEntryCount + childStack.count < treeEntryLimit else {
            throw YAMLError(
                kind: .fileTooLarge,
                message: "the document has more than \(treeEntryLimit) nodes, more than pactlint can load",
                file: file.path, span: span, help: "split the document into several files")
        }
        guard depth > 0 else {
            root = node
            return
        }
        if current.isMapping, (childStack.count &- current.base) & 1 == 0 {
            try addKey(node, writtenAt: span, text: text)
        }
        childStack.push(node)
        current.nodeCount &+= nodeCount  // at most the alias expansion limit, plus the file's nodes
        current.lastEnd = span.end
    }

    // MARK: Duplicate keys

    /// Checks `key`, whose text is `text` if it is a scalar just read, against the keys of the
    /// innermost mapping before it is added.
    @inline(__always)
    private mutating func addKey(_ key: Int32, writtenAt span: SourceSpan, text: ScalarText?) throws(YAMLError) {
        // Most keys: an ASCII string in a small mapping of ASCII string keys, whose print's bit
        // no earlier key has, so it repeats none of them (see `checkKey`).
        let record = tree.records[Int(key)]
        if current.keyIndex < 0, record.kind == .scalar, record.valueKind == .text, current.textKeysAreASCII,
            (childStack.count &- current.base) &>> 1 &+ 1 < Self.linearKeyLimit, let text, text.isASCII
        {
            let bit = Self.printBit(record.payload)
            if current.textKeyPrints & bit == 0 {
                current.textKeyPrints |= bit
                return
            }
        }
        try checkKey(key, writtenAt: span, isASCIIText: text?.isASCII ?? false)
    }

    /// `addKey(_:writtenAt:text:)` for keys that may repeat an earlier one.
    private mutating func checkKey(_ key: Int32, writtenAt span: SourceSpan, isASCIIText: Bool) throws(YAMLError) {
        let base = current.base
        let keyNumber = (childStack.count - base) / 2
        let record = tree.records[Int(key)]
        let isText = record.kind == .scalar && record.valueKind == .text
        var first: Int?
        if current.keyIndex >= 0 {
            let identity = KeyIdentity(tree, key)
            let keyIndex = Int(current.keyIndex)
            first = keyIndexes[keyIndex][identity]
            if first == nil { keyIndexes[keyIndex][identity] = keyNumber }
        } else if isText, isASCIIText, current.textKeysAreASCII {
            // Strings equal as Swift strings (by canonical equivalence) when both are ASCII
            // only if their bytes are: compare prints, then bytes, and skip every key that is
            // not a string (no string equals a number, a null or a collection). Most keys
            // share their print's bit with no earlier key, and need no comparison at all.
            let (records, texts) = (tree.records, tree.texts)
            var i = current.textKeyPrints & Self.printBit(record.payload) == 0 ? childStack.count : base
            while i < childStack.count {
                let other = records[Int(childStack[i])]
                if other.valueKind == .text, other.payload == record.payload,
                    texts[Int(other.start)].hasSameUTF8(as: texts[Int(record.start)])
                {
                    first = (i - base) / 2
                    break
                }
                i += 2
            }
        } else {
            if record.kind == .scalar, record.valueKind == .text || record.valueKind == .otherString, !isASCIIText {
                current.textKeysAreASCII = false
            }
            var i = base
            while i < childStack.count {
                if Self.isSameKey(childStack[i], key, in: tree) {
                    first = (i - base) / 2
                    break
                }
                i += 2
            }
        }
        if isText { current.textKeyPrints |= Self.printBit(record.payload) }
        if first == nil, current.keyIndex < 0, keyNumber + 1 >= Self.linearKeyLimit {
            var index: [KeyIdentity: Int] = [:]
            index.reserveCapacity(2 * Self.linearKeyLimit)
            for number in 0..<keyNumber { index[KeyIdentity(tree, childStack[base + 2 * number])] = number }
            index[KeyIdentity(tree, key)] = keyNumber
            current.keyIndex = Int32(truncatingIfNeeded: keyIndexes.count)
            keyIndexes.append(index)
        }
        guard let first else { return }
        let firstKey = childStack[base + 2 * first]
        let firstSpan = tree.span(of: firstKey)
        let text = Self.describe(key, in: tree)
        let firstText = Self.describe(firstKey, in: tree)
        throw YAMLError(
            kind: .duplicateKey,
            message: text == firstText
                ? "duplicate key \(text) in a mapping"
                : "duplicate key \(text) in a mapping (the same value as \(firstText))",
            file: file.path, span: span,
            help: "a mapping cannot repeat a key; remove or rename one of the two entries",
            notes: [
                SourceDiagnostic.Note(
                    "\(firstText) first appears at line \(firstSpan.start.line), column \(firstSpan.start.column)",
                    span: firstSpan)
            ])
    }

    /// The bit of `textKeyPrints` for a key whose print is `print`: six well-mixed bits of it.
    private static func printBit(_ print: UInt64) -> UInt64 {
        1 << ((print &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// Whether two keys are the same key, as `KeyIdentity` defines it, without building
    /// identities for the common case of scalar keys.
    private static func isSameKey(_ a: Int32, _ b: Int32, in tree: YAMLTree) -> Bool {
        let left = tree.records[Int(a)]
        let right = tree.records[Int(b)]
        guard left.kind == .scalar, right.kind == .scalar else {
            return KeyIdentity(tree, a) == KeyIdentity(tree, b)
        }
        // Most keys are strings, compared in place without building their values.
        if left.valueKind == .text && right.valueKind == .text {
            return tree.texts[Int(left.start)] == tree.texts[Int(right.start)]
        }
        switch (tree.value(of: a), tree.value(of: b)) {
        case (.string(let x), .string(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y || (x.isNaN && y.isNaN)
        case (let x, let y): return x == y
        }
    }

    /// `text` cut to 40 characters for a message.
    private static func shortened(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    /// A key as a message shows it: a scalar's text in quotes, else its kind.
    private static func describe(_ key: Int32, in tree: YAMLTree) -> String {
        switch tree.records[Int(key)].kind {
        case .scalar: return "'\(Self.shortened(tree.text(of: key)))'"
        case .sequence: return "(a sequence)"
        case .mapping: return "(a mapping)"
        }
    }

    // MARK: Tags

    private static let scalarTags: Set<String> = [
        CoreSchema.strTag, CoreSchema.intTag, CoreSchema.floatTag, CoreSchema.boolTag, CoreSchema.nullTag,
    ]

    /// The value of a tagged scalar, by its tag (untagged scalars are resolved on their bytes,
    /// `CoreSchema.plainValue`).
    private func resolve(
        _ text: String, style: YAMLScalar.Style, tag: String, span: SourceSpan
    ) throws(YAMLError) -> YAMLValue {
        let value: YAMLValue?
        switch tag {
        case CoreSchema.nonSpecificTag, CoreSchema.strTag: value = .string(text)
        case CoreSchema.nullTag: value = CoreSchema.isNull(text) ? .null : nil
        case CoreSchema.boolTag: value = CoreSchema.bool(text).map { .bool($0) }
        case CoreSchema.intTag: value = CoreSchema.int(text)
        case CoreSchema.floatTag:
            switch CoreSchema.number(text) {
            case .int(let number): value = .float(Double(number))
            case let other: value = other
            }
        case CoreSchema.mapTag, CoreSchema.seqTag:
            throw YAMLError(
                kind: .invalidTaggedValue, message: "a scalar cannot have the tag '\(Self.shortTag(tag))'",
                file: file.path, span: span, help: "remove the tag")
        default:
            guard unknownTags == .keep else { throw unknownTag(tag, span: span) }
            value = .string(text)
        }
        guard let value else {
            let kind: String
            switch tag {
            case CoreSchema.nullTag: kind = "null (null, Null, NULL, ~ or nothing)"
            case CoreSchema.boolTag: kind = "a boolean (true or false)"
            case CoreSchema.intTag: kind = "an integer (e.g. 42, -7, 0o17, 0x1F)"
            default: kind = "a number (e.g. 1.5, 1e3, .inf, .nan)"
            }
            let shown = Self.shortened(text)
            throw YAMLError(
                kind: .invalidTaggedValue,
                message: "'\(shown)' is not a valid \(Self.shortTag(tag)) value",
                file: file.path, span: span, help: "write \(kind), or remove the tag")
        }
        return value
    }

    private func unknownTag(_ tag: String, span: SourceSpan) -> YAMLError {
        YAMLError(
            kind: .unknownTag, message: "unknown tag '\(Self.shortTag(tag))'", file: file.path, span: span,
            help:
                "pactlint reads plain YAML 1.2 data; remove the tag, or use one of !!str, !!int, !!float, !!bool, !!null, !!map, !!seq"
        )
    }

    /// `tag:yaml.org,2002:int` → `!!int`; other tags as libyaml expanded them.
    static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    // MARK: Syntax errors

    /// libyaml's problem as a located error, with positions from the project's line table.
    mutating func syntaxError(_ problem: LibYAMLProblem) -> YAMLError {
        let position: SourcePosition
        var message = Self.clean(problem.problem)
        switch problem.kind {
        case .reader:
            position = cursor.position(atByteOffset: problem.problemOffset)
            if problem.problemValue >= 0 {
                let hex = String(problem.problemValue, radix: 16, uppercase: true)
                message += " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
            }
            return YAMLError(
                kind: .syntax, message: message, file: file.path, span: SourceSpan(at: position),
                help: "remove the character, or write it as an escape in a double-quoted string (\"\\u0001\")")
        case .memory:
            position = SourcePosition.fileStart
            return YAMLError(kind: .syntax, message: message, file: file.path, span: SourceSpan(at: position))
        case .scanner, .parser:
            position = cursor.position(atCharacterIndex: problem.problemIndex)
        }
        var notes: [SourceDiagnostic.Note] = []
        if let context = problem.context, problem.contextIndex != problem.problemIndex {
            let contextPosition = cursor.position(atCharacterIndex: problem.contextIndex)
            notes.append(
                SourceDiagnostic.Note(
                    "\(context) that starts at line \(contextPosition.line), column \(contextPosition.column)",
                    span: SourceSpan(at: contextPosition)))
        }
        return YAMLError(
            kind: .syntax, message: message, file: file.path, span: SourceSpan(at: position),
            help: help(forProblem: problem.problem, at: position), notes: notes)
    }

    /// libyaml's wording with its internal token names made readable.
    private static func clean(_ problem: String) -> String {
        problem
            .replacing("<document start>", with: "a document start ('---')")
            .replacing("<block end>", with: "the end of the block")
            .replacing("<stream end>", with: "the end of the stream")
    }

    /// The first line (1-based) from `first` through `last`, after line 1, that starts with a
    /// byte order mark, if any: libyaml skips such a mark but counts it as a column, so a key
    /// after it is indented by one and `---` after it starts no document. (The marks the file
    /// starts with are not handed to libyaml.) Looked for only to explain an error.
    private func lineStartingWithByteOrderMark(from first: Int, through last: Int) -> Int? {
        let (lower, upper) = (max(first, 2), min(last, file.lineCount))
        guard lower <= upper else { return nil }
        return (lower...upper).first { number in
            file.bytes[file.lineStarts[number - 1]...].starts(with: [0xEF, 0xBB, 0xBF])
        }
    }

    private func help(forProblem problem: String, at position: SourcePosition) -> String {
        let character = position.offset < file.bytes.count ? file.bytes[position.offset] : 0
        if problem.contains("tab") || (problem.contains("cannot start any token") && character == 0x09) {
            return "YAML does not allow tabs for indentation; indent with spaces"
        }
        // An error of structure after a mark at the start of a line of this document (or
        // right after it) is likely the column the mark takes.
        if problem.contains("expected") || problem.contains("not allowed"),
            let line = lineStartingWithByteOrderMark(from: documentStart.line, through: position.line)
        {
            return "line \(line) starts with a byte order mark (U+FEFF, invisible in most editors), which YAML "
                + "reads as one column of indentation there; delete it"
        }
        let helps: [(String, String)] = [
            (
                "mapping values are not allowed",
                "': ' starts a mapping value here; quote the whole value if the colon is part of the text, or put a nested mapping on its own, more indented line"
            ),
            (
                "did not find expected key",
                "check the indentation: the keys of a mapping start in the same column, and a value continued on the next line is indented more than its key"
            ),
            ("did not find expected '-'", "the items of a block sequence start with '- ' in the same column"),
            (
                "could not find expected ':'",
                "a key must be followed by ': ' on the same line; quote the text if it is not meant to be a key"
            ),
            (
                "cannot start any token",
                "characters such as '@', '`' and '%' cannot start a plain value; put the value in quotes"
            ),
            (
                "unexpected end of stream",
                "something opened is never closed: check for a missing closing quote or bracket"
            ),
            ("did not find expected ','", "separate flow items with ',' and close the collection with its bracket"),
            (
                "unknown escape character",
                "in double quotes a backslash starts an escape (\\n, \\t, \\u00E9); write \\\\ for a backslash, or use single quotes"
            ),
            ("undefined tag handle", "declare the handle with a %TAG directive, or remove the tag"),
            (
                "block sequence entries are not allowed",
                "a '- ' item cannot follow a value on the same line; start the list on the next line, indented"
            ),
            ("did not find expected node content", "a value is missing here, or a character cannot start one"),
            (
                "document",
                "'---' starts a document and '...' ends one; quote or indent the text if it belongs to a value"
            ),
            ("alias", "an anchor or alias name is missing or malformed"),
            ("anchor", "an anchor or alias name is missing or malformed"),
            ("directive", "check the %YAML or %TAG directive at the top of the document"),
        ]
        for (fragment, help) in helps where problem.contains(fragment) { return help }
        return "check the YAML syntax at this position; putting the value in quotes often helps"
    }
}
