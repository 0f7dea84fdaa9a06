import PactLint

/// The format for drafters in a terminal: one compiler-style line per finding.
///
/// ```
/// partnerships/tunisia.yaml:12:5: error: Control-oriented spending is 62% of the budget [BAL-01]
///     amount: 4000000
///     ^~~~~~~~~~~~~~~
///   help: Keep control-oriented spending at or below half of the budget.
///   note: partnerships/morocco.yaml:3:1: the other document of the pair
/// 3 files checked, 7 rules run: 2 errors, 1 warning, 1 info; 1 waived; 2 hidden by baseline
/// ```
///
/// The first line of a finding is stable and grep-able; a waived finding ends in
/// `(waived: reason)`. Text from documents and rules has its control characters made visible
/// (`\e`, `\n`, `\u{…}`), so a hostile file can neither colour nor move the terminal nor fake
/// a finding line; colour comes only from `Options.color`.
public struct TextReporter: StreamingReporter {
    /// What the text format shows.
    public struct Options: Sendable, Equatable {
        /// Whether to colour the output with ANSI escape sequences (for a terminal).
        public var color: Bool
        /// Whether to show the source line and caret under each finding.
        public var showSource: Bool
        /// Whether to end with the summary line.
        public var showSummary: Bool

        /// Options for a plain, complete listing unless told otherwise.
        public init(color: Bool = false, showSource: Bool = true, showSummary: Bool = true) {
            self.color = color
            self.showSource = showSource
            self.showSummary = showSummary
        }
    }

    /// The options this reporter renders with.
    public var options: Options

    /// A text reporter with `options`.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Writes each finding compiler-style as it arrives, then the summary line.
    public struct Writer: ReportWriter {
        let reporter: TextReporter
        var catalog = RuleCatalog(rules: [], principles: [])
        /// Each listed rule's help as written under its findings (`nil` until first needed), by
        /// the rule's position in `catalog.rules`: splitting and cleaning it is the larger part
        /// of writing a finding.
        var helpBlocks: [String?] = []
        /// The buffer findings are written into, kept between files for its capacity.
        var pending = ByteBuffer()
        /// How many bytes of findings are gathered before they are handed to the output.
        static let chunkSize = 64 * 1024

        /// Writes the event's findings, or the summary line at the end.
        public mutating func write<Output: TextOutputStream>(_ event: ReportEvent, to output: inout Output) {
            switch event {
            case .begin(let header):
                catalog = RuleCatalog(header)
            case .file(_, let findings), .portfolio(let findings):
                guard !findings.isEmpty else { return }
                // Gathered as bytes in a reused buffer and handed over in pieces of about
                // `chunkSize` (a write per piece of a line costs more than its bytes).
                var bytes = pending
                pending = ByteBuffer()
                bytes.removeAll()
                for finding in findings {
                    reporter.writeFinding(finding, helpBlock: helpBlock(for: finding), to: &bytes)
                    if bytes.count >= Self.chunkSize {
                        output.write(utf8: bytes)
                        bytes.removeAll()
                    }
                }
                output.write(utf8: bytes)
                pending = bytes
            case .end(let summary):
                if reporter.options.showSummary {
                    output.write(reporter.summaryLine(ReportTotals(summary)) + "\n")
                }
            }
        }

        /// The help lines under `finding`: its own help, else its rule's (kept per rule).
        private mutating func helpBlock(for finding: Finding) -> String {
            if let help = finding.help { return reporter.helpBlock(help) }
            guard let index = catalog.index(of: finding.ruleID) else {
                return reporter.helpBlock(catalog.rule(finding.ruleID).help ?? "")
            }
            if index < helpBlocks.count, let block = helpBlocks[index] { return block }
            let block = reporter.helpBlock(catalog.rules[index].help ?? "")
            if index >= helpBlocks.count {
                helpBlocks += Array(repeating: nil, count: index + 1 - helpBlocks.count)
            }
            helpBlocks[index] = block
            return block
        }
    }

    /// A writer for one report.
    public func makeWriter(context: ReportContext) -> Writer {
        Writer(reporter: self)
    }

