import PactLint
import Testing

@testable import PactLintReporters

@Suite struct GitHubActionsReporterTests {
    private func lines(_ report: Report = ReportFixture.report) -> [Substring] {
        GitHubActionsReporter().render(report, context: ReportFixture.context)
            .split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test func oneCommandPerUnwaivedFindingAndNoForgedOnes() {
        let commands = lines().filter { $0.hasPrefix("::") }
        let unwaived = ReportFixture.findings.filter { !$0.isWaived }
        #expect(commands.count == unwaived.count)
        for (command, finding) in zip(commands, unwaived) {
            #expect(command.hasPrefix("::\(GitHubActionsReporter.command(finding.severity)) file="))
        }
        #expect(!commands.contains { $0.contains("file=forged.yaml") && $0.hasPrefix("::error file=forged") })
    }

    @Test func hostileMessageStaysOneCommandsData() throws {
        let command = try #require(lines().first { $0.contains("title=PROT-04::") })
        #expect(!command.contains("\r"))
        #expect(!command.contains("\u{1B}"))
        #expect(command.contains("</script>%0A::error file=forged.yaml,line=1::forged%0D%0A100%25"))
        #expect(
            command.hasPrefix("::error file=partnerships/sénégal 2026.yaml,line=10,col=39,endLine=10,endColumn=45,"))
    }

    @Test func propertiesAreEscaped() {
        var report = ReportFixture.report
        report.findings = [ReportFixture.findings[3]]
        report.findings[0].location.file = "a,b:c%d\ne.yaml"
        report.findings[0].ruleID = "X,Y::Z"
        let command = lines(report)[0]
        #expect(
            command.hasPrefix(
                "::error file=a%2Cb%3Ac%25d%0Ae.yaml,line=10,col=39,endLine=10,endColumn=45,title=X%2CY%3A%3AZ::"))
    }

    @Test(arguments: [
        ("50% done", "50%25 done"),
        ("a\r\nb", "a%0D%0Ab"),
        ("x: y, z", "x: y, z"),
        ("\u{1B}[31m", "\\e[31m"),
    ])
    func dataEscaping(raw: String, escaped: String) {
        #expect(WorkflowCommandEscaping.data(raw) == escaped)
    }

    @Test(arguments: [
        ("x: y, z", "x%3A y%2C z"),
        ("100%\n", "100%25%0A"),
    ])
    func propertyEscaping(raw: String, escaped: String) {
        #expect(WorkflowCommandEscaping.property(raw) == escaped)
    }

    @Test func absolutePathsInsideTheWorkingDirectoryBecomeRelative() {
        let context = ReportFixture.context
        #expect(
            GitHubActionsReporter.workspacePath("/home/drafter/pact partnerships/a/b.yaml", context: context)
                == "a/b.yaml")
        #expect(GitHubActionsReporter.workspacePath("/elsewhere/b.yaml", context: context) == "/elsewhere/b.yaml")
        #expect(GitHubActionsReporter.workspacePath("a/../b.yaml", context: context) == "a/../b.yaml")
    }

    @Test func severityMapping() {
        #expect(GitHubActionsReporter.command(.error) == "error")
        #expect(GitHubActionsReporter.command(.warning) == "warning")
        #expect(GitHubActionsReporter.command(.info) == "notice")
    }

    @Test func summaryCountsWaivedFindings() {
        #expect(lines().dropLast().last?.contains("1 waived (not annotated)") == true)
    }
}
