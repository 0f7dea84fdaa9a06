/// A file's bytes and its line table: the one place that turns byte offsets into lines and
/// columns.
///
/// Lines break at LF, CR and CRLF only, as editors count them (libyaml also breaks at NEL, LS
/// and PS; pactlint does not). The text after the last line break counts as a line even when
/// it is empty, so a position at the very end of a file that ends with a newline is on the
/// line after it. Columns count Unicode scalars, byte offsets are 0-based.
public struct SourceFile: Sendable {
    /// The file's path as given by the caller (relative paths stay relative).
    public let path: String
    /// The file's content, unmodified (a byte order mark, if any, is kept).
    public let bytes: [UInt8]
    /// The byte offset of the first byte of each line; `lineStarts[0] == 0`.
    package let lineStarts: [Int]
    /// Whether every byte is ASCII, so character indices, byte offsets and columns coincide.
    package let isASCII: Bool
    /// The first offending byte if the content is not valid UTF-8.
    package let invalidUTF8: InvalidUTF8?
    /// Whether the file starts with a UTF-8 byte order mark (EF BB BF). The mark is not part
    /// of the first line's text: columns on that line count from after it, as editors show.
    /// A second mark right after it is text, as editors show it (and YAML loading hands
    /// libyaml neither: see `LibYAMLEventParser`).
    package let hasByteOrderMark: Bool

    /// Where and why a file stops being valid UTF-8.
    package struct InvalidUTF8: Sendable, Hashable {
        /// 0-based offset of the first byte that cannot be decoded.
        package var offset: Int
        /// That byte.
        package var byte: UInt8
        /// Whether the byte is a valid lead byte whose sequence is cut short.
        package var isTruncatedSequence: Bool
    }

