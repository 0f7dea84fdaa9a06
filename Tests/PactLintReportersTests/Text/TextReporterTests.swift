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
