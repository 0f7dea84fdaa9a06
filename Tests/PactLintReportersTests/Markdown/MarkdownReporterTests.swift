import PactLint
import Testing

@testable import PactLintReporters

@Suite struct MarkdownReporterTests {
    private func render(_ report: Report = ReportFixture.report, collapseThreshold: Int = 5) -> String {
        MarkdownReporter(options: .init(collapseThreshold: collapseThreshold))
            .render(report, context: ReportFixture.context)
    }

    /// The number of cells in a table row: `|` not preceded by a backslash, minus one.
    private func cellCount(_ row: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in row {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count - 1
    }

    @Test func hostileTextCannotAddColumnsHTMLLinksOrMentions() {
        let output = render()
        let rows = output.split(separator: "\n").filter { $0.hasPrefix("| ") }
        let findingRows = rows.filter { $0.hasPrefix("| :") }
        #expect(findingRows.count == ReportFixture.findings.count)
        for row in findingRows {
            #expect(cellCount(row) == 5, "row has extra cells: \(row)")
        }
        #expect(!output.contains("<script"))
        #expect(!output.contains("<b>"))
        #expect(!output.contains("@octocat"))
        #expect(!output.contains("[link](https"))
        #expect(!output.contains("\u{1B}"))
        #expect(!output.contains("\u{0}"))
    }

    @Test func summaryTableByPrincipleAndSeverity() {
        let output = render()
        #expect(output.hasPrefix("## pactlint: 2 errors, 2 warnings, 1 info\n"))
        #expect(output.contains("\n| Protection and rights | 1 | 0 | 0 | 0 |\n"))
        #expect(output.contains("\n| Comprehensive | 0 | 0 | 0 | 1 |\n"))
        #expect(output.contains("\n| Other (`pactlint`) | 1 | 0 | 0 | 0 |\n"))
        #expect(output.contains("\n| **Total** | **2** | **2** | **1** | **1** |\n"))
    }

    @Test func findingsAreGroupedByDocument() {
        let headings = render().split(separator: "\n").filter { $0.hasPrefix("### ") }
        #expect(
            headings == [
                "### `partnerships/tunisia.yaml` · document 0: EU–Tunisia comprehensive partnership (`eu-tun-2026`)",
                "### `partnerships/tunisia.yaml` · document 1: Annex — search and rescue (`eu-tun-2026-annex`)",
                "### `partnerships/sénégal 2026.yaml` · document 0: &lt;b&gt;Sénégal&lt;/b&gt; \\| partnership \\`2026\\` \\\\e\\[2J (`eu-sen-2026`)",
                "### `broken.yml`",
            ])
    }

    @Test func longSectionsCollapse() {
        let collapsed = render(collapseThreshold: 2)
        #expect(collapsed.components(separatedBy: "<details><summary>3 findings</summary>").count == 2)
        #expect(collapsed.components(separatedBy: "</details>").count == 2)
        #expect(!render().contains("<details>"))
    }

    @Test func longReportsStayWithinTheCharacterLimit() {
        var report = ReportFixture.report
        report.findings = (0..<2_000).map { index in
            var finding = ReportFixture.findings[1]
            finding.message = "finding \(index) " + String(repeating: "x", count: 100)
            return finding
        }
        let output = MarkdownReporter().render(report, context: ReportFixture.context)
        #expect(output.utf16.count <= 60_000)
        let shown = output.split(separator: "\n").filter { $0.hasPrefix("| :warning:") }.count
        #expect(shown > 100)
        #expect(
            output.hasSuffix(
                "**\(2_000 - shown) more findings not shown**: a pull-request comment is limited in length. The full list is in the other formats (`text`, `sarif`, `html`).\n"
            ))
        #expect(output.contains("</details>\n\n**"))
        let unlimited = MarkdownReporter(options: .init(characterLimit: nil)).render(
            report, context: ReportFixture.context)
        #expect(unlimited.split(separator: "\n").filter { $0.hasPrefix("| :warning:") }.count == 2_000)
    }

    @Test func reportWithoutFindings() {
        let report = Report(
            files: [CheckedFile(path: "a.yaml", documents: [])], findings: [], rules: [], principles: [])
        #expect(render(report).hasSuffix("| **Total** | **0** | **0** | **0** | **0** |\n\nNo findings.\n"))
    }
}
