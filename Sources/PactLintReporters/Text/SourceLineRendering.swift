/// A source line and the caret line under it, as the text format shows them.
///
/// Columns are 1-based Unicode scalar counts (the unit of `SourcePosition.column`); the
/// caret line is built from the display width of each scalar as rendered, so it lines up
/// under wide characters, expanded tabs and escaped control characters alike.
struct SourceLineRendering: Sendable, Equatable {
    /// The line with tabs expanded and control characters made visible.
    var line: String
    /// Spaces up to the start column, `^`, then `~` to the end of the span on this line.
    var caret: String

    /// Tabs expand to the next multiple of this many cells.
    static let tabWidth = 4

    /// Lines longer than this many scalars are cut to a window around the caret.
    static let defaultMaxLength = 200

    /// Renders `line` with a caret from `startColumn` up to (not including) `endColumn`;
    /// `endColumn` is `nil` when the span continues past the end of the line. A line longer
    /// than `maxLength` scalars is shown as a window of that many around `startColumn`, with
    /// `…` where it was cut, so a minified or hostile file cannot flood the terminal.
    init(line: String, startColumn: Int, endColumn: Int?, maxLength: Int = .max) {
        let startColumn = max(startColumn, 1)
        // No more scalars than bytes: a line within the limit in bytes needs no window.
        guard line.utf8.count > maxLength, maxLength > 0 else {
            self.init(unwindowed: line, startColumn: startColumn, endColumn: endColumn)
            return
        }
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > maxLength, maxLength > 0 else {
            self.init(unwindowed: line, startColumn: startColumn, endColumn: endColumn)
            return
        }
        let first = min(max(1, startColumn - maxLength / 4), scalars.count - maxLength + 1)
        let last = first + maxLength - 1
        var window = String(String.UnicodeScalarView(scalars[(first - 1)..<last]))
        var shift = first - 1
        if first > 1 {
            window = "…" + window
            shift -= 1
        }
        if last < scalars.count { window += "…" }
        self.init(
            unwindowed: window, startColumn: startColumn - shift,
            endColumn: endColumn.map { min($0, last + 1) - shift })
    }

    private init(unwindowed line: String, startColumn: Int, endColumn: Int?) {
        var bytes = line
        if bytes.withUTF8(Self.isPrintableASCII) {
            // One cell per scalar, nothing to expand or escape: the line as it is, and the caret
            // by arithmetic (what the loop below gives for such a line).
            let tildes = Self.tildesOnPrintableLine(
                count: line.utf8.count, startColumn: startColumn, endColumn: endColumn)
            self.line = line
            // Written byte by byte into the string's storage: `String(repeating:count:)` of a
            // one-character string appends it a character at a time.
            self.caret = String(unsafeUninitializedCapacity: startColumn + tildes) { caret in
                for index in 0..<(startColumn - 1) { caret[index] = UInt8(ascii: " ") }
                caret[startColumn - 1] = UInt8(ascii: "^")
                for index in startColumn..<(startColumn + tildes) { caret[index] = UInt8(ascii: "~") }
                return startColumn + tildes
            }
            return
        }
        var rendered = ""
        var caret = ""
        var cell = 0
        var column = 1
        let caretEnd = endColumn ?? Int.max
        // A flag is a pair of regional indicators shown in two cells, not four.
        var openRegionalIndicator = false
        for scalar in line.unicodeScalars {
            let piece: String
            let width: Int
            if scalar == "\t" {
                width = Self.tabWidth - cell % Self.tabWidth
                piece = String(repeating: " ", count: width)
            } else if ControlCharacterEscaping.needsEscaping(scalar) {
                piece = ControlCharacterEscaping.visible(scalar)
                width = piece.count
            } else if (0x1F1E6...0x1F1FF).contains(scalar.value) {
                piece = String(scalar)
                width = openRegionalIndicator ? 0 : 2
                openRegionalIndicator.toggle()
            } else {
                piece = String(scalar)
                width = DisplayWidth.of(scalar)
            }
            if !(0x1F1E6...0x1F1FF).contains(scalar.value) { openRegionalIndicator = false }
            rendered += piece
            if column < startColumn {
                caret += String(repeating: " ", count: width)
            } else if column == startColumn {
                caret += "^" + String(repeating: "~", count: max(width - 1, 0))
            } else if column < caretEnd {
                caret += String(repeating: "~", count: width)
            }
            cell += width
            column += 1
        }
        if column <= startColumn {
            // The span starts at or after the end of the line (e.g. a missing value).
            caret += String(repeating: " ", count: startColumn - column) + "^"
        }
        self.line = rendered
        self.caret = caret
    }

    /// How many `~` follow the `^` (at `startColumn`, at least 1) under a printable ASCII line
    /// of `count` bytes, one cell each: up to the end column, or the line's end.
    static func tildesOnPrintableLine(count: Int, startColumn: Int, endColumn: Int?) -> Int {
        let caretEnd = min(endColumn ?? Int.max, count + 1)
        return startColumn <= count ? max(caretEnd - startColumn - 1, 0) : 0
    }

    /// Whether every byte is printable ASCII (space to tilde), sixteen bytes a step.
    static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let space = SIMD16<UInt8>(repeating: 0x20)
        let tilde = SIMD16<UInt8>(repeating: 0x7E)
        var index = 0
        while index &+ 16 <= bytes.count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            if any((block .< space) .| (block .> tilde)) { return false }
            index &+= 16
        }
        while index < bytes.count {
            guard (0x20...0x7E).contains(base[index]) else { return false }
            index &+= 1
        }
        return true
    }
}
