import Foundation
import PactLint
import Testing
import YAMLSource

/// `Report` is `Codable` for library users who store reports: the members added later
/// (`portfolioFindingCount`, a rule's `scope`) default when older data lacks them.
@Suite("Report coding")
struct ReportCodingTests {
    static let rule = RuleMetadata(
        id: "TAIL-05", name: "distinct-narrative", title: "Distinct narratives", principle: "tailor-made",
        severity: .warning, sources: ["Pact"], scope: .portfolio)

    @Test func roundTrip() throws {
        let finding = Finding(
            ruleID: "TAIL-05", severity: .warning, message: "near-duplicate",
            location: Location(file: "a.yaml", span: SourceSpan(at: SourcePosition(offset: 0, line: 1, column: 1))),
            fingerprint: "0123456789abcdef")
        let report = Report(
            files: [CheckedFile(path: "a.yaml", documents: [])], findings: [finding], rules: [Self.rule],
            principles: [], baselineSuppressed: 2, failOn: .warning, portfolioFindingCount: 1)
        let decoded = try JSONDecoder().decode(Report.self, from: JSONEncoder().encode(report))
        #expect(decoded.portfolioFindingCount == 1)
        #expect(decoded.rules == [Self.rule])
        #expect(decoded.findings.map(\.message) == ["near-duplicate"])
        #expect(decoded.baselineSuppressed == 2 && decoded.failOn == .warning)
    }

    @Test func dataWithoutTheLaterMembersDecodes() throws {
        let older = """
            {"files": [], "findings": [], "principles": [], "baselineSuppressed": 0, "failOn": "error",
             "rules": [{"id": "COMP-01", "name": "n", "title": "t", "principle": "p", "severity": "error",
                        "sources": [], "tags": []}]}
            """
        let decoded = try JSONDecoder().decode(Report.self, from: Data(older.utf8))
        #expect(decoded.portfolioFindingCount == 0)
        #expect(decoded.rules.first?.scope == .document)
        #expect(decoded.failOn == .error)
    }
}
