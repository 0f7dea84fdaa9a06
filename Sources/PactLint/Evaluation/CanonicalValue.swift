import YAMLSource

/// The canonical bytes of a node's value, which fingerprints hash (and baselines keep): a
/// scalar as `ValueKey.canonicalText` and `0x1F`, a list as `[`, its items and `]`, a mapping
/// as `{`, each key's text and `0x1F` and its value, keys sorted as `String`'s `<` sorts them,
/// and `}`; every node followed by `0x1F`.
///
/// The walk reads the tree in place through cursors (no retain a node) and texts from where
/// the tree keeps them (no `String` a key or scalar); mappings whose keys are all ASCII are
/// sorted on their bytes, which orders them as `String`'s `<` does, and any other mapping by
/// comparing its keys as strings, as before.
enum CanonicalValue {
    /// Writes the canonical bytes of `node` to `sink`; `node` must stay alive meanwhile (see
    /// `YAMLNodeCursor`).
    static func write<Sink: CanonicalByteSink>(_ node: YAMLNodeCursor, to sink: inout Sink) {
        // Most nodes: a short string, told and read with one look at the node.
        if let text = node.stringWords {
            return sink.appendShortString(prefix: text.prefix, suffix: text.suffix, count: text.count)
        }
        switch node.kind {
        case .scalar:
            writeScalar(node, to: &sink)
        case .sequence:
            sink.append(UInt8(ascii: "["))
            // Items of a list are often mappings with the same keys in the same order (the
            // actions of a partnership): sorted once, their order serves the next ones.
            var siblingOrder = SiblingOrder()
            defer { siblingOrder.deallocate() }
            for index in 0..<node.childCount {
                let item = node.item(at: index)
                if item.kind == .mapping {
                    sink.append(UInt8(ascii: "{"))
                    writePairs(of: item, to: &sink, siblingOrder: &siblingOrder, remembers: true)
                    sink.append(UInt8(ascii: "}"))
                    sink.append(0x1F)
                } else {
                    write(item, to: &sink)
                }
            }
            sink.append(UInt8(ascii: "]"))
        case .mapping:
            sink.append(UInt8(ascii: "{"))
            var noSiblings = SiblingOrder()
            writePairs(of: node, to: &sink, siblingOrder: &noSiblings, remembers: false)
            sink.append(UInt8(ascii: "}"))
        }
        sink.append(0x1F)
    }

    /// A scalar's `ValueKey.canonicalText` and `0x1F` (a short string is written by `write`):
    /// a string as `s:` and its bytes.
    private static func writeScalar<Sink: CanonicalByteSink>(_ node: YAMLNodeCursor, to sink: inout Sink) {
        let written: Void? = node.withStringValueUTF8 { text in
            sink.append(UInt8(ascii: "s"))
            sink.append(UInt8(ascii: ":"))
            sink.append(text)
        }
        if written == nil {
            if var text = node.stringValue {
                // A string whose bytes are not stored contiguously (none the loader makes).
                sink.append(UInt8(ascii: "s"))
                sink.append(UInt8(ascii: ":"))
                text.withUTF8 { sink.append(UnsafeRawBufferPointer($0)) }
            } else {
                writeNonString(node.scalarValue, to: &sink)
            }
        }
        sink.append(0x1F)
    }

    /// `ValueKey.canonicalText` of a null, boolean or number.
    private static func writeNonString<Sink: CanonicalByteSink>(_ value: YAMLValue?, to sink: inout Sink) {
        switch value {
        case .null?, nil: append("null", to: &sink)
        case .bool(let value)?: append(value ? "true" : "false", to: &sink)
        case .int(let value)? where value > -1_000_000_000_000_000 && value < 1_000_000_000_000_000:
            // Below 10^15 an integer is exact as a `Double`, which `ValueFormatting.number`
            // spells as these digits.
            writeDigits(of: value, to: &sink)
        case .int(let value)?: append(ValueFormatting.number(Double(value)), to: &sink)
        case .float(let value)?: append(ValueFormatting.number(value), to: &sink)
        case .string(let value)?: append("s:" + value, to: &sink)
        }
    }