    /// Wraps `bytes` and builds the line table, checking UTF-8 on the way.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        // Most files: ASCII (so valid UTF-8), every line ended by LF alone. Then only LFs need
        // finding, and the C library finds them many bytes an instruction.
        let asciiLineStarts = bytes.withUnsafeBytes { raw in
            Self.isASCII(raw) && ByteSearch.firstOffset(of: 0x0D, in: raw, from: 0) == raw.count
                ? Self.lineStarts(afterLineFeedsIn: raw) : nil
        }
        if let asciiLineStarts {
            self.lineStarts = asciiLineStarts
            self.isASCII = true
            self.invalidUTF8 = nil
            return
        }
        var starts = [0]
        // About one line every 30 bytes in partnership files; more only costs a regrowth.
        starts.reserveCapacity(bytes.count / 24 + 1)
        var ascii = true
        var invalid: InvalidUTF8?
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var i = 0
            let raw = UnsafeRawBufferPointer(buffer)
            while i < count {
                // Eight bytes at a time while they are ASCII and hold no CR: their LFs, found
                // exactly, start lines.
                while i &+ 8 <= count, var lineFeeds = Self.lineFeedsInASCIIWithoutCR(raw, at: i) {
                    while lineFeeds != 0 {
                        starts.append(i &+ lineFeeds.trailingZeroBitCount &>> 3 &+ 1)
                        lineFeeds &= lineFeeds &- 1
                    }
                    i &+= 8
                }
                guard i < count else { break }
                let byte = buffer[i]
                if byte >= 0x80 {
                    ascii = false
                    let width = Self.sequenceWidth(buffer, at: i)
                    if width > 0 {
                        i += width
                    } else {
                        if invalid == nil {
                            invalid = InvalidUTF8(
                                offset: i, byte: byte, isTruncatedSequence: Self.isLeadByte(byte))
                        }
                        i += 1
                    }
                    continue
                }
                i += 1
                if byte == 0x0A {
                    starts.append(i)
                } else if byte == 0x0D {
                    if i < count, buffer[i] == 0x0A { i += 1 }
                    starts.append(i)
                }
            }
        }
        self.lineStarts = starts
        self.isASCII = ascii
        self.invalidUTF8 = invalid
    }

    /// Wraps the UTF-8 encoding of `text`.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The number of lines, counting the (possibly empty) text after the last line break.
    public var lineCount: Int { lineStarts.count }

    /// The text of line `number` (1-based) without its line break; empty when out of range.
    /// Bytes that are not valid UTF-8 decode as U+FFFD.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let range = lineContentRange(number - 1)
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// The position of the byte at `offset` (clamped to the file). The column counts the
    /// Unicode scalars before `offset` on its line.
    public func position(atByteOffset offset: Int) -> SourcePosition {
        let offset = min(max(offset, 0), bytes.count)
        let lineIndex = lineIndex(containing: offset)
        let start = lineTextStart(lineIndex)
        let column = isASCII ? offset - start + 1 : 1 + scalarCount(from: start, to: offset)
        return SourcePosition(offset: offset, line: lineIndex + 1, column: column)
    }

    /// The lines of `span` and up to `context` lines before and after it.
    public func excerpt(around span: SourceSpan, context: Int) -> (firstLine: Int, lines: [String]) {
        let excerpt = excerpt(around: span, context: context, maximumLineLength: .max)
        return (excerpt.firstLine, excerpt.lines)
    }

    /// The 0-based index of the line that holds `offset`.
    package func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The byte range of line `index` (0-based) without its line break.
    package func lineContentRange(_ index: Int) -> Range<Int> {
        let start = lineTextStart(index)
        guard index + 1 < lineStarts.count else { return start..<bytes.count }
        // Every line but the last ends in exactly one line break: LF, CR or CRLF.
        var end = lineStarts[index + 1] - 1
        if end > start, bytes[end] == 0x0A, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Where the text of line `index` (0-based) starts: its first byte, or after the byte
    /// order mark on the first line.
    package func lineTextStart(_ index: Int) -> Int {
        index == 0 && hasByteOrderMark ? 3 : lineStarts[index]
    }

    /// The number of Unicode scalars in `start..<end`: every byte that is not a UTF-8
    /// continuation byte starts one.
    package func scalarCount(from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        return bytes.withUnsafeBytes { raw in
            var count = 0
            var i = start
            // Eight bytes at a time: a continuation byte has its top bits 10.
            while i + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
                count += 8 - continuations.nonzeroBitCount
                i += 8
            }
            while i < end {
                if raw[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
            return count
        }
    }

    /// Whether every byte of `bytes` is ASCII: 32 bytes a step.
    private static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let count = bytes.count
        var i = 0
        var seen: UInt64 = 0
        while i &+ 32 <= count {
            seen |=
                bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                | bytes.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)
                | bytes.loadUnaligned(fromByteOffset: i &+ 16, as: UInt64.self)
                | bytes.loadUnaligned(fromByteOffset: i &+ 24, as: UInt64.self)
            if seen & 0x8080_8080_8080_8080 != 0 { return false }
            i &+= 32
        }
        while i < count {
            seen |= UInt64(bytes[i])
            i &+= 1
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }

    /// The line starts of `bytes`, whose lines all end in LF alone: 0, and the offset after
    /// each LF. Written in place up to the room reserved, appended after that.
    private static func lineStarts(afterLineFeedsIn bytes: UnsafeRawBufferPointer) -> [Int] {
        var next = 0
        var finished = false
        var starts = [Int](unsafeUninitializedCapacity: bytes.count / 24 + 2) { room, written in
            room[0] = 0
            written = 1
            while written < room.count {
                let lineFeed = ByteSearch.firstOffset(of: 0x0A, in: bytes, from: next)
                guard lineFeed < bytes.count else {
                    finished = true
                    return
                }
                next = lineFeed &+ 1
                room[written] = next
                written &+= 1
            }
        }
        while !finished {
            let lineFeed = ByteSearch.firstOffset(of: 0x0A, in: bytes, from: next)
            guard lineFeed < bytes.count else { break }
            next = lineFeed &+ 1
            starts.append(next)
        }
        return starts
    }

    /// The eight bytes at `offset`, if they are all ASCII and none is CR: a mask with the high
    /// bit set in each byte that is LF (byte 0 lowest); `nil` otherwise.
    @inline(__always)
    private static func lineFeedsInASCIIWithoutCR(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt64? {
        let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        guard word & highs == 0 else { return nil }
        // For ASCII bytes, `b + 0x7F` carries into the high bit exactly when `b` is not zero,
        // and never into the next byte; a byte of `word ^ pattern` is zero where `word` has
        // the pattern's byte.
        let lf = word ^ 0x0A0A_0A0A_0A0A_0A0A
        let cr = word ^ 0x0D0D_0D0D_0D0D_0D0D
        guard ~(cr &+ lows) & highs == 0 else { return nil }
        return ~(lf &+ lows) & highs
    }

    private static func isLeadByte(_ byte: UInt8) -> Bool {
        (0xC2...0xF4).contains(byte)
    }

    /// The length of the well-formed UTF-8 sequence that starts at `i` with a non-ASCII byte,
    /// or 0 when it is ill-formed (overlong, surrogate, beyond U+10FFFF, or cut short).
    private static func sequenceWidth(_ buffer: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let lead = buffer[i]
        let width: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: width = 2
        case 0xE0: width = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: width = 3
        case 0xED: width = 3; high = 0x9F
        case 0xF0: width = 4; low = 0x90
        case 0xF1...0xF3: width = 4
        case 0xF4: width = 4; high = 0x8F
        default: return 0
        }
        guard i + width <= buffer.count else { return 0 }
        let second = buffer[i + 1]
        guard second >= low, second <= high else { return 0 }
        for k in 2..<width where buffer[i + k] & 0xC0 != 0x80 { return 0 }
        return width
    }
}
