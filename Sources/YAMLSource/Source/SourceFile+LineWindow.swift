extension SourceFile {
    /// The lines of `span` and up to `context` lines before and after it, each line longer than
    /// `maximumLineLength` scalars cut to a window of that many around the span's start column.
    ///
    /// A minified or generated file can hold megabytes on one line; every finding on it would
    /// otherwise copy (and a report render) the whole line. A cut line is marked with `…` where
    /// text was left out; `firstColumns` gives the column each returned line starts at (the
    /// column of a leading `…` is the one before the first kept scalar) and is empty when every
    /// line starts at column 1.
    public func excerpt(
        around span: SourceSpan, context: Int, maximumLineLength: Int
    ) -> (firstLine: Int, lines: [String], firstColumns: [Int]) {
        let context = max(context, 0)
        let first = max(1, min(span.start.line, lineCount) - context)
        let last = min(lineCount, max(span.end.line, span.start.line) + context)
        guard first <= last else { return (first, [], []) }
        // One list of lines (most excerpts are one line, one for each text finding), and
        // columns only once a line starts elsewhere than column 1: a list of windows and two
        // lists mapped from it cost three allocations an excerpt.
        var lines: [String] = []
        lines.reserveCapacity(last - first + 1)
        var firstColumns: [Int] = []
        for number in first...last {
            let window = lineWindow(number, around: span.start, maximumLength: max(maximumLineLength, 1))
            if firstColumns.isEmpty, window.firstColumn != 1 {
                firstColumns = Array(repeating: 1, count: lines.count)
            }
            if !firstColumns.isEmpty || window.firstColumn != 1 { firstColumns.append(window.firstColumn) }
            lines.append(window.text)
        }
        return (first, lines, firstColumns)
    }

    /// Line `number`'s text, or a window of `maximumLength` scalars of it around `anchor`'s
    /// column (a quarter of the window before it), with `…` where text is left out.
    private func lineWindow(
        _ number: Int, around anchor: SourcePosition, maximumLength: Int
    ) -> (text: String, firstColumn: Int) {
        let range = lineContentRange(number - 1)
        // No more scalars than bytes: a line within the limit in bytes is shown whole.
        guard range.count > maximumLength else {
            return (String(decoding: bytes[range], as: UTF8.self), 1)
        }
        return bytes.withUnsafeBufferPointer { buffer in
            // The anchor's byte on this line: its own offset on its line, else its column's.
            let anchorOffset: Int
            let anchorColumn: Int
            if number == anchor.line, range.contains(anchor.offset) || anchor.offset == range.upperBound {
                anchorOffset = anchor.offset
                anchorColumn = anchor.column
            } else {
                (anchorOffset, anchorColumn) = Self.offset(ofColumn: anchor.column, in: buffer, range)
            }
            var start = Self.offset(movingBack: maximumLength / 4, from: anchorOffset, in: buffer, to: range.lowerBound)
            var (end, kept) = Self.offset(
                movingForward: maximumLength, from: start, in: buffer, to: range.upperBound)
            if kept < maximumLength {
                // The line ends within the window: it takes more of the text before instead.
                start = Self.offset(
                    movingBack: maximumLength - kept, from: start, in: buffer, to: range.lowerBound)
                (end, _) = Self.offset(movingForward: maximumLength, from: start, in: buffer, to: range.upperBound)
            }
            let startColumn = anchorColumn - scalarCount(from: start, to: anchorOffset)
            let cutBefore = start > range.lowerBound
            let cutAfter = end < range.upperBound
            var text = cutBefore ? "…" : ""
            text += String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
            if cutAfter { text += "…" }
            return (text, cutBefore ? startColumn - 1 : startColumn)
        }
    }

    /// The offset of the scalar at `column` (1-based) within `range`, or the range's end if the
    /// line is shorter, with the column reached.
    private static func offset(
        ofColumn column: Int, in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> (offset: Int, column: Int) {
        var offset = range.lowerBound
        var reached = 1
        while reached < column, offset < range.upperBound {
            offset += 1
            while offset < range.upperBound, buffer[offset] & 0xC0 == 0x80 { offset += 1 }
            reached += 1
        }
        return (offset, reached)
    }

    /// The offset `count` scalars before `offset`, or `limit` if that comes first.
    private static func offset(
        movingBack count: Int, from offset: Int, in buffer: UnsafeBufferPointer<UInt8>, to limit: Int
    ) -> Int {
        var offset = offset
        var moved = 0
        while moved < count, offset > limit {
            offset -= 1
            while offset > limit, buffer[offset] & 0xC0 == 0x80 { offset -= 1 }
            moved += 1
        }
        return offset
    }

    /// The offset `count` scalars after `offset`, or `limit` if that comes first, with the
    /// number of scalars passed.
    private static func offset(
        movingForward count: Int, from offset: Int, in buffer: UnsafeBufferPointer<UInt8>, to limit: Int
    ) -> (offset: Int, moved: Int) {
        var offset = offset
        var moved = 0
        while moved < count, offset < limit {
            offset += 1
            while offset < limit, buffer[offset] & 0xC0 == 0x80 { offset += 1 }
            moved += 1
        }
        return (offset, moved)
    }
}
