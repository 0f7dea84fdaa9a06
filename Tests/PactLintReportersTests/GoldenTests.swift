import PactLint
import Testing

@testable import PactLintReporters

/// Every format rendered from the fixture report, compared byte for byte with its golden file.
@Suite struct GoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var golden: String
        var reporter: any Reporter
        var testDescription: String { golden }
    }

    static let cases: [Case] = [
        Case(golden: "text.txt", reporter: TextReporter()),
        Case(golden: "text-color.txt", reporter: TextReporter(options: .init(color: true))),
        Case(golden: "report.json", reporter: JSONReporter()),
        Case(golden: "report.sarif", reporter: SARIFReporter()),
        Case(golden: "junit.xml", reporter: JUnitReporter()),
        Case(golden: "github.txt", reporter: GitHubActionsReporter()),
        Case(golden: "report.md", reporter: MarkdownReporter()),
    ]

    @Test(arguments: cases)
    func matchesGolden(_ testCase: Case) throws {
        let output = testCase.reporter.render(ReportFixture.report, context: ReportFixture.context)
        try Golden.check(output, named: testCase.golden)
    }

    @Test(arguments: cases)
    func isDeterministic(_ testCase: Case) {
        let first = testCase.reporter.render(ReportFixture.report, context: ReportFixture.context)
        let second = testCase.reporter.render(ReportFixture.report, context: ReportFixture.context)
        #expect(first == second)
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatHasAReporter(_ format: ReportFormat) {
        let output = format.makeReporter().render(ReportFixture.report, context: ReportFixture.context)
        #expect(!output.isEmpty)
        #expect(output.hasSuffix("\n"))
    }
}