    /// Appends `finding` as the text format writes it: the first line, the source line and
    /// caret, the help block, then a note per related location.
    private func writeFinding(_ finding: Finding, helpBlock: String, to bytes: inout ByteBuffer) {
        let color = options.color
        let location = finding.location
        Self.append(.bold, enabled: color, to: &bytes)
        Self.appendClean(location.file, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.appendInteger(location.span.start.line)
        bytes.append(UInt8(ascii: ":"))
        bytes.appendInteger(location.span.start.column)
        bytes.append(UInt8(ascii: ":"))
        Self.appendReset(enabled: color, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        Self.append(Self.style(for: finding.severity), enabled: color, to: &bytes)
        bytes.append(utf8Of: finding.severity.rawValue)
        bytes.append(UInt8(ascii: ":"))
        Self.appendReset(enabled: color, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        Self.append(.bold, enabled: color, to: &bytes)
        Self.appendClean(finding.message, to: &bytes)
        Self.appendReset(enabled: color, to: &bytes)
        bytes.append(" [")
        Self.appendClean(finding.ruleID, to: &bytes)
        bytes.append(UInt8(ascii: "]"))
        if let waiver = finding.waiver {
            bytes.append(UInt8(ascii: " "))
            Self.append(.dim, enabled: color, to: &bytes)
            bytes.append("(waived")
            if let until = waiver.until {
                bytes.append(" until ")
                Self.appendClean(until, to: &bytes)
            }
            bytes.append(": ")
            Self.appendClean(waiver.reason, to: &bytes)
            bytes.append(UInt8(ascii: ")"))
            Self.appendReset(enabled: color, to: &bytes)
        }
        bytes.append(UInt8(ascii: "\n"))

        if options.showSource, let excerpt = location.excerpt {
            let index = location.span.start.line - excerpt.firstLine
            let span = location.span
            // Columns counted from where the excerpt's line starts (a long line is kept as a
            // window around the finding).
            let shift = excerpt.firstColumn(ofLineAt: index) - 1
            let startColumn = span.start.column - shift
            let endColumn = span.end.line == span.start.line ? span.end.column - shift : nil
            if excerpt.lines.indices.contains(index),
                !Self.appendPrintableLine(
                    excerpt.lines[index], startColumn: startColumn, endColumn: endColumn, color: color, to: &bytes)
            {
                let rendering = SourceLineRendering(
                    line: excerpt.lines[index], startColumn: startColumn, endColumn: endColumn,
                    maxLength: SourceLineRendering.defaultMaxLength)
                bytes.append(utf8Of: rendering.line)
                bytes.append(UInt8(ascii: "\n"))
                Self.append(.green, enabled: color, to: &bytes)
                bytes.append(utf8Of: rendering.caret)
                Self.appendReset(enabled: color, to: &bytes)
                bytes.append(UInt8(ascii: "\n"))
            }
        }

        bytes.append(utf8Of: helpBlock)

        for related in finding.related {
            let start = related.location.span.start
            bytes.append("  ")
            Self.append(.cyan, enabled: color, to: &bytes)
            bytes.append("note:")
            Self.appendReset(enabled: color, to: &bytes)
            bytes.append(UInt8(ascii: " "))
            Self.appendClean(related.location.file, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            bytes.appendInteger(start.line)
            bytes.append(UInt8(ascii: ":"))
            bytes.appendInteger(start.column)
            bytes.append(": ")
            Self.appendClean(related.message, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Appends `text` with its control characters made visible (as `clean` gives it).
    private static func appendClean(_ text: String, to bytes: inout ByteBuffer) {
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            // Most texts have nothing to make visible: copied as they are tested.
            let plain = bytes.appendVisiblePrefix(of: utf8)
            guard plain < utf8.count else { return }
            // The prefix starts no escaped scalar and the rest starts at a scalar (the prefix
            // stopped at an ASCII or a lead byte): the rest escaped alone is the rest of `clean`.
            let rest = UnsafeBufferPointer(rebasing: utf8[plain...])
            if ControlCharacterEscaping.isPlain(rest) {
                bytes.append(rest)
            } else {
                bytes.append(utf8Of: clean(String(decoding: rest, as: UTF8.self)))
            }
        }
        if appended == nil { bytes.append(utf8Of: clean(text)) }
    }

    /// Appends the source line and caret lines as `SourceLineRendering` renders them, for a
    /// line of printable ASCII within `SourceLineRendering.defaultMaxLength` bytes (one cell a
    /// byte, nothing to expand, escape or cut): written in place, without making the two
    /// strings. Returns `false`, appending nothing, for any other line.
    private static func appendPrintableLine(
        _ line: String, startColumn: Int, endColumn: Int?, color: Bool, to bytes: inout ByteBuffer
    ) -> Bool {
        let appended = line.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard utf8.count <= SourceLineRendering.defaultMaxLength, SourceLineRendering.isPrintableASCII(utf8)
            else { return false }
            // What `SourceLineRendering` gives such a line: the caret by arithmetic.
            let startColumn = max(startColumn, 1)
            let tildes = SourceLineRendering.tildesOnPrintableLine(
                count: utf8.count, startColumn: startColumn, endColumn: endColumn)
            bytes.append(utf8)
            bytes.append(UInt8(ascii: "\n"))
            append(.green, enabled: color, to: &bytes)
            bytes.appendRepeated(UInt8(ascii: " "), count: startColumn - 1)
            bytes.append(UInt8(ascii: "^"))
            bytes.appendRepeated(UInt8(ascii: "~"), count: tildes)
            appendReset(enabled: color, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            return true
        }
        return appended == true
    }

    /// Appends the sequence that starts `style` when colour is on (what `ANSIStyle.apply` puts
    /// before the text).
    private static func append(_ style: ANSIStyle, enabled: Bool, to bytes: inout ByteBuffer) {
        guard enabled else { return }
        bytes.append("\u{1B}[")
        bytes.append(utf8Of: style.rawValue)
        bytes.append(UInt8(ascii: "m"))
    }

    /// Appends the reset `ANSIStyle.apply` puts after the text when colour is on.
    private static func appendReset(enabled: Bool, to bytes: inout ByteBuffer) {
        if enabled { bytes.append("\u{1B}[0m") }
    }

    /// `help` as written under a finding: `  help: ` and its first line, then its other lines
    /// indented (an empty one as an empty line); nothing for empty help.
    func helpBlock(_ help: String) -> String {
        guard !help.isEmpty else { return "" }
        let label = ANSIStyle.cyan.apply("help:", enabled: options.color)
        let lines = Self.lines(help)
        var block = "  \(label) \(lines[0])\n"
        for line in lines.dropFirst() {
            block += line.isEmpty ? "\n" : "        \(line)\n"
        }
        return block
    }

    /// `3 files checked, 7 rules run: 2 errors, 1 warning, 1 info; 1 waived; 2 hidden by baseline`
    func summaryLine(_ totals: ReportTotals) -> String {
        var line = "\(Counting.phrase(totals.files, "file")) checked, \(Counting.phrase(totals.rules, "rule")) run: "
        line += [
            Counting.phrase(totals[.error], "error"), Counting.phrase(totals[.warning], "warning"),
            "\(totals[.info]) info",
        ].joined(separator: ", ")
        if totals.waived > 0 { line += "; \(totals.waived) waived" }
        if totals.baselineSuppressed > 0 { line += "; \(totals.baselineSuppressed) hidden by baseline" }
        return ANSIStyle.bold.apply(line, enabled: options.color)
    }

    private static func style(for severity: Severity) -> ANSIStyle {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .cyan
        }
    }

    /// Single-line text with every control character visible.
    private static func clean(_ text: String) -> String {
        ControlCharacterEscaping.escape(text)
    }

    /// Multi-line text split at its line breaks (LF, CR, CRLF), trailing ones dropped, each
    /// line with its control characters visible.
    ///
    /// Split at the UTF-8 bytes of CR and LF (a CR LF pair is one break): a line break is always
    /// a grapheme of its own, so this is the split by `Character`, without grapheme breaking.
    private static func lines(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let isBreak: (UInt8) -> Bool = { $0 == 0x0A || $0 == 0x0D }
        var end = bytes.count
        while end > 0, isBreak(bytes[end - 1]) { end -= 1 }
        var result: [String] = []
        var start = 0
        var index = 0
        while index < end {
            if isBreak(bytes[index]) {
                result.append(clean(String(decoding: bytes[start..<index], as: UTF8.self)))
                if bytes[index] == 0x0D, index + 1 < end, bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        result.append(clean(String(decoding: bytes[start..<end], as: UTF8.self)))
        return result
    }
}
