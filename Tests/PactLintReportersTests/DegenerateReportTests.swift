import PactLint
import Testing
import YAMLSource

@testable import PactLintReporters

/// Reports no engine should produce, which no reporter may crash on.
@Suite struct DegenerateReportTests {
    static var report: Report {
        let zero = SourcePosition(offset: 0, line: 0, column: 0)
        let far = SourcePosition(offset: 10, line: 99, column: 500)
        let backwards = Location(
            file: "", span: SourceSpan(start: far, end: zero), document: -1, path: "",
            excerpt: SourceExcerpt(firstLine: 98, lines: ["x"]))
        let empty = Location(file: " ", span: SourceSpan(at: zero), excerpt: SourceExcerpt(firstLine: 0, lines: []))
        return Report(
            files: [CheckedFile(path: "", documents: []), CheckedFile(path: "", documents: [])],
            findings: [
                Finding(ruleID: "", severity: .error, message: "", location: backwards, fingerprint: ""),
                Finding(
                    ruleID: "UNLISTED", severity: .info, message: "\n", location: empty,
                    related: [RelatedLocation(location: backwards, message: "")],
                    waiver: Waiver(scope: .file, reason: "", location: empty), fingerprint: ""),
            ],
            rules: [RuleMetadata(id: "", name: "", title: "", principle: "", severity: .error, help: "")],
            principles: [Principle(id: "", title: "", description: "")], baselineSuppressed: -1, failOn: nil)
    }

    @Test(arguments: ReportFormat.allCases)
    func rendersWithoutCrashing(_ format: ReportFormat) {
        let output = format.makeReporter(color: true).render(Self.report, context: ReportFixture.context)
        #expect(!output.isEmpty)
    }

    @Test func githubPositionsStartAtOne() {
        let output = GitHubActionsReporter().render(Self.report, context: ReportFixture.context)
        #expect(output.hasPrefix("::error file=,line=99,col=500,endLine=99,endColumn=500,title=::\n"))
    }

    @Test func junitStaysValid() throws {
        let xml = JUnitReporter().render(Self.report, context: ReportFixture.context)
        for schema in JUnitReporterTests.schemas {
            let outcome = try #require(try SchemaValidation.validateXML(xml, schema: schema))
            #expect(outcome.isValid, "\(schema): \(outcome.output)")
        }
    }

    @Test func sarifStaysValid() throws {
        let sarif = SARIFReporter().render(Self.report, context: ReportFixture.context)
        let outcome = try #require(try SchemaValidation.validateSARIF(sarif))
        #expect(outcome.isValid, "\(outcome.output)")
    }
}
