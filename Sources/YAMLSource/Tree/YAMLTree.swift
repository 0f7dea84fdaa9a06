/// The nodes of one loaded document (or of one hand-built node), in a few flat buffers.
///
/// A `YAMLNode` is this tree and an index into `records`. Loading a document appends to the
/// buffers, copying a node retains its tree, and freeing a document frees the buffers: there
/// is no object per node to allocate, reference-count and release one by one.
///
/// - `records`: one `NodeRecord` per node, a collection before its children (the root first).
/// - `children`: every collection's children, contiguous per collection (a mapping's as key,
///   value, key, value…). An entry is an index into `records`, or, when negative, `-1 - i`
///   for the node `foreign[i]` of another tree (see `reference(to:)`).
/// - `entryPrints`: parallel to `children`; a mapping of n pairs keeps, in the first n slots
///   of its range, a 32-bit summary of each key's text in pair order (`entryPrint(of:)`), and
///   in the bytes of the other n its key index (`buildKeyIndex(start:pairs:)`): a table of
///   pair numbers by print, so that a lookup by key text reads one or two slots instead of
///   reading each key's record or scanning its prints (0 in the slots no mapping uses, and
///   for sequence items).
/// - `texts`: the scalars' texts (and the rare string values that differ from their text).
/// - `extensions`: the tags and the spans too large for 32 bits, by record index; empty for
///   almost every tree.
///
/// An alias is the index of its anchored node: the same node, reached twice.
///
/// The buffers are allocated here rather than held as arrays: reading a node from an array
/// held by a class retained and released the array at each read. They grow only while the
/// tree is built — by the loader, or when `YAMLNode`'s initializer, setters or
/// `detachedCopy()` build a new tree — before any node refers to the tree, and are never
/// written after (a setter builds a new tree, it never writes into an existing one); hence `@unchecked Sendable`, and
/// `@exclusivity(unchecked)`: no access overlaps a write, and the runtime's exclusivity check
/// on each read of a class's `var` cost more than the reads (about a fifth of a check run).
@usableFromInline
final class YAMLTree: @unchecked Sendable {
    @exclusivity(unchecked) @usableFromInline private(set) var records: UnsafeMutablePointer<NodeRecord>
    @exclusivity(unchecked) @usableFromInline private(set) var recordCount = 0
    @exclusivity(unchecked) private var recordCapacity: Int
    @exclusivity(unchecked) @usableFromInline private(set) var children: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) @usableFromInline private(set) var entryPrints: UnsafeMutablePointer<UInt32>
    @exclusivity(unchecked) private(set) var childEntryCount = 0
    @exclusivity(unchecked) private var childCapacity: Int
    @exclusivity(unchecked) @usableFromInline private(set) var texts: UnsafeMutablePointer<String>
    @exclusivity(unchecked) private(set) var textCount = 0
    @exclusivity(unchecked) private var textCapacity: Int
    /// `ScalarText.smallStringLayoutHolds`, read once a tree rather than once a lookup.
    @usableFromInline let readsStringLayout = ScalarText.smallStringLayoutHolds
    /// Whether a small string's two words may be read in place (the layout
    /// `withUTF8(ofText:)` reads): `readsStringLayout` on a little-endian platform whose
    /// strings are two words.
    let readsSmallStringWords: Bool = {
        #if _endian(little)
            MemoryLayout<String>.size == 16 && ScalarText.smallStringLayoutHolds
        #else
            false
        #endif
    }()
    @exclusivity(unchecked) @usableFromInline var foreign: [YAMLNode] = []
    @exclusivity(unchecked) @usableFromInline var extensions: [Int32: YAMLNodeExtension] = [:]

    /// An empty tree with room for `nodes` nodes (and as many child entries and texts).
    convenience init(capacity nodes: Int) {
        self.init(records: nodes, childEntries: nodes, texts: nodes)
    }

    /// An empty tree with room for exactly this many records, child entries and texts.
    init(records: Int, childEntries: Int, texts textCount: Int) {
        recordCapacity = max(records, 1)
        childCapacity = max(childEntries, 1)
        textCapacity = max(textCount, 1)
        self.records = .allocate(capacity: recordCapacity)
        children = .allocate(capacity: childCapacity)
        entryPrints = .allocate(capacity: childCapacity)
        texts = .allocate(capacity: textCapacity)
    }

    deinit {
        if readsStringLayout {
            // Only texts that own storage need releasing: a small string (flagged by bit 61 of
            // its second word, the layout `ScalarText.smallStringLayoutHolds` confirmed) owns
            // none, and most texts are small. Skipping them skips a call a text.
            let words = UnsafeRawPointer(texts)
            for i in 0..<textCount
            where !Self.isSmallString(
                secondWord: words.load(fromByteOffset: MemoryLayout<String>.stride &* i &+ 8, as: UInt64.self))
            {
                (texts + i).deinitialize(count: 1)
            }
        } else {
            texts.deinitialize(count: textCount)
        }
        texts.deallocate()
        records.deallocate()
        children.deallocate()
        entryPrints.deallocate()
    }

    // MARK: Growing (while the tree is built)

    /// Appends `record`; returns its index.
    @inline(__always)
    func append(_ record: NodeRecord) -> Int32 {
        if recordCount == recordCapacity { records = Self.grow(records, count: recordCount, to: &recordCapacity) }
        (records + recordCount).initialize(to: record)
        recordCount += 1
        return Int32(truncatingIfNeeded: recordCount - 1)
    }

    /// Appends `text`; returns its index.
    func append(text: consuming String) -> Int32 {
        if textCount == textCapacity { texts = Self.grow(texts, count: textCount, to: &textCapacity) }
        (texts + textCount).initialize(to: text)
        textCount += 1
        return Int32(truncatingIfNeeded: textCount - 1)
    }

    /// Appends the small string whose two words are `words`, checked by the caller to be one
    /// (`ScalarText`): stored as they are, without the reference counting a `String` copy
    /// costs; returns its index.
    @inline(__always)
    func append(smallStringWords words: (UInt64, UInt64)) -> Int32 {
        if textCount == textCapacity { texts = Self.grow(texts, count: textCount, to: &textCapacity) }
        // A small string is two words that own nothing: storing them as bytes (without binding
        // the memory to another type) initializes the slot with that string.
        let slot = UnsafeMutableRawPointer(texts + textCount)
        slot.storeBytes(of: words.0, as: UInt64.self)
        slot.storeBytes(of: words.1, toByteOffset: 8, as: UInt64.self)
        textCount += 1
        return Int32(truncatingIfNeeded: textCount - 1)
    }

    /// Appends child entries, whose nodes are already in the tree — a mapping's as key,
    /// value, key, value…, with its keys' prints — and returns the index of the first.
    func append(childEntries entries: UnsafeBufferPointer<Int32>, ofMapping isMapping: Bool) -> Int32 {
        let start = childEntryCount
        if start + entries.count > childCapacity {
            var printCapacity = childCapacity
            children = Self.grow(children, count: start, to: &childCapacity, holding: start + entries.count)
            entryPrints = Self.grow(entryPrints, count: start, to: &printCapacity, holding: start + entries.count)
        }
        if let base = entries.baseAddress { (children + start).initialize(from: base, count: entries.count) }
        // Only a mapping's keys are looked up by text, their prints packed at the start of its
        // range; the other slots are 0, so that growing copies initialized memory only.
        (entryPrints + start).initialize(repeating: 0, count: entries.count)
        if isMapping {
            let pairs = entries.count / 2
            for pair in 0..<pairs {
                entryPrints[start + pair] = entryPrint(of: entries[2 * pair])
            }
            if Self.hasKeyIndex(pairs: pairs) { buildKeyIndex(start: start, pairs: pairs) }
        }
        childEntryCount += entries.count
        return Int32(truncatingIfNeeded: start)
    }

    /// The summary `entryPrints` keeps for a `children` entry: its scalar's text print folded
    /// to 32 bits; for a collection (which no key text names) any value does, as a lookup
    /// confirms every match on the node itself.
    private func entryPrint(of entry: Int32) -> UInt32 {
        guard entry >= 0 else { return 0 }  // another tree's node: always a collection
        let record = records[Int(entry)]
        switch (record.kind, record.valueKind) {
        case (.scalar, .text): return Self.fold(record.payload)
        case (.scalar, _):
            return Self.fold(Self.textPrint(of: texts[Int(record.start)], readingLayout: readsStringLayout))
        case (.sequence, _), (.mapping, _): return 0
        }
    }

    /// A text print folded to the 32 bits `entryPrints` keeps.
    @inlinable
    static func fold(_ print: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: print ^ (print >> 32))
    }

    /// Replaces the record at `index`.
    func setRecord(_ record: NodeRecord, at index: Int32) {
        records[Int(index)] = record
    }

    /// `buffer`, holding `count` elements, moved to one twice as large, or larger still (doubling)
    /// until it holds `needed`.
    private static func grow<Element>(
        _ buffer: UnsafeMutablePointer<Element>, count: Int, to capacity: inout Int, holding needed: Int = 0
    ) -> UnsafeMutablePointer<Element> {
        capacity *= 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        grown.moveInitialize(from: buffer, count: count)
        buffer.deallocate()
        return grown
    }

    // MARK: Fields

    /// The node a `children` entry stands for.
    @inlinable func node(atChild entry: Int32) -> YAMLNode {
        entry >= 0 ? YAMLNode(tree: self, index: entry) : foreign[Int(-1 - entry)]
    }

    /// The span of the node at `index`.
    @inlinable func span(of index: Int32) -> SourceSpan {
        let record = records[Int(index)]
        if record.hasExtension, let outOfLine = extensions[index] { return outOfLine.span }
        return record.span.span
    }

    /// The tag of the node at `index`.
    @inlinable func tag(of index: Int32) -> String? {
        records[Int(index)].hasExtension ? extensions[index]?.tag : nil
    }

    /// The resolved value of the scalar at `index` (`.null` for a collection).
    @inlinable func value(of index: Int32) -> YAMLValue {
        let record = records[Int(index)]
        switch record.valueKind {
        case .null: return .null
        case .bool: return .bool(record.payload != 0)
        case .int: return .int(Int(truncatingIfNeeded: record.payload))
        case .float: return .float(Double(bitPattern: record.payload))
        case .text: return .string(texts[Int(record.start)])
        case .otherString: return .string(texts[Int(truncatingIfNeeded: record.payload)])
        }
    }

    /// The text of the scalar at `index` (empty for a collection).
    @inlinable func text(of index: Int32) -> String {
        let record = records[Int(index)]
        return record.kind == .scalar ? texts[Int(record.start)] : ""
    }

    /// The `children` entries of the collection at `index` (none for a scalar).
    func childEntries(of index: Int32) -> UnsafeBufferPointer<Int32> {
        let record = records[Int(index)]
        let count = record.kind == .mapping ? 2 * record.count : record.kind == .sequence ? record.count : 0
        return UnsafeBufferPointer(start: children + Int(record.start), count: count)
    }

    // MARK: Lookup by key text

    /// Calls `body` with the UTF-8 bytes of the text at `textIndex` of `texts`, read in place:
    /// a small string's (most keys and names) from its two words, with no reference counting;
    /// a larger one's from its storage. `nil` when those bytes are not contiguous.
    @inlinable
    func withUTF8<Result>(ofText textIndex: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        #if _endian(little)
            if MemoryLayout<String>.size == 16, readsStringLayout {
                // The layout `ScalarText.smallStringLayoutHolds` confirmed: bit 61 of the second
                // word flags a small string, whose length is the low nibble of its top byte and
                // whose bytes are the words' first bytes. Read as plain words, not as a `String`.
                let words = UnsafeRawPointer(texts + textIndex)
                let second = words.load(fromByteOffset: 8, as: UInt64.self)
                if Self.isSmallString(secondWord: second) {
                    let count = Self.smallStringCount(secondWord: second)
                    let small = (words.load(as: UInt64.self), second)
                    return withUnsafeBytes(of: small) { body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
                }
            }
        #endif
        return texts[textIndex].utf8.withContiguousStorageIfAvailable { body(UnsafeRawBufferPointer($0)) }
    }

    /// The text at `textIndex` of `texts` as the words of a short name — its first eight UTF-8
    /// bytes and the next seven, each in the lowest byte first and zero past its length, and
    /// its length — when it is a small string (the layout `withUTF8(ofText:)` reads; most keys
    /// and names); `nil` otherwise. Read from the string's two words in place.
    @inlinable
    func smallTextWords(ofText textIndex: Int) -> (prefix: UInt64, suffix: UInt64, count: Int)? {
        #if _endian(little)
            if MemoryLayout<String>.size == 16, readsStringLayout {
                let words = UnsafeRawPointer(texts + textIndex)
                let second = words.load(fromByteOffset: 8, as: UInt64.self)
                guard Self.isSmallString(secondWord: second) else { return nil }
                let count = Self.smallStringCount(secondWord: second)
                let prefixMask: UInt64 = count >= 8 ? ~0 : (1 &<< (8 &* UInt64(truncatingIfNeeded: count))) &- 1
                let suffixMask: UInt64 = (1 &<< ((8 &* UInt64(truncatingIfNeeded: max(count, 8) &- 8)) & 63)) &- 1
                return (words.load(as: UInt64.self) & prefixMask, second & suffixMask, count)
            }
        #endif
        return nil
    }

    /// Whether the node at `index` is a scalar written as exactly `text`, byte for byte.
    func hasText(_ text: String, at index: Int32) -> Bool {
        let record = records[Int(index)]
        guard record.kind == .scalar else { return false }
        // Lengths first: they differ for most keys and are read without a call.
        return texts[Int(record.start)].utf8.count == text.utf8.count
            && texts[Int(record.start)].hasSameUTF8(as: text)
    }

    /// The value of the first pair of the mapping at `index` whose key is a scalar written as
    /// exactly `text`, byte for byte.
    func value(forKeyText text: String, in index: Int32) -> YAMLNode? {
        valueEntry(forKeyText: text, in: index).map(node(atChild:))
    }

    /// The `children` entry of the value `value(forKeyText:in:)` finds.
    func valueEntry(forKeyText text: String, in index: Int32) -> Int32? {
        guard records[Int(index)].kind == .mapping else { return nil }
        return valueEntry(
            forKeyText: text, print: Self.textPrint(of: text, readingLayout: readsStringLayout), in: index)
    }

    /// `value(forKeyText:in:)` with `text`'s print (`textPrint(of:)`) made by the caller.
    func value(forKeyText text: String, print wanted: UInt64, in index: Int32) -> YAMLNode? {
        valueEntry(forKeyText: text, print: wanted, in: index).map(node(atChild:))
    }

    /// The `children` entry of the value `value(forKeyText:print:in:)` finds.
    @usableFromInline
    func valueEntry(forKeyText text: String, print wanted: UInt64, in index: Int32) -> Int32? {
        let mapping = records[Int(index)]
        guard mapping.kind == .mapping else { return nil }
        // Each key's text print sits beside its entry, and the mapping's key index finds the
        // pairs with the wanted print without reading the others: most absent keys meet an
        // empty slot at once. A match is confirmed on the key's bytes (a string of this tree
        // inline, others out of line).
        let folded = Self.fold(wanted)
        let start = Int(mapping.start)
        let pairs = mapping.count
        if Self.hasKeyIndex(pairs: pairs) {
            let prints = UnsafePointer(entryPrints + start)
            let keyIndex = keyIndex(start: start, pairs: pairs)
            let shift = Int(keyIndex.load(as: UInt8.self))
            let mask = Self.keySlotMask(shift: shift)
            var slot = Self.homeKeySlot(of: folded, shift: shift)
            while true {
                let pair = keyIndex.load(fromByteOffset: 1 &+ slot, as: UInt8.self)
                if pair == Self.emptyKeySlot { return nil }
                slot = (slot &+ 1) & mask
                let entry = start &+ 2 &* Int(pair)
                if prints[Int(pair)] == folded && key(atEntry: entry, hasText: text, print: wanted) {
                    return children[entry &+ 1]
                }
            }
        }
        let prints = UnsafePointer(entryPrints + start)
        var pair = 0
        while let found = Self.firstPair(withPrint: folded, in: prints, from: pair, below: pairs) {
            let entry = start &+ 2 &* found
            if key(atEntry: entry, hasText: text, print: wanted) { return children[entry &+ 1] }
            pair = found &+ 1
        }
        return nil
    }

    /// Whether the key at `entry` of `children` is a scalar written as exactly `text`, whose
    /// print is `wanted`.
    @inline(__always)
    private func key(atEntry entry: Int, hasText text: String, print wanted: UInt64) -> Bool {
        let key = children[entry]
        guard key >= 0 && records[Int(key)].valueKind == .text else { return keyHasText(text, key) }
        return records[Int(key)].payload == wanted && Self.same(texts[Int(records[Int(key)].start)], text)
    }

    /// The first of the pairs `first..<end` whose key print (`prints`, a mapping's packed key
    /// prints) is `folded`, or `nil`, for the mappings without a key index and the keys
    /// settled out of line. Four prints a step, each settled by one comparison.
    @inline(__always)
    private static func firstPair(
        withPrint folded: UInt32, in prints: UnsafePointer<UInt32>, from first: Int, below end: Int
    ) -> Int? {
        var pair = first
        while pair &+ 4 <= end {
            if prints[pair] == folded { return pair }
            if prints[pair &+ 1] == folded { return pair &+ 1 }
            if prints[pair &+ 2] == folded { return pair &+ 2 }
            if prints[pair &+ 3] == folded { return pair &+ 3 }
            pair &+= 4
        }
        while pair < end {
            if prints[pair] == folded { return pair }
            pair &+= 1
        }
        return nil
    }

    /// `valueEntry(forKeyText:print:in:)` for the text of `count` bytes (at most 16) whose first
    /// eight are `prefix` and next eight `suffix`, zero past the count: a key that is a small
    /// string of this tree (most keys) is compared on its words in place, others out of line.
    /// `noEntry` when there is no such value: the common path packs and unpacks no optional.
    @usableFromInline
    func valueEntry(forKeyPrefix prefix: UInt64, suffix: UInt64, count: Int, in index: Int32) -> Int32 {
        let mapping = records[Int(index)]
        guard mapping.kind == .mapping else { return Self.noEntry }
        let wanted = Self.mix(prefix, count: count)
        // A small string's second word, past the bits `smallKeyMask` clears, is its bytes after
        // the eighth (zero past its length), its length and the flag that it is small: with an
        // equal print, which says the first eight bytes are the same for that length, one
        // comparison settles the key.
        let keyWord = suffix | UInt64(truncatingIfNeeded: count) &<< 56 | 1 &<< 61
        let start = Int(mapping.start)
        let pairs = mapping.count
        // A text of 16 bytes, which no small string holds, is compared out of line.
        guard readsSmallStringWords, count < 16, Self.hasKeyIndex(pairs: pairs) else {
            return valueEntry(forKeyPrefix: prefix, suffix: suffix, count: count, from: 0, in: index) ?? Self.noEntry
        }
        let folded = Self.fold(wanted)
        let prints = UnsafePointer(entryPrints + start)
        let keyIndex = keyIndex(start: start, pairs: pairs)
        let shift = Int(keyIndex.load(as: UInt8.self))
        let mask = Self.keySlotMask(shift: shift)
        var slot = Self.homeKeySlot(of: folded, shift: shift)
        while true {
            let pair = keyIndex.load(fromByteOffset: 1 &+ slot, as: UInt8.self)
            if pair == Self.emptyKeySlot { return Self.noEntry }
            slot = (slot &+ 1) & mask
            guard prints[Int(pair)] == folded else { continue }
            let entry = start &+ 2 &* Int(pair)
            let key = children[entry]
            // A key that is not a string of this tree (a hand-built one, another tree's node)
            // is compared out of line, with the rest: the common path calls nothing.
            guard key >= 0 && records[Int(key)].valueKind == .text else {
                return valueEntry(keyWord: keyWord, print: wanted, from: Int(pair), in: index) ?? Self.noEntry
            }
            guard records[Int(key)].payload == wanted else { continue }
            let second = UnsafeRawPointer(texts + Int(records[Int(key)].start)).load(fromByteOffset: 8, as: UInt64.self)
            if second & Self.smallKeyMask == keyWord { return children[entry &+ 1] }
            // A text too long to be small: its bytes where they lie, out of line.
            guard Self.isSmallString(secondWord: second) else {
                return valueEntry(keyWord: keyWord, print: wanted, from: Int(pair), in: index) ?? Self.noEntry
            }
        }
    }

    /// What `valueEntry(forKeyPrefix:suffix:count:in:)` returns for no value: no `children`
    /// entry is this low (the lowest, `-1 - i` for `foreign[i]`, would take 2^31 other trees).
    @usableFromInline static let noEntry = Int32.min

    /// The bits of a small string's second word that `valueEntry(forKeyPrefix:suffix:count:in:)`
    /// compares: its seven bytes after the eighth, its length (the low nibble of the top byte)
    /// and the flag that it is small (bit 61); not the ASCII flag, which the bytes imply.
    private static let smallKeyMask: UInt64 = 0x2FFF_FFFF_FFFF_FFFF

    /// `valueEntry(forKeyPrefix:suffix:count:in:)` from the pair at `first` on, for a text of
    /// at most 15 bytes given as the second word a small string of it has (`keyWord`) and its
    /// print, which together hold its bytes: the arguments the common path keeps.
    @inline(never)
    private func valueEntry(keyWord: UInt64, print wanted: UInt64, from first: Int, in index: Int32) -> Int32? {
        let count = Int(truncatingIfNeeded: (keyWord &>> 56) & 0xF)
        return valueEntry(
            forKeyPrefix: wanted ^ Self.mix(0, count: count), suffix: keyWord & 0x00FF_FFFF_FFFF_FFFF, count: count,
            from: first, in: index)
    }

    /// `valueEntry(forKeyPrefix:suffix:count:in:)` from the pair at `first` on, in the mapping
    /// at `index`, for the keys it does not settle in place and the mappings without a key
    /// index: a scan of the prints.
    @inline(never)
    private func valueEntry(
        forKeyPrefix prefix: UInt64, suffix: UInt64, count: Int, from first: Int, in index: Int32
    )
        -> Int32?
    {
        let wanted = Self.mix(prefix, count: count)
        let folded = Self.fold(wanted)
        let start = Int(records[Int(index)].start)
        let pairs = records[Int(index)].count
        let prints = UnsafePointer(entryPrints + start)
        var pair = first
        while let found = Self.firstPair(withPrint: folded, in: prints, from: pair, below: pairs) {
            let key = children[start &+ 2 &* found]
            let candidate = key < 0 || records[Int(key)].valueKind != .text || records[Int(key)].payload == wanted
            if candidate && keyHasText(prefix: prefix, suffix: suffix, count: count, key) {
                return children[start &+ 2 &* found &+ 1]
            }
            pair = found &+ 1
        }
        return nil
    }

    /// Whether `key`, a `children` entry, is a scalar written as the `count` bytes held in
    /// `prefix` and `suffix`: the keys `valueEntry(forKeyPrefix:suffix:count:in:)` does not
    /// settle on their words, compared as `valueEntry(forKeyText:print:in:)` compares them.
    @inline(never)
    private func keyHasText(prefix: UInt64, suffix: UInt64, count: Int, _ key: Int32) -> Bool {
        if key >= 0 && records[Int(key)].valueKind == .text {
            // A string too long to be small (or of another layout): its bytes where they lie.
            let textIndex = Int(records[Int(key)].start)
            if let same = withUTF8(ofText: textIndex, { Self.bytes($0, are: prefix, suffix, count: count) }) {
                return same
            }
            return texts[textIndex].hasSameUTF8(as: Self.text(prefix: prefix, suffix: suffix, count: count))
        }
        return keyHasText(Self.text(prefix: prefix, suffix: suffix, count: count), key)
    }

    /// Whether `bytes` are the `count` bytes (at most 16) held in `prefix` and `suffix`.
    private static func bytes(_ bytes: UnsafeRawBufferPointer, are prefix: UInt64, _ suffix: UInt64, count: Int) -> Bool
    {
        guard bytes.count == count else { return false }
        var first: UInt64 = 0
        var second: UInt64 = 0
        for i in 0..<count {
            if i < 8 {
                first |= UInt64(bytes[i]) << (8 * UInt64(i))
            } else {
                second |= UInt64(bytes[i]) << (8 * UInt64(i - 8))
            }
        }
        return first == prefix && second == suffix
    }

    /// The text of `count` bytes (at most 16) held in `prefix` and `suffix`, for the rare keys
    /// compared as strings.
    @inline(never)
    private static func text(prefix: UInt64, suffix: UInt64, count: Int) -> String {
        var bytes: [UInt8] = []
        for i in 0..<count {
            let word: UInt64 = i < 8 ? prefix : suffix
            bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(8 * (i % 8))))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `key`, a `children` entry for a key that is not a string of this tree, is a
    /// scalar written as exactly `text`.
    @inline(never)
    private func keyHasText(_ text: String, _ key: Int32) -> Bool {
        guard key < 0 else { return hasText(text, at: key) }
        let foreignKey = foreign[Int(-1 - key)]
        return foreignKey.tree.hasText(text, at: foreignKey.index)
    }

    /// Whether two texts whose prints are equal are the same bytes: equal short texts (most
    /// names) have the same inline representation and are settled without a call.
    @inline(__always)
    private static func same(_ stored: String, _ text: String) -> Bool {
        if MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size,
            unsafeBitCast(stored, to: (UInt64, UInt64).self) == unsafeBitCast(text, to: (UInt64, UInt64).self)
        {
            return true
        }
        return stored.hasSameUTF8(as: text)
    }

    /// Whether the node at `index` is a scalar whose value is the string `text`, byte for
    /// byte; `print` is `text`'s print. The print of a loaded string settles most mismatches
    /// without reading the scalar's text.
    @usableFromInline
    func hasStringValue(_ text: String, print: UInt64, at index: Int32) -> Bool {
        let record = records[Int(index)]
        switch record.valueKind {
        case .text: return record.payload == print && Self.same(texts[Int(record.start)], text)
        case .otherString: return texts[Int(truncatingIfNeeded: record.payload)].hasSameUTF8(as: text)
        case .null, .bool, .int, .float: return false
        }
    }

    /// Whether a `String`'s second word flags a small string (bit 61), in the layout
    /// `ScalarText.smallStringLayoutHolds` confirms; a string that owns storage never has it.
    @inlinable @inline(__always)
    static func isSmallString(secondWord: UInt64) -> Bool { secondWord & (1 << 61) != 0 }

    /// A small string's length in bytes: the low nibble of its second word's top byte.
    @inlinable @inline(__always)
    static func smallStringCount(secondWord: UInt64) -> Int { Int(truncatingIfNeeded: (secondWord >> 56) & 0xF) }

    /// A summary of `text` that equal texts share: its first eight UTF-8 bytes and its length.
    /// Member names differ in one or the other far more often than not.
    /// `readingLayout` says whether the string's own words may be read (see below).
    static func textPrint(of text: String, readingLayout: Bool = ScalarText.smallStringLayoutHolds) -> UInt64 {
        #if _endian(little)
            // A small string (up to 15 bytes: most keys) holds its bytes inline, the first eight
            // in its first word; its second word's top byte flags it as small (bit 61) and holds
            // its length. Read so, its print costs a few instructions instead of a call.
            // Only where the loader has confirmed the layout (`smallStringLayoutHolds`): the
            // prints of stored keys and of looked-up names must be made the same way.
            if MemoryLayout<String>.size == 16, readingLayout {
                let words = withUnsafeBytes(of: text) {
                    ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                }
                if Self.isSmallString(secondWord: words.1) {
                    let count = Self.smallStringCount(secondWord: words.1)
                    let prefix = count < 8 ? words.0 & ((1 << (8 * UInt64(count))) &- 1) : words.0
                    return Self.mix(prefix, count: count)
                }
            }
        #endif
        let contiguous = text.utf8.withContiguousStorageIfAvailable { Self.textPrint(of: UnsafeRawBufferPointer($0)) }
        return contiguous ?? Array(text.utf8).withUnsafeBytes { Self.textPrint(of: $0) }
    }

    /// `textPrint(of:)` of the string written as `bytes`.
    static func textPrint(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        var prefix: UInt64 = 0
        if bytes.count >= 8 {
            prefix = bytes.loadUnaligned(as: UInt64.self)
        } else {
            for i in 0..<bytes.count { prefix |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        }
        return Self.mix(prefix, count: bytes.count)
    }

    /// The print of a text of `count` bytes whose first eight (zero past the count) are `prefix`.
    @inlinable
    static func mix(_ prefix: UInt64, count: Int) -> UInt64 {
        prefix ^ (UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15)
    }
}
