import PactLint
import Testing
import YAMLSource

@testable import PactLintReporters

@Suite struct TextReporterTests {
    private func render(_ report: Report = ReportFixture.report, color: Bool = false) -> String {
        TextReporter(options: .init(color: color)).render(report, context: ReportFixture.context)
    }

    @Test func plainOutputHasNoEscapeOrControlCharacters() {
        let output = render()
        let controls = output.unicodeScalars.filter { $0 != "\n" && ControlCharacterEscaping.needsEscaping($0) }
        #expect(controls.isEmpty, "control characters in plain output: \(controls.map { $0.value })")
        #expect(output.contains("\\e[31mRED\\e[0m\\e]0;pwned\\u{7}"))
        #expect(output.contains("\\u{0}NUL \\u{202E}txt.exe"))
    }

    @Test func colouredOutputColoursOnlyWhatTheReporterStyles() {
        let output = render(color: true)
        #expect(output.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        // The hostile message's own sequences stay visible, never raw.
        #expect(!output.contains("\u{1B}[31mRED"))
        #expect(!output.contains("\u{1B}]0;"))
    }

    @Test func firstLineOfEachFindingIsGrepable() {
        let firstLines = render().split(separator: "\n").filter { !$0.hasPrefix(" ") }
        // Findings whose source line starts at column 1 (`routes: ...`, `title: ...`) show it too.
        let findingLines = firstLines.filter {
            $0.contains(": error: ") || $0.contains(": warning: ") || $0.contains(": info: ")
        }
        #expect(findingLines.count == ReportFixture.findings.count)
        for (line, finding) in zip(findingLines, ReportFixture.findings) {
            let start = finding.location.span.start
            #expect(
                line.hasPrefix("\(finding.location.file):\(start.line):\(start.column): \(finding.severity.rawValue): ")
            )
            #expect(line.contains(" [\(finding.ruleID)]"))
        }
    }

    @Test func waivedFindingSaysSoAndRelatedLocationsAreNotes() {
        let output = render()
        #expect(
            output.contains(
                "[COMP-03] (waived until 2027-06-30: reintegration is funded by the 2025 EUTF | programme)\n"))
        #expect(
            output.contains(
                "\n  note: partnerships/sénégal 2026.yaml:13:12: the near-duplicate summary of eu-sen-2026\n"))
        #expect(output.contains("\n  help: List non-refoulement among the action's safeguards,\n        and state"))
    }

    @Test func summaryLine() {
        #expect(
            render().hasSuffix(
                "3 files checked, 7 rules run: 2 errors, 2 warnings, 1 info; 1 waived; 2 hidden by baseline\n"))
        let empty = Report(
            files: [CheckedFile(path: "a.yaml", documents: [DocumentSummary(index: 0)])], findings: [],
            rules: [ReportFixture.rules[0]], principles: [])
        #expect(render(empty) == "1 file checked, 1 rule run: 0 errors, 0 warnings, 0 info\n")
    }

    @Test func optionsHideSourceAndSummary() {
        let output = TextReporter(options: .init(showSource: false, showSummary: false))
            .render(ReportFixture.report, context: ReportFixture.context)
        #expect(!output.contains("^"))
        #expect(!output.contains("files checked"))
    }

    // MARK: - Caret placement

    @Test func caretCountsColumnsInUnicodeScalarsAndCellsByDisplayWidth() {
        // 叶 and the flag take two cells each; the column of `x` is 6 in scalars (叶, two
        // regional indicators, space, é is one precomposed scalar).
        let rendering = SourceLineRendering(line: "叶🇺🇳 é x = 1", startColumn: 7, endColumn: 8)
        #expect(rendering.line == "叶🇺🇳 é x = 1")
        #expect(rendering.caret == "       ^")
    }

    @Test func caretSpansToEndOfSpanOrLine() {
        #expect(SourceLineRendering(line: "key: value", startColumn: 6, endColumn: 11).caret == "     ^~~~~")
        #expect(SourceLineRendering(line: "key: value", startColumn: 6, endColumn: nil).caret == "     ^~~~~")
        #expect(SourceLineRendering(line: "key: value", startColumn: 6, endColumn: 6).caret == "     ^")
    }

    @Test func caretAfterTheEndOfTheLine() {
        #expect(SourceLineRendering(line: "key:", startColumn: 5, endColumn: 5).caret == "    ^")
        #expect(SourceLineRendering(line: "key:", startColumn: 7, endColumn: nil).caret == "      ^")
    }

    @Test func tabsExpandAndControlCharactersWidenTheCaret() {
        let rendering = SourceLineRendering(line: "a\tb\u{1B}c", startColumn: 4, endColumn: 6)
        #expect(rendering.line == "a   b\\ec")
        #expect(rendering.caret == "     ^~~")
    }

    @Test func longLinesAreCutToAWindowAroundTheCaret() {
        let line = String(repeating: "a", count: 1000) + "XYZ" + String(repeating: "b", count: 1000)
        let rendering = SourceLineRendering(line: line, startColumn: 1001, endColumn: 1004, maxLength: 40)
        #expect(
            rendering.line == "…" + String(repeating: "a", count: 10) + "XYZ" + String(repeating: "b", count: 27) + "…")
        #expect(rendering.caret == String(repeating: " ", count: 11) + "^~~")
        let start = SourceLineRendering(line: line, startColumn: 2, endColumn: nil, maxLength: 40)
        #expect(start.line == String(repeating: "a", count: 40) + "…")
        #expect(start.caret == " ^" + String(repeating: "~", count: 39))
        let end = SourceLineRendering(line: line, startColumn: 2003, endColumn: 2004, maxLength: 40)
        #expect(end.line == "…" + String(repeating: "b", count: 40))
        #expect(end.caret == String(repeating: " ", count: 40) + "^")
    }

    @Test func helpLinesBreakAtEveryKindOfLineBreak() {
        var report = ReportFixture.report
        report.findings = [ReportFixture.findings[1]]
        report.rules[0].help = "one\r\ntwo\rthree\n\n"
        let output = TextReporter(options: .init(showSource: false, showSummary: false))
            .render(report, context: ReportFixture.context)
        #expect(output.hasSuffix("\n  help: one\n        two\n        three\n"))
    }

    @Test func findingWithoutExcerptShowsNoSourceLine() {
        var report = ReportFixture.report
        report.findings = [ReportFixture.findings[1]]
        report.findings[0].location.excerpt = nil
        let lines = render(report).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("  help: "))
    }
}