    /// The decimal digits of `value` (`String(value)`), `value` above `Int.min`.
    private static func writeDigits<Sink: CanonicalByteSink>(of value: Int, to sink: inout Sink) {
        if value < 0 { sink.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        var divisor: UInt = 1
        while divisor <= rest / 10 { divisor *= 10 }
        while divisor > 0 {
            sink.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Appends the UTF-8 bytes of `text`.
    private static func append<Sink: CanonicalByteSink>(_ text: String, to sink: inout Sink) {
        var text = text
        text.withUTF8 { sink.append(UnsafeRawBufferPointer($0)) }
    }

    /// A mapping's pairs in key order: each key's text and `0x1F`, then its value.
    /// `siblingOrder` is the sorted keys of the mapping before it in the same list, if any;
    /// when `remembers`, it is then this mapping's, if all of its keys are short enough to be
    /// compared whole.
    private static func writePairs<Sink: CanonicalByteSink>(
        of node: YAMLNodeCursor, to sink: inout Sink, siblingOrder: inout SiblingOrder, remembers: Bool
    ) {
        let count = node.childCount
        // The keys sorted in place in memory taken for the call (no list allocated per
        // mapping). `Key` is plain data: nothing to deinitialize.
        withUnsafeTemporaryAllocation(of: Key.self, capacity: count) { buffer in
            var keys = buffer
            var keysAreShort = true
            for index in 0..<count {
                guard let key = Key(of: node, at: index) else {
                    // A key outside ASCII (or not a scalar of this tree): strings compare it.
                    if remembers { siblingOrder.remember(nil) }
                    return writePairsByString(of: node, to: &sink)
                }
                if key.count > 16 { keysAreShort = false }
                keys.initializeElement(at: index, to: key)
            }
            if keysAreShort, let known = siblingOrder.sorted(ifKeysOf: UnsafeBufferPointer(keys)) {
                // The same keys in the same places: the sort would give the same order.
                return writePairs(of: node, in: known, to: &sink)
            }
            keys.sort { $0.precedes($1, in: node) }
            if remembers { siblingOrder.remember(keysAreShort ? UnsafeBufferPointer(keys) : nil) }
            writePairs(of: node, in: UnsafeBufferPointer(keys), to: &sink)
        }
    }

    /// Writes the pairs of `node` in the order of `keys`, which are its keys sorted.
    private static func writePairs<Sink: CanonicalByteSink, Keys: Collection<Key>>(
        of node: YAMLNodeCursor, in keys: Keys, to sink: inout Sink
    ) {
        for key in keys {
            if key.count <= 16 {
                sink.append(prefix: key.first.byteSwapped, suffix: key.second.byteSwapped, count: key.count)
            } else {
                _ = node.withKeyUTF8(at: key.index) { sink.append($0) }
            }
            sink.append(0x1F)
            write(node.value(at: key.index), to: &sink)
        }
    }

    /// The sorted keys of a mapping, for the next mapping of the same list: kept in memory the
    /// list's walk allocates and frees itself (`Key` is plain data), so that remembering and
    /// reading them costs no reference counting.
    private struct SiblingOrder {
        private var keys: UnsafeMutableBufferPointer<Key>?
        private var count = 0

        /// The remembered keys in sorted order if `keys` (in their pairs' order) are the same
        /// keys, each at the same index; `nil` otherwise.
        func sorted(ifKeysOf keys: UnsafeBufferPointer<Key>) -> UnsafeBufferPointer<Key>? {
            guard let known = self.keys, keys.count == count else { return nil }
            let sorted = UnsafeBufferPointer(rebasing: known[..<count])
            for key in sorted {
                let other = keys[key.index]
                guard key.first == other.first, key.second == other.second, key.count == other.count else {
                    return nil
                }
            }
            return sorted
        }

        /// Remembers `sorted` (a mapping's keys in sorted order), or forgets for `nil`.
        mutating func remember(_ sorted: UnsafeBufferPointer<Key>?) {
            guard let sorted else { return count = -1 }
            if let keys, keys.count < sorted.count {
                keys.deallocate()
                self.keys = nil
            }
            let memory = keys ?? .allocate(capacity: max(sorted.count, 16))
            _ = memory.initialize(fromContentsOf: sorted)
            keys = memory
            count = sorted.count
        }

        /// Frees the memory; the order is not used after.
        func deallocate() {
            keys?.deallocate()
        }
    }

    /// `writePairs` with the keys sorted as strings: their order by `String`'s `<`, which
    /// compares canonically equivalent texts as equal, is not their bytes' order outside ASCII.
    private static func writePairsByString<Sink: CanonicalByteSink>(of node: YAMLNodeCursor, to sink: inout Sink) {
        let count = node.childCount
        // Safe: every element is initialized before the sort and deinitialized before the
        // memory goes.
        withUnsafeTemporaryAllocation(of: (key: String, index: Int).self, capacity: count) { buffer in
            var keys = buffer
            for index in 0..<count { keys.initializeElement(at: index, to: (node.keyText(at: index) ?? "", index)) }
            keys.sort { $0.key < $1.key }
            for entry in keys {
                append(entry.key, to: &sink)
                sink.append(0x1F)
                write(node.value(at: entry.index), to: &sink)
            }
            _ = keys.deinitialize()
        }
    }

    /// An ASCII key of a mapping, as sorting reads it: its first sixteen bytes as two
    /// big-endian numbers (zero past its end), its length and its pair's index.
    private struct Key {
        let first: UInt64
        let second: UInt64
        let count: Int
        let index: Int

        /// The key of the pair at `index` of `node`; `nil` if it is not an ASCII scalar of the
        /// node's tree with contiguous bytes.
        @inline(__always)
        init?(of node: YAMLNodeCursor, at index: Int) {
            if let short = node.keyWords(at: index) {
                guard (short.prefix | short.suffix) & 0x8080_8080_8080_8080 == 0 else { return nil }
                self.init(
                    first: short.prefix.byteSwapped, second: short.suffix.byteSwapped, count: short.count, index: index)
            } else {
                guard case let key?? = node.withKeyUTF8(at: index, { Key(ascii: $0, index: index) }) else { return nil }
                self = key
            }
        }

        private init(first: UInt64, second: UInt64, count: Int, index: Int) {
            self.first = first
            self.second = second
            self.count = count
            self.index = index
        }

        /// The key written as `bytes`; `nil` if a byte is outside ASCII.
        private init?(ascii bytes: UnsafeRawBufferPointer, index: Int) {
            var high: UInt8 = 0
            for byte in bytes { high |= byte }
            guard high < 0x80 else { return nil }
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) {
                $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes.prefix(16)))
            }
            self.init(
                first: UInt64(littleEndian: words.0).byteSwapped, second: UInt64(littleEndian: words.1).byteSwapped,
                count: bytes.count, index: index)
        }

        /// Whether this key sorts before `other`, keys of `node`: byte by byte, a key that
        /// is the start of the other first — for ASCII texts, what `String`'s `<` decides.
        func precedes(_ other: Key, in node: YAMLNodeCursor) -> Bool {
            if first != other.first { return first < other.first }
            if second != other.second { return second < other.second }
            // The same first sixteen bytes: a key of at most sixteen is the start of the other
            // (the zeros past its end matched the other's bytes), or the same key.
            if count <= 16 || other.count <= 16 { return count < other.count }
            let precedes = node.withKeyUTF8(at: index) { mine in
                node.withKeyUTF8(at: other.index) { theirs in mine.lexicographicallyPrecedes(theirs) }
            }
            return precedes == true
        }
    }
}
