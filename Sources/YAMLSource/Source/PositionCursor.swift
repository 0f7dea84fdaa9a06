/// Turns libyaml's marks into pactlint positions, cheaply, for marks that arrive in roughly
/// increasing order (as events do).
///
/// libyaml's mark `index` counts characters (Unicode scalars; CRLF counts two), not bytes, and
/// its `line`/`column` also break at NEL, LS and PS. So only `index` is used: the cursor walks
/// from the previous mark to the next one to find the byte offset, then takes the line from
/// the file's own line table and counts the column from a remembered point on that line.
/// Walking is linear in the distance between consecutive marks, so a whole file costs one
/// pass, not one pass per event.
package struct PositionCursor {
    package let file: SourceFile
    private var characterIndex = 0
    private var byteOffset = 0
    /// 0-based index of the line of the last position.
    private var line = 0
    /// A point on `line` whose column is known, to count the next column from.
    private var columnOffset = 0
    private var column = 1
    /// In an ASCII file, the offsets of the current line (its break included, and the end of
    /// the file on the last line): where a position is its offset on this line, found
    /// without a call. Empty until the first position.
    private var asciiLineStart = 0
    private var asciiLineEnd = 0
    /// In an ASCII file, the end of the line after the current one (`asciiLineEnd` if there is
    /// none): events move on to the next line more often than anywhere else.
    private var asciiNextLineEnd = 0

    package init(file: SourceFile) {
        self.file = file
        self.columnOffset = file.lineTextStart(0)
    }

    /// The position of libyaml's character `index` (clamped to the file).
    @inline(__always)
    package mutating func position(atCharacterIndex index: Int) -> SourcePosition {
        position(atByteOffset: byteOffset(atCharacterIndex: index))
    }

    /// The byte offset of libyaml's character `index` (clamped to the file).
    @inline(__always)
    package mutating func byteOffset(atCharacterIndex index: Int) -> Int {
        // In an ASCII file (most), character indices are byte offsets.
        if file.isASCII { return min(max(index, 0), file.bytes.count) }
        return byteOffset(walkingToCharacterIndex: index)
    }

    /// `byteOffset(atCharacterIndex:)` in a file that is not ASCII: walks from the last mark.
    private mutating func byteOffset(walkingToCharacterIndex index: Int) -> Int {
        let count = file.bytes.count
        var character = characterIndex
        var offset = byteOffset
        file.bytes.withUnsafeBytes { bytes in
            // Eight ASCII characters at a time while there are that many to skip.
            while index - character >= 8, offset + 8 <= count,
                bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                offset += 8
                character += 8
            }
            while character < index, offset < count {
                offset += 1
                while offset < count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
                character += 1
            }
            while character > index, offset > 0 {
                offset -= 1
                while offset > 0, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
                character -= 1
            }
        }
        characterIndex = character
        byteOffset = offset
        return offset
    }

    /// The position of the byte at `offset` (clamped to the file).
    @inline(__always)
    package mutating func position(atByteOffset offset: Int) -> SourcePosition {
        // Most positions of an ASCII file are on the line of the previous one.
        if offset >= asciiLineStart, offset < asciiLineEnd {
            return SourcePosition(offset: offset, line: line + 1, column: offset - asciiLineStart + 1)
        }
        if offset >= asciiLineEnd, offset < asciiNextLineEnd {
            line += 1
            asciiLineStart = asciiLineEnd
            asciiLineEnd = asciiNextLineEnd
            asciiNextLineEnd = asciiLineEnd(after: line)
            columnOffset = asciiLineStart
            column = 1
            return SourcePosition(offset: offset, line: line + 1, column: offset - asciiLineStart + 1)
        }
        return position(awayFromLineAtByteOffset: offset)
    }

    /// In an ASCII file, the end of the line after line `index` (0-based): the start of the
    /// one after it, or one past the end of the file for the last line; `asciiLineEnd` if
    /// line `index` is the last.
    @inline(__always)
    private func asciiLineEnd(after index: Int) -> Int {
        let starts = file.lineStarts
        guard index + 1 < starts.count else { return asciiLineEnd }
        return index + 2 < starts.count ? starts[index + 2] : file.bytes.count + 1
    }

    private mutating func position(awayFromLineAtByteOffset offset: Int) -> SourcePosition {
        let offset = min(max(offset, 0), file.bytes.count)
        let starts = file.lineStarts
        let lineEnd = line + 1 < starts.count ? starts[line + 1] : Int.max
        if offset < starts[line] || offset >= lineEnd {
            // Events move forward a few lines at a time: walk, and search only for long jumps.
            var next = line
            if offset >= lineEnd {
                while next + 1 < starts.count, starts[next + 1] <= offset, next < line + 8 { next += 1 }
            }
            if offset < starts[next] || (next + 1 < starts.count && starts[next + 1] <= offset) {
                next = file.lineIndex(containing: offset)
            }
            line = next
            columnOffset = file.lineTextStart(line)
            column = 1
        }
        if file.isASCII {
            asciiLineStart = starts[line]
            asciiLineEnd = line + 1 < starts.count ? starts[line + 1] : file.bytes.count + 1
            asciiNextLineEnd = asciiLineEnd(after: line)
            return SourcePosition(offset: offset, line: line + 1, column: offset - starts[line] + 1)
        }
        if offset < columnOffset {
            columnOffset = file.lineTextStart(line)
            column = 1
        }
        if offset > columnOffset {
            column += file.scalarCount(from: columnOffset, to: offset)
            columnOffset = offset
        }
        return SourcePosition(offset: offset, line: line + 1, column: column)
    }
}