/// The text writer's in-place paths (texts copied sixteen bytes a step while they have nothing
/// to make visible; printable ASCII source lines and carets written by arithmetic) against
/// `ControlCharacterEscaping.escape` and `SourceLineRendering`, which they stand in for.
@Suite struct TextReporterFastPathTests {
    private func finding(message: String, line: String, start: Int, end: SourcePosition) -> Finding {
        let span = SourceSpan(start: SourcePosition(offset: 0, line: 3, column: start), end: end)
        return Finding(
            ruleID: "R-1", severity: .error, message: message,
            location: Location(
                file: "a.yaml", span: span, excerpt: SourceExcerpt(firstLine: 3, lines: [line])),
            fingerprint: "f")
    }

    private func rendered(_ findings: [Finding]) -> String {
        let report = Report(
            files: [CheckedFile(path: "a.yaml", documents: [])], findings: findings, rules: [], principles: [],
            failOn: .error)
        return TextReporter(options: .init(showSummary: false)).render(report, context: ReportFixture.context)
    }

    /// What the writer wrote for one finding before: the escaped message and the rendering's
    /// two lines.
    private func expected(message: String, line: String, start: Int, end: SourcePosition) -> String {
        let rendering = SourceLineRendering(
            line: line, startColumn: start, endColumn: end.line == 3 ? end.column : nil,
            maxLength: SourceLineRendering.defaultMaxLength)
        return "a.yaml:3:\(start): error: \(ControlCharacterEscaping.escape(message)) [R-1]\n"
            + "\(rendering.line)\n\(rendering.caret)\n"
    }

    /// Every scalar the escaping looks at (and its neighbours) at each offset of messages of
    /// one to forty bytes: across a block, at its end, in the overlapping last block.
    @Test func messagesAreMadeVisibleAsEscapeDoes() {
        let scalars: [Unicode.Scalar] =
            (UInt32(0)...0xFF).compactMap(Unicode.Scalar.init)
            + [
                "\u{600}", "\u{61B}", "\u{61C}", "\u{61D}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2014}",
                "\u{2027}", "\u{2028}", "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}", "\u{2069}", "\u{206A}",
                "\u{FEFF}", "\u{1F600}",
            ]
        var mismatches: [String] = []
        for scalar in scalars {
            for length in [1, 15, 16, 17, 33, 40] {
                for offset in stride(from: 0, to: length, by: 1) {
                    var message = String(repeating: "m", count: offset)
                    message.unicodeScalars.append(scalar)
                    message += String(repeating: "n", count: length - offset - 1)
                    let end = SourcePosition(offset: 0, line: 3, column: 4)
                    let text = rendered([finding(message: message, line: "key: value", start: 1, end: end)])
                    let wanted = expected(message: message, line: "key: value", start: 1, end: end)
                    if !text.hasPrefix(wanted) {
                        mismatches.append("U+\(String(scalar.value, radix: 16)) at \(offset)")
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// Source lines of every kind the rendering handles, with carets starting before, inside
    /// and after the line and spans that end on it or later.
    @Test func sourceLinesAndCaretsAreAsTheRenderingGives() {
        let lines = [
            "", "a", "key: value", String(repeating: "x", count: 15), String(repeating: "y", count: 16),
            String(repeating: "z", count: 17), String(repeating: "w", count: 199), String(repeating: "v", count: 200),
            String(repeating: "u", count: 201), "tab\there", "del\u{7F}", "café: ok", "\u{1B}[31m", "~ ^ ~",
        ]
        var mismatches: [String] = []
        for line in lines {
            for start in [1, 2, 5, 16, 17, 199, 200, 201, 250] {
                for end in [
                    SourcePosition(offset: 0, line: 3, column: start),
                    SourcePosition(offset: 0, line: 3, column: start + 1),
                    SourcePosition(offset: 0, line: 3, column: start + 7),
                    SourcePosition(offset: 0, line: 3, column: 400),
                    SourcePosition(offset: 0, line: 4, column: 1),
                ] {
                    let text = rendered([finding(message: "m", line: line, start: start, end: end)])
                    let wanted = expected(message: "m", line: line, start: start, end: end)
                    if !text.hasPrefix(wanted) { mismatches.append("\(line.debugDescription) from \(start) to \(end)") }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}
