import YAMLSource

/// FNV-1a 64-bit: a stable hash (unlike Swift's seeded `Hasher`) for finding fingerprints.
struct Fingerprint {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds `text` and a separator, so that `("ab", "c")` and `("a", "bc")` differ.
    mutating func add(_ text: String) {
        // Over the string's contiguous bytes when it has them (native strings do): several
        // times faster than iterating the UTF-8 view.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { add(bytes: $0) }
        if done == nil { add(bytes: text.utf8) }
        mix(0x1F)
    }

    /// Adds `number` as its decimal digits would be added by `add(String(number))`.
    mutating func add(_ number: Int) {
        guard number >= 0, number < 10 else { return add(String(number)) }
        mix(UInt8(ascii: "0") + UInt8(number))
        mix(0x1F)
    }

    /// Adds a node's value as canonical JSON would spell it (keys sorted), without building
    /// the text.
    mutating func addCanonical(_ node: YAMLNode) {
        if node.kind == .scalar {
            add(node.valueKey.canonicalText)
            mix(0x1F)
            return
        }
        var bytes: [UInt8] = []
        Self.appendCanonical(node, to: &bytes)
        add(canonicalBytes: bytes)
    }

    /// Adds bytes made by `appendCanonical` (kept by the caller for a node that many findings
    /// point at, such as a list or the root): the same hash as `addCanonical`.
    mutating func add(canonicalBytes bytes: [UInt8]) {
        add(bytes: bytes)
    }

    /// Adds `bytes` as they are, without a separator (`add(_:)` adds one after a text).
    @inline(__always) mutating func add<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        // In a local: the loop then keeps the state in a register.
        var state = self.state
        for byte in bytes { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        self.state = state
    }

    /// Appends the bytes `addCanonical` hashes for `node`.
    static func appendCanonical(_ node: YAMLNode, to bytes: inout [UInt8]) {
        // Read through the node's accessors: `content` would rebuild the node's enum (and
        // retain what it holds) at every node of the walk.
        switch node.kind {
        case .scalar:
            // `valueKey.canonicalText` without building it: strings are "s:" and the string.
            if var value = node.stringValue {
                bytes.append(UInt8(ascii: "s"))
                bytes.append(UInt8(ascii: ":"))
                value.withUTF8 { bytes.append(contentsOf: $0) }
            } else {
                bytes.append(contentsOf: node.valueKey.canonicalText.utf8)
            }
            bytes.append(0x1F)
        case .sequence:
            bytes.append(UInt8(ascii: "["))
            for index in 0..<node.childCount { appendCanonical(node.item(at: index), to: &bytes) }
            bytes.append(UInt8(ascii: "]"))
        case .mapping:
            bytes.append(UInt8(ascii: "{"))
            // The keys sorted in place in memory taken for the call (no list allocated per
            // mapping). Safe: every element is initialized before the sort and deinitialized
            // before the memory goes.
            let count = node.childCount
            withUnsafeTemporaryAllocation(of: (key: String, index: Int).self, capacity: count) { buffer in
                var keys = buffer
                for index in 0..<count { keys.initializeElement(at: index, to: (node.keyText(at: index) ?? "", index)) }
                keys.sort { $0.key < $1.key }
                for entry in keys {
                    // Over the key's contiguous bytes: appending its UTF-8 view goes byte by byte.
                    let copied: Void? = entry.key.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
                    if copied == nil { bytes.append(contentsOf: entry.key.utf8) }
                    bytes.append(0x1F)
                    appendCanonical(node.value(at: entry.index), to: &bytes)
                }
                _ = keys.deinitialize()
            }
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(0x1F)
    }

    /// Adds one byte (`0x1F` separates texts).
    mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01B3
    }

    /// The hash so far.
    var value: UInt64 { state }

    /// The hash as 16 lowercase hex digits.
    var hex: String {
        // Written digit by digit into the string's own storage: `String(_:radix:)` and padding
        // cost several times more, and a byte list first would be one more allocation.
        let state = state
        return String(unsafeUninitializedCapacity: 16) { buffer in
            var rest = state
            for position in stride(from: 15, through: 0, by: -1) {
                let digit = UInt8(truncatingIfNeeded: rest & 0xF)
                buffer[position] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                rest >>= 4
            }
            return 16
        }
    }
}
