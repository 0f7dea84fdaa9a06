import Foundation
import PactLint
import Testing

@testable import PactLintReporters

/// Writes the fixture's page and a findings sidecar for `.ci/browser-check`, which renders the
/// page in a real browser (until `pactlint check Samples/ --format html` can produce one).
@Suite("HTML report export for the browser check")
struct HTMLReportExportTests {
    static let directory = ProcessInfo.processInfo.environment["PACTLINT_HTML_REPORT_DIR"]

    @Test(
        "writes report.html and findings.json to $PACTLINT_HTML_REPORT_DIR",
        .enabled(if: directory != nil, "set PACTLINT_HTML_REPORT_DIR to export"))
    func export() throws {
        let directory = URL(fileURLWithPath: try #require(Self.directory), isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let report = HTMLReportFixture.report
        let html = HTMLReporter().render(report, context: HTMLReportFixture.context)
        try html.write(to: directory.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
        // The same shape as the findings of `--format json`: objects with a `fingerprint`.
        struct Sidecar: Encodable { var findings: [Finding] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(Sidecar(findings: report.findings))
            .write(to: directory.appendingPathComponent("findings.json"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("report.html").path))
    }
}
