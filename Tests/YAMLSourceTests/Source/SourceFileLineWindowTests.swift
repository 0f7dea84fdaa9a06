import Testing
import YAMLSource

/// Excerpts of long lines: a window around the span's start, `…` where text is left out.
@Suite("SourceFile excerpt windows")
struct SourceFileLineWindowTests {
    /// The position of the scalar at `column` on line `line` of `file` (found by position).
    private func position(_ file: SourceFile, line: Int, column: Int) -> SourcePosition {
        for offset in 0...file.bytes.count {
            let position = file.position(atByteOffset: offset)
            if position.line == line, position.column == column { return position }
        }
        Issue.record("no position at \(line):\(column)")
        return file.position(atByteOffset: 0)
    }

    /// The scalars of `line` from `column` on, as the window should show them.
    private func scalars(_ line: String, from column: Int, count: Int) -> String {
        String(String.UnicodeScalarView(Array(line.unicodeScalars).dropFirst(column - 1).prefix(count)))
    }

    @Test("lines within the limit are whole, and no first columns are given")
    func shortLines() {
        let file = SourceFile(path: "f", text: "a: 1\nb: [\(String(repeating: "x", count: 40))]\n")
        let excerpt = file.excerpt(
            around: SourceSpan(at: position(file, line: 2, column: 5)), context: 1, maximumLineLength: 100)
        #expect(excerpt.firstLine == 1)
        #expect(excerpt.lines == [file.line(1), file.line(2), ""])
        #expect(excerpt.firstColumns.isEmpty)
        // The old entry point is the same as an unlimited one.
        let whole = file.excerpt(around: SourceSpan(at: position(file, line: 2, column: 5)), context: 1)
        #expect(whole.lines == excerpt.lines)
    }

    @Test(
        "a long line is cut around the start column, marked with … on both sides",
        arguments: [1, 2, 250, 251, 600, 999])
    func cutAround(column: Int) {
        let line = (0..<1_000).map { "w\($0)" }.joined(separator: ",")
        let file = SourceFile(path: "f", text: "top: 1\n" + line + "\nend: 2\n")
        let start = position(file, line: 2, column: column)
        let excerpt = file.excerpt(around: SourceSpan(at: start), context: 0, maximumLineLength: 100)
        #expect(excerpt.lines.count == 1)
        let shown = excerpt.lines[0]
        let firstColumn = excerpt.firstColumns.first ?? 1
        let cutBefore = shown.hasPrefix("…")
        #expect(cutBefore == (column > 26))
        #expect(shown.hasSuffix("…"))
        // 100 scalars of the line, plus the marks.
        #expect(shown.unicodeScalars.count == 100 + (cutBefore ? 2 : 1))
        let kept = String(shown.unicodeScalars.dropFirst(cutBefore ? 1 : 0).dropLast())
        let keptFrom = cutBefore ? firstColumn + 1 : firstColumn
        #expect(kept == scalars(line, from: keptFrom, count: 100))
        // The start column is inside the window, a quarter of it from the start when possible.
        let index = column - firstColumn
        #expect(Array(shown.unicodeScalars)[index] == Array(line.unicodeScalars)[column - 1])
        if cutBefore { #expect(column - keptFrom == 25) }
    }

    @Test("near the line's end the window takes more of the text before instead")
    func cutNearTheEnd() {
        let line = String(repeating: "abcdefghij", count: 50)  // 500 scalars
        let file = SourceFile(path: "f", text: line)
        let start = position(file, line: 1, column: 495)
        let excerpt = file.excerpt(around: SourceSpan(at: start), context: 0, maximumLineLength: 100)
        let shown = excerpt.lines[0]
        #expect(shown.hasPrefix("…"))
        #expect(!shown.hasSuffix("…"))
        #expect(String(shown.unicodeScalars.dropFirst()) == scalars(line, from: 401, count: 100))
        #expect(excerpt.firstColumns == [400])
    }

    @Test("columns count Unicode scalars on non-ASCII lines; context lines are cut at the same column")
    func nonASCII() {
        let long = String(repeating: "ä叶🇺🇳x", count: 200)  // 1,000 scalars, 2,800 bytes
        let file = SourceFile(path: "f", text: "short\n" + long + "\n" + long + "\nend")
        let column = 530
        let start = position(file, line: 3, column: column)
        let excerpt = file.excerpt(around: SourceSpan(at: start), context: 2, maximumLineLength: 200)
        #expect(excerpt.firstLine == 1)
        #expect(excerpt.lines.count == 4)
        #expect(excerpt.lines[0] == "short")
        #expect(excerpt.lines[3] == "end")
        #expect(excerpt.firstColumns.count == 4)
        #expect(excerpt.firstColumns[0] == 1)
        #expect(excerpt.firstColumns[3] == 1)
        for index in [1, 2] {
            let shown = Array(excerpt.lines[index].unicodeScalars)
            #expect(shown.count == 202)
            #expect(shown.first == "…")
            #expect(shown.last == "…")
            let firstColumn = excerpt.firstColumns[index]
            #expect(firstColumn == column - 50 - 1)
            if shown.indices.contains(column - firstColumn) {
                #expect(shown[column - firstColumn] == Array(long.unicodeScalars)[column - 1])
            }
        }
    }

    @Test("first columns for every line when the first is cut, and none when all are whole")
    func firstColumnsOfEachLineWhenTheFirstIsCut() {
        let long = String(repeating: "abcdefghij", count: 30)  // 300 scalars
        let file = SourceFile(path: "f", text: long + "\nb\nc\n")
        let excerpt = file.excerpt(
            around: SourceSpan(at: position(file, line: 1, column: 250)), context: 1, maximumLineLength: 100)
        #expect(excerpt.firstLine == 1)
        #expect(excerpt.lines.count == 2)
        #expect(excerpt.lines[1] == "b")
        // The window runs to the line's end (scalars 201 to 300), `…` in the column before.
        #expect(excerpt.firstColumns == [200, 1])
        #expect(excerpt.lines[0].hasPrefix("…"))
        // Lines that are all whole: no columns.
        let whole = file.excerpt(
            around: SourceSpan(at: position(file, line: 3, column: 1)), context: 1, maximumLineLength: 100)
        #expect(whole.firstLine == 2)
        #expect(whole.lines == ["b", "c", ""])
        #expect(whole.firstColumns.isEmpty)
    }

    @Test("a line long in bytes but within the limit in scalars is whole")
    func longInBytesOnly() {
        let line = String(repeating: "叶", count: 90)  // 270 bytes, 90 scalars
        let file = SourceFile(path: "f", text: line)
        let excerpt = file.excerpt(
            around: SourceSpan(at: position(file, line: 1, column: 80)), context: 0, maximumLineLength: 100)
        #expect(excerpt.lines == [line])
        #expect(excerpt.firstColumns.isEmpty)
    }

    @Test("a byte order mark is not part of the first line's window")
    func byteOrderMark() {
        let line = String(repeating: "0123456789", count: 30)
        let file = SourceFile(path: "f", bytes: [0xEF, 0xBB, 0xBF] + Array(line.utf8))
        let start = position(file, line: 1, column: 200)
        let excerpt = file.excerpt(around: SourceSpan(at: start), context: 0, maximumLineLength: 50)
        let shown = Array(excerpt.lines[0].unicodeScalars)
        #expect(shown[200 - excerpt.firstColumns[0]] == Array(line.unicodeScalars)[199])
        #expect(!excerpt.lines[0].contains("\u{FEFF}"))
    }
}
