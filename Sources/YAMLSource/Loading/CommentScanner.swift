/// Finds `#` comments in the source text outside scalars, as the events go by.
///
/// libyaml does not report comments. Between two scalars, a `#` that starts a line or follows
/// a space, tab, line break or a byte order mark that libyaml skips starts a comment that runs
/// to the end of its line (YAML 1.2, section 6.6); inside a scalar's span it is text. A block
/// scalar's header line (`key: | # note`) may hold a comment, so a block scalar's text starts
/// after that line.
struct CommentScanner {
    private(set) var comments: [YAMLComment] = []
    /// Everything before this byte offset has been scanned or belongs to a scalar.
    private var scanned = 0
    /// When at least `scanned`, the offset of the first `#` at or after `scanned` (the file's
    /// size if there is none): found once, it answers every scan that ends before it, which is
    /// most of them (one before each scalar). Searched again only once passed.
    private var nextHash = -1

    /// Scans the text before a scalar that starts at byte `start` (for a block scalar, the
    /// text up to the end of its header line, which may hold a comment).
    mutating func scan(
        before start: Int, style: YAMLScalar.Style, in file: SourceFile, cursor: inout PositionCursor
    ) {
        let textStart = style == .literal || style == .folded ? lineEnd(after: start, in: file.bytes) : start
        guard textStart > scanned else { return }
        if nextHash >= textStart {
            scanned = textStart  // No `#` before the scalar.
        } else {
            scan(upTo: textStart, in: file, cursor: &cursor)
        }
    }

    /// Skips a scalar that ends at byte `end` if no `#` comes before its end and it is not a
    /// block scalar (whose header line may hold a comment): then nothing before it is a
    /// comment (`nextHash` is the first `#` after `scanned`, or `scanned` is past the scalar),
    /// and it is as if `scan(before:style:in:cursor:)` and `skip(to:)` had run. Most scalars;
    /// returns `false` for the others, to be scanned.
    @inline(__always)
    mutating func skipsClear(scalarTo end: Int, style: YAMLScalar.Style) -> Bool {
        guard nextHash >= end, style != .literal, style != .folded else { return false }
        scanned = max(scanned, end)
        return true
    }

    /// Records that the text up to byte `end` is a scalar's, not to be scanned.
    mutating func skip(to end: Int) {
        scanned = max(scanned, end)
    }

    /// Scans the rest of the file.
    mutating func finish(in file: SourceFile, cursor: inout PositionCursor) {
        scan(upTo: file.bytes.count, in: file, cursor: &cursor)
        scanned = file.bytes.count
    }

    private mutating func scan(upTo limit: Int, in file: SourceFile, cursor: inout PositionCursor) {
        let bytes = file.bytes
        var i = scanned
        while i < limit {
            if nextHash < i { nextHash = Self.firstHash(in: bytes, from: i) }
            guard nextHash < limit else {
                i = limit
                break
            }
            i = nextHash
            if i > 0 {
                let previous = bytes[i - 1]
                let isSeparated =
                    previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") || previous == 0x0A
                    || previous == 0x0D
                    || Self.followsSkippedByteOrderMark(i, in: bytes)
                guard isSeparated else {
                    i += 1
                    continue
                }
            }
            let end = lineEnd(after: i, in: bytes)
            let text = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            let span = SourceSpan(start: cursor.position(atByteOffset: i), end: cursor.position(atByteOffset: end))
            comments.append(YAMLComment(text: text, span: span))
            i = end
        }
        scanned = max(scanned, i)
    }

    /// Whether the byte at `offset` follows a byte order mark (EF BB BF) that libyaml skips
    /// as no text: one of those the file starts with (the loader hands libyaml none of them),
    /// or the one that starts a later line (libyaml skips one at the start of a line; a second
    /// is text).
    private static func followsSkippedByteOrderMark(_ offset: Int, in bytes: [UInt8]) -> Bool {
        func isMark(endingAt end: Int) -> Bool {
            end >= 3 && bytes[end - 3] == 0xEF && bytes[end - 2] == 0xBB && bytes[end - 1] == 0xBF
        }
        guard isMark(endingAt: offset) else { return false }
        var start = offset - 3
        while isMark(endingAt: start) { start -= 3 }
        if start == 0 { return true }
        return start == offset - 3 && (bytes[start - 1] == 0x0A || bytes[start - 1] == 0x0D)
    }

    /// The offset of the first `#` at or after `start`, or the count if there is none.
    private static func firstHash(in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBytes { ByteSearch.firstOffset(of: UInt8(ascii: "#"), in: $0, from: start) }
    }

    /// The offset of the first line break at or after `offset`, or the end of the file.
    private func lineEnd(after offset: Int, in bytes: [UInt8]) -> Int {
        var i = offset
        while i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
        return i
    }
}
