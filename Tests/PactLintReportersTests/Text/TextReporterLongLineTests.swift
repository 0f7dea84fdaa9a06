import PactLint
import Testing
import YAMLSource

@testable import PactLintReporters

/// Findings on a line too long to keep whole: the excerpt holds a window of it, and the text
/// and HTML reports put the caret and the mark on the finding's own characters.
@Suite struct TextReporterLongLineTests {
    /// A one-line file of 5,000 scalars, and a finding at `column` spanning `width` scalars.
    private func finding(column: Int, width: Int) -> (Finding, line: String) {
        let line = (0..<1_000).map { String(format: "k%03d", $0) }.joined(separator: ",")
        let file = SourceFile(path: "long.yaml", text: "[" + line + "]")
        let start = file.position(atByteOffset: column - 1)
        let end = file.position(atByteOffset: column - 1 + width)
        let excerpt = file.excerpt(
            around: SourceSpan(at: start), context: 0, maximumLineLength: SourceExcerpt.maximumLineLength)
        let location = Location(
            file: "long.yaml", span: SourceSpan(start: start, end: end),
            excerpt: SourceExcerpt(
                firstLine: excerpt.firstLine, lines: excerpt.lines, firstColumns: excerpt.firstColumns))
        return (
            Finding(ruleID: "R", severity: .info, message: "m", location: location, fingerprint: "f"), "[" + line + "]"
        )
    }

    @Test("the caret stands under the finding's characters of a cut line", arguments: [2, 300, 2_600, 4_990])
    func caret(column: Int) throws {
        let (finding, line) = finding(column: column, width: 4)
        let report = Report(files: [], findings: [finding], rules: [], principles: [])
        let output = TextReporter(options: .init(color: false)).render(report, context: ReportFixture.context)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let caretIndex = try #require(lines.firstIndex { $0.contains("^") })
        let shown = Array(lines[caretIndex - 1].unicodeScalars)
        let caret = Array(lines[caretIndex].unicodeScalars)
        let at = try #require(caret.firstIndex(of: "^"))
        let expected = Array(line.unicodeScalars)[(column - 1)..<(column + 3)]
        #expect(Array(shown[at..<(at + 4)]) == Array(expected))
        #expect(caret[(at + 1)...].allSatisfy { $0 == "~" })
        #expect(caret.count == at + 4)
        // No more than the renderer's window, with its marks.
        #expect(shown.count <= SourceLineRendering.defaultMaxLength + 2)
    }

    @Test("the HTML report marks the finding's characters of a cut line")
    func htmlMark() throws {
        let (finding, line) = finding(column: 2_600, width: 4)
        let report = Report(files: [], findings: [finding], rules: [], principles: [])
        let page = try HTMLPage(HTMLReporter().render(report, context: HTMLReportFixture.context))
        let expected = String(String.UnicodeScalarView(Array(line.unicodeScalars)[2_599..<2_603]))
        #expect(page.all("mark").map(\.text) == [expected])
        let shown = try #require(page.all("span").first { $0.hasClass("line") })
        #expect(shown.text.hasPrefix("1…"))
        #expect(shown.text.hasSuffix("…"))
    }
}
