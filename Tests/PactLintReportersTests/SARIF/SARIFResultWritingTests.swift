import PactLint
import Testing
import YAMLSource

@testable import PactLintReporters

/// The SARIF writer writes a result without related locations or waiver member by member
/// (`Writer.appendResult`): byte for byte the result value `SARIFReporter.result` makes, laid
/// out by `JSONValue.write`, for any message, path, span, fingerprint, rule and file.
@Suite struct SARIFResultWritingTests {
    static let workingDirectory = "/home/drafter/pact partnerships"

    static let paths = [
        "partnerships/tunisia.yaml", "partnerships/sénégal 2026.yaml", "/elsewhere/a#b?.yaml", "../up/x.yaml",
        "./dot/./y.yaml", "",
    ]

    static let texts = [
        "", "plain", ReportFixture.hostile, "quote \" backslash \\ tab\t", "\u{7F}\u{85}\u{2028}é叶🇪🇺",
        String(repeating: "long text ", count: 40),
    ]

    static let spans = [
        span((3, 5, 40), (3, 9, 44)), span((0, 0, -3), (0, 0, -9)), span((12, 7, 1_234_567), (10, 2, 99)),
        span((2, 9, 20), (2, 3, 20)), span((1, 1, 0), (4_000_000, 100_000, Int(Int32.max))),
    ]

    /// A span from `start` to `end`, each (line, column, offset); not necessarily valid.
    static func span(_ start: (Int, Int, Int), _ end: (Int, Int, Int)) -> SourceSpan {
        SourceSpan(
            start: SourcePosition(offset: start.2, line: start.0, column: start.1),
            end: SourcePosition(offset: end.2, line: end.0, column: end.1))
    }

    /// Findings over every combination of a few of each field (not all of each at once).
    static var findings: [Finding] {
        var findings: [Finding] = []
        for (index, path) in paths.enumerated() {
            for (spanIndex, span) in spans.enumerated() {
                let text = texts[(index + spanIndex) % texts.count]
                let severity: Severity = [.error, .warning, .info][(index + spanIndex) % 3]
                let ruleID = ["BAL-01", "COMP-03", "pactlint/yaml-syntax", "UNLISTED-9", "R\u{E9}GLE"][spanIndex]
                let fingerprint = spanIndex % 2 == 0 ? "0123456789abcdef" : "not-a-hash " + text
                findings.append(
                    Finding(
                        ruleID: ruleID, severity: severity, message: text,
                        location: Location(
                            file: path, span: span, document: index * spanIndex,
                            path: spanIndex == 3 ? nil : "$['actions'][\(index)]['" + text + "']"),
                        fingerprint: fingerprint))
            }
        }
        return findings
    }

    @Test func aResultWrittenMemberByMemberIsTheResultValueLaidOut() {
        let header = ReportHeader(
            paths: Array(Self.paths.prefix(3)), rules: ReportFixture.rules, principles: ReportFixture.principles,
            failOn: .error)
        var catalog = RuleCatalog(header)
        let artifactIndex = Dictionary(
            header.paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let locations = LocationEncoder(workingDirectory: Self.workingDirectory, artifactIndex: artifactIndex)
        for finding in Self.findings {
            let ruleIndex = catalog.include(finding)
            var expected = ByteBuffer()
            SARIFReporter().result(finding, catalog: catalog, locations: locations).write(into: &expected, indent: 4)
            var artifact = ByteBuffer()
            locations.artifactLocation(finding.location.file).write(into: &artifact, indent: 8)
            var written = ByteBuffer()
            SARIFReporter.Writer.appendResult(
                finding, ruleIndex: ruleIndex, principle: catalog.rules[ruleIndex].principle,
                artifactLocation: artifact, to: &written)
            let expectedText = expected.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
            let writtenText = written.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
            #expect(writtenText == expectedText, "\(finding.ruleID) \(finding.location.file)")
        }
    }

    @Test func aLogWithResultsOfSeveralFilesIsTheLogOfResultValues() {
        // The writer keeps the last file's artifact location: results of files in turn, back
        // and forth, against the log written result value by result value.
        var report = ReportFixture.report
        report.findings += Self.findings.filter { ReportFixture.rules.map(\.id).contains($0.ruleID) }
        let written = SARIFReporter().render(report, context: ReportFixture.context)
        #expect(written == valueByValue(report))
    }

    /// The log as the writer wrote it before results were written member by member: each
    /// result a value.
    private func valueByValue(_ report: Report) -> String {
        var writer = SARIFReporter().makeWriter(context: ReportFixture.context)
        var output = ""
        report.replay { event in
            switch event {
            case .file(_, let findings), .portfolio(let findings):
                for finding in findings {
                    writer.catalog.include(finding)
                    output.write(writer.resultsWritten == 0 ? "[\n        " : ",\n        ")
                    writer.resultsWritten += 1
                    SARIFReporter().result(finding, catalog: writer.catalog, locations: writer.locations)
                        .write(to: &output, indent: 4)
                }
            default:
                writer.write(event, to: &output)
            }
        }
        return output
    }
}
