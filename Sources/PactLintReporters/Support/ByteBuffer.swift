import PactLint

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A growable byte buffer appended to through a raw pointer: an append is a capacity check
/// and a copy, where `Array.append(contentsOf:)` costs about 90 instructions a call (the JSON
/// writer makes some 35 appends a finding).
///
/// Copies share storage until one of them appends (copy on write), like an array.
struct ByteBuffer {
    /// The bytes; shared by copies until one of them writes.
    private var storage: ByteStorage
    /// How many bytes the buffer holds.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int = 256) {
        storage = ByteStorage(capacity: max(capacity, 16))
    }

    /// Makes room for `extra` more bytes in storage this buffer alone holds.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > storage.capacity || !isKnownUniquelyReferenced(&storage) {
            reallocate(minimumCapacity: count + extra)
        }
    }

    @inline(never)
    private mutating func reallocate(minimumCapacity: Int) {
        let grown = ByteStorage(capacity: max(minimumCapacity, 2 * storage.capacity))
        grown.base.initialize(from: storage.base, count: count)
        storage = grown
    }

    /// Appends `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (storage.base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends `bytes`.
    @inline(__always)
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the bytes of `other`.
    @inline(__always)
    mutating func append(_ other: ByteBuffer) {
        other.withUnsafeBytes { append($0) }
    }

    /// Appends the bytes of `other` in `range` (positions in `other`).
    @inline(__always)
    mutating func append(_ other: ByteBuffer, range: Range<Int>) {
        other.withUnsafeBytes { append(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Appends a literal's UTF-8 (the bytes are in the binary: nothing to inspect).
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        (storage.base + count).initialize(to: byte)
        count += 1
    }

    /// Appends `byte` `count` times (nothing for a count of 0 or less).
    mutating func appendRepeated(_ byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        reserve(repeats)
        (storage.base + count).initialize(repeating: byte, count: repeats)
        count += repeats
    }

    /// Appends raw bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        UnsafeMutableRawPointer(storage.base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    /// Appends `"`, the sixteen bytes of `words` as they are in memory, and `"`: a fingerprint's
    /// hex digits (`Finding.fingerprintHexWords`), which need no escaping.
    @inline(__always)
    mutating func appendQuoted(words: (UInt64, UInt64)) {
        reserve(18)
        let target = UnsafeMutableRawPointer(storage.base + count)
        target.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
        target.storeBytes(of: words.0, toByteOffset: 1, as: UInt64.self)
        target.storeBytes(of: words.1, toByteOffset: 9, as: UInt64.self)
        target.storeBytes(of: UInt8(ascii: "\""), toByteOffset: 17, as: UInt8.self)
        count += 18
    }

    /// Appends `finding`'s fingerprint as a JSON string: a check's from its hash (hex digits
    /// need no escaping), any other quoted as text.
    @inline(__always)
    mutating func appendQuotedFingerprint(of finding: Finding) {
        if let digits = finding.fingerprintHexWords {
            appendQuoted(words: digits)
        } else {
            appendQuoted(finding.fingerprint)
        }
    }

    /// Appends `text`'s UTF-8 as it is.
    mutating func append(utf8Of text: String) {
        // A native string lends its UTF-8 as it is; `withUTF8` would need a mutable copy.
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) != nil { return }
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends `value` in decimal, as `String(value)` spells it, written in place.
    mutating func appendInteger(_ value: Int) {
        // Any `Int` takes at most 19 digits and a sign; its magnitude is below 10^19, so
        // `bound` cannot overflow.
        reserve(20)
        if UInt(bitPattern: value) < 100 {
            // 0 to 99 (a column, a document index, most lines): no division.
            let pairs = Self.digitPairs.utf8Start
            if value < 10 {
                storage.base[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
                count &+= 1
            } else {
                storage.base[count] = pairs[2 &* value]
                storage.base[count &+ 1] = pairs[2 &* value &+ 1]
                count &+= 2
            }
            return
        }
        var magnitude = value.magnitude
        var digits = 1
        var bound: UInt = 10
        while magnitude >= bound, digits < 19 {
            digits += 1
            bound &*= 10
        }
        if value < 0 { append(UInt8(ascii: "-")) }
        let start = storage.base + count
        var index = digits
        // Two digits a division: line numbers and offsets have three to six.
        let pairs = Self.digitPairs.utf8Start
        while magnitude >= 100 {
            let pair = Int(magnitude % 100)
            magnitude /= 100
            index -= 2
            start[index] = pairs[2 * pair]
            start[index + 1] = pairs[2 * pair + 1]
        }
        if magnitude >= 10 {
            start[0] = pairs[2 * Int(magnitude)]
            start[1] = pairs[2 * Int(magnitude) + 1]
        } else {
            start[0] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude)
        }
        count += digits
    }

    /// "00" to "99", each pair at twice its value.
    private static let digitPairs: StaticString =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    /// The byte at `index` (below `count`).
    subscript(index: Int) -> UInt8 {
        get {
            precondition(index >= 0 && index < count, "ByteBuffer index out of range")
            return storage.base[index]
        }
        set {
            precondition(index >= 0 && index < count, "ByteBuffer index out of range")
            reserve(0)
            storage.base[index] = newValue
        }
    }

    /// The bytes as findings rendered ahead, each ending at its place in `ends`: the storage
    /// is handed over, not copied (this buffer copies it before writing again).
    func rendered(ends: [Int]) -> RenderedFindings {
        RenderedFindings(storage: storage, count: count, ends: ends)
    }

    /// Copies the longest prefix of the UTF-8 `text` that holds none of the bytes JSON quoting
    /// escapes or looks at twice (C0 controls, quotes, backslashes, DEL and the lead bytes 0xC2
    /// and 0xE2 of the C1 controls and of U+2028/9), and returns its length.
    ///
    /// Sixteen bytes are tested at a time, each block with a few vector comparisons (SSE2 on
    /// x86-64), and stored as it is tested: about two instructions a byte where testing eight
    /// bytes at a time in a word and copying afterwards took twice as many.
    mutating func appendPlainPrefix(of text: UnsafeBufferPointer<UInt8>) -> Int {
        // Vectors made here, not constants behind a `static let` (whose access is a call).
        let space = SIMD16<UInt8>(repeating: 0x20)
        let quote = SIMD16<UInt8>(repeating: 0x22)
        let backslash = SIMD16<UInt8>(repeating: 0x5C)
        let delete = SIMD16<UInt8>(repeating: 0x7F)
        let c1Lead = SIMD16<UInt8>(repeating: 0xC2)
        let separatorLead = SIMD16<UInt8>(repeating: 0xE2)
        return appendPrefix(
            of: text,
            isPlain: { block in
                let stops =
                    (block .< space) .| (block .== quote) .| (block .== backslash) .| (block .== delete)
                    .| (block .== c1Lead) .| (block .== separatorLead)
                return !any(stops)
            },
            stops: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 })
    }

    /// Copies the longest prefix of the UTF-8 `text` that holds none of the bytes that start a
    /// scalar `ControlCharacterEscaping` makes visible (C0 controls, DEL, and the lead bytes
    /// 0xC2, 0xD8 and 0xE2 of the C1 controls, U+061C and the U+20xx controls), and returns its
    /// length; sixteen bytes a step, as `appendPlainPrefix(of:)`.
    mutating func appendVisiblePrefix(of text: UnsafeBufferPointer<UInt8>) -> Int {
        let space = SIMD16<UInt8>(repeating: 0x20)
        let delete = SIMD16<UInt8>(repeating: 0x7F)
        let c1Lead = SIMD16<UInt8>(repeating: 0xC2)
        let arabicLead = SIMD16<UInt8>(repeating: 0xD8)
        let punctuationLead = SIMD16<UInt8>(repeating: 0xE2)
        return appendPrefix(
            of: text,
            isPlain: { block in
                let stops =
                    (block .< space) .| (block .== delete) .| (block .== c1Lead) .| (block .== arabicLead)
                    .| (block .== punctuationLead)
                return !any(stops)
            },
            stops: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 })
    }

    /// Copies `text` up to its first byte for which `stops` holds, testing blocks of sixteen
    /// with `isPlain` (which holds when no byte of the block stops), and returns how many bytes
    /// it copied.
    @inline(__always)
    private mutating func appendPrefix(
        of text: UnsafeBufferPointer<UInt8>, isPlain: (SIMD16<UInt8>) -> Bool, stops: (UInt8) -> Bool
    ) -> Int {
        guard let source = text.baseAddress else { return 0 }
        let length = text.count
        reserve(length)
        let destination = storage.base + count
        var index = 0
        if length < 16 {
            // A short text in one block, padded with a byte that stops neither test.
            var block = SIMD16<UInt8>(repeating: UInt8(ascii: "a"))
            withUnsafeMutableBytes(of: &block) { $0.baseAddress?.copyMemory(from: source, byteCount: length) }
            if isPlain(block) {
                UnsafeMutableRawPointer(destination).copyMemory(from: source, byteCount: length)
                index = length
            }
        } else {
            while index &+ 16 <= length {
                let block = UnsafeRawPointer(source + index).loadUnaligned(as: SIMD16<UInt8>.self)
                guard isPlain(block) else { break }
                UnsafeMutableRawPointer(destination + index).storeBytes(of: block, as: SIMD16<UInt8>.self)
                index &+= 16
            }
            if index < length, index &+ 16 > length {
                // The last bytes as the last sixteen, overlapping bytes already copied.
                let last = length &- 16
                let block = UnsafeRawPointer(source + last).loadUnaligned(as: SIMD16<UInt8>.self)
                if isPlain(block) {
                    UnsafeMutableRawPointer(destination + last).storeBytes(of: block, as: SIMD16<UInt8>.self)
                    index = length
                }
            }
        }
        // Bytes from the block where a stop was found, one at a time.
        while index < length {
            let byte = source[index]
            if stops(byte) { break }
            destination[index] = byte
            index &+= 1
        }
        count &+= index
        return index
    }

    /// Appends `text` with `spaces` spaces dropped after each line feed; returns `false`,
    /// appending nothing, if a line feed is not followed by that many spaces.
    mutating func appendDedented(_ text: UnsafeBufferPointer<UInt8>, by spaces: Int) -> Bool {
        guard let base = text.baseAddress else { return true }
        let start = count
        reserve(text.count)
        var runStart = 0
        while runStart < text.count {
            let rest = text.count - runStart
            guard let found = memchr(base + runStart, 0x0A, rest) else {
                append(UnsafeBufferPointer(start: base + runStart, count: rest))
                break
            }
            let lineFeed = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            // The run up to and with the line feed, then the line without its first spaces.
            append(UnsafeBufferPointer(start: base + runStart, count: lineFeed + 1 - runStart))
            let next = lineFeed + 1
            guard next + spaces <= text.count,
                UnsafeBufferPointer(rebasing: text[next..<(next + spaces)]).allSatisfy({ $0 == UInt8(ascii: " ") })
            else {
                count = start
                return false
            }
            runStart = next + spaces
        }
        return true
    }

    /// Forgets the bytes, keeping the capacity.
    mutating func removeAll() {
        count = 0
    }

    /// Calls `body` with the bytes.
    func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) {
            try body(UnsafeBufferPointer(start: storage.base, count: count))
        }
    }
}
