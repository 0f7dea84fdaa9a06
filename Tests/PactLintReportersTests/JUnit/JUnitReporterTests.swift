import Foundation
import PactLint
import Testing

@testable import PactLintReporters

@Suite struct JUnitReporterTests {
    static let schemas = ["junit-10.xsd", "windyroad-JUnit.xsd"]

    /// Every character the XML output must cope with: all C0 and C1 controls, DEL, the two
    /// non-characters XML cannot hold, markup characters and a non-BMP character.
    static var everyAwkwardCharacter: String {
        var text = ""
        for value in UInt32(0)...0x9F where value < 0x20 || value >= 0x7F {
            text.unicodeScalars.append(Unicode.Scalar(value)!)
        }
        return text + "\u{FFFE}\u{FFFF} <&>\"' ]]> 🇪🇺 " + ReportFixture.hostile
    }

    static var hostileReport: Report {
        var report = ReportFixture.report
        let awkward = everyAwkwardCharacter
        report.findings = report.findings.map { finding in
            var finding = finding
            finding.message += awkward
            finding.location.file = "dir/" + awkward + ".yaml"
            finding.waiver?.reason = awkward
            return finding
        }
        report.files = report.files.map { CheckedFile(path: "dir/" + awkward + ".yaml", documents: $0.documents) }
        report.rules[0].title = awkward
        report.rules[0].help = awkward
        return report
    }

    static let reports: [(String, Report)] = [
        ("fixture", ReportFixture.report),
        ("empty", Report(files: [], findings: [], rules: [], principles: [])),
        ("hostile", hostileReport),
    ]

    @Test(arguments: reports.map(\.0), schemas)
    func isValidAgainstSchema(reportName: String, schema: String) throws {
        let report = try #require(Self.reports.first { $0.0 == reportName }?.1)
        let xml = JUnitReporter().render(report, context: ReportFixture.context)
        let outcome = try #require(try SchemaValidation.validateXML(xml, schema: schema))
        #expect(outcome.isValid, "\(outcome.output)")
    }

    /// The validators are real: a suite without its required attributes is rejected by both.
    @Test(arguments: schemas)
    func validatorRejectsAnInvalidReport(schema: String) throws {
        let xml = JUnitReporter().render(ReportFixture.report, context: ReportFixture.context)
            .replacingOccurrences(of: " tests=\"5\"", with: "")
        let outcome = try #require(try SchemaValidation.validateXML(xml, schema: schema))
        #expect(!outcome.isValid)
    }

    @Test func suitePerFileCasePerRule() {
        let xml = JUnitReporter().render(ReportFixture.report, context: ReportFixture.context)
        // One suite per file, then one for the portfolio rules.
        #expect(xml.components(separatedBy: "<testsuite ").count - 1 == 4)
        #expect(
            xml.contains(
                "<testsuite name=\"partnerships/tunisia.yaml\" package=\"partnerships/tunisia.yaml\" id=\"0\" "
                    + "tests=\"5\" failures=\"2\" errors=\"0\" skipped=\"1\""))
        // A tool rule is a test case only where it reported, as in a streamed run.
        #expect(!xml.contains("name=\"pactlint/yaml-syntax: File is valid YAML\" classname=\"partnerships/tunisia\""))
        // The portfolio rule is a test case of the portfolio suite only.
        #expect(
            xml.contains(
                "<testsuite name=\"portfolio\" package=\"portfolio\" id=\"3\" tests=\"1\" failures=\"1\""))
        #expect(xml.components(separatedBy: "<testcase name=\"TAIL-05").count - 1 == 1)
        // The unparsable file lists only the rule that reported on it.
        #expect(
            xml.contains("<testsuite name=\"broken.yml\" package=\"broken.yml\" id=\"2\" tests=\"1\" failures=\"1\""))
        #expect(xml.contains("<failure message=\"found character U+001B that cannot start any token\" type=\"error\">"))
        #expect(xml.contains("<skipped message=\"waived: reintegration is funded by the 2025 EUTF | programme\">"))
        #expect(xml.contains("timestamp=\"2026-11-29T10:00:00\" hostname=\"localhost\""))
    }

    @Test func noLineOfDocumentTextStartsACommandOrAFindingLine() {
        let xml = JUnitReporter().render(Self.hostileReport, context: ReportFixture.context)
        for line in xml.split(separator: "\n") {
            #expect(!line.hasPrefix("::"), "\(line)")
            #expect(line.hasPrefix(" ") || line.hasPrefix("<") || line.hasPrefix("dir/"), "\(line)")
        }
    }

    @Test func severalFindingsOfOneRuleAreOneFailure() {
        var report = ReportFixture.report
        var second = report.findings[1]
        second.message = "second finding"
        second.severity = .error
        report.findings.insert(second, at: 2)
        let xml = JUnitReporter().render(report, context: ReportFixture.context)
        #expect(xml.contains("<failure message=\"2 findings; first: Control-oriented areas take 89%"))
        #expect(xml.contains("type=\"error\">partnerships/tunisia.yaml:16:7: warning:"))
        #expect(xml.contains("partnerships/tunisia.yaml:16:7: error: second finding [BAL-01]"))
    }

    /// The fixture with its first two files renamed `portfolio` and `portfolio.yml`: the
    /// first's suite name, and both files' class names (the extension dropped), would be the
    /// portfolio suite's.
    static var reportWithPortfolioFiles: Report {
        var report = ReportFixture.report
        let renamed = [
            report.files[0].path: JUnitReporter.portfolioSuite,
            report.files[1].path: JUnitReporter.portfolioSuite + ".yml",
        ]
        report.files = report.files.map { CheckedFile(path: renamed[$0.path] ?? $0.path, documents: $0.documents) }
        report.findings = report.findings.map { finding in
            var finding = finding
            finding.location.file = renamed[finding.location.file] ?? finding.location.file
            return finding
        }
        return report
    }

    @Test("a file called portfolio is told apart from the portfolio suite, by suite and by class name")
    func fileCalledPortfolio() throws {
        let xml = JUnitReporter().render(Self.reportWithPortfolioFiles, context: ReportFixture.context)
        let suites = xml.components(separatedBy: "<testsuite ").dropFirst()
        #expect(suites.count == 4)
        let names = suites.map { $0.prefix { $0 != ">" } }.map { opening in
            opening.split(separator: "\"").dropFirst().first.map(String.init) ?? ""
        }
        #expect(names == ["./portfolio", "portfolio.yml", "broken.yml", "portfolio"])
        #expect(suites.first?.hasPrefix("name=\"./portfolio\" package=\"./portfolio\" id=\"0\"") == true)
        // Only the portfolio suite's test cases have its class name; the files' are paths of
        // the same files.
        for (index, suite) in suites.enumerated() {
            let classnames = Set(
                suite.components(separatedBy: "classname=\"").dropFirst().map { $0.prefix { $0 != "\"" } })
            let expected = ["./portfolio", "./portfolio", "broken", "portfolio"][index]
            #expect(classnames == [Substring(expected)], "suite \(index): \(classnames)")
        }
        // The findings' own locations keep the file's name.
        #expect(xml.contains(">portfolio:16:7: warning: Control-oriented areas"))
        for schema in Self.schemas {
            let outcome = try #require(try SchemaValidation.validateXML(xml, schema: schema))
            #expect(outcome.isValid, "\(schema): \(outcome.output)")
        }
    }

    /// A file whose name only resembles the portfolio suite's keeps its name.
    @Test(arguments: ["portfolios", "Portfolio", "./portfolio", "dir/portfolio", "portfolio.d/x.yaml"])
    func fileNamedLikePortfolioKeepsItsName(path: String) {
        var report = ReportFixture.report
        let old = report.files[0].path
        report.files[0] = CheckedFile(path: path, documents: report.files[0].documents)
        report.findings = report.findings.map { finding in
            var finding = finding
            if finding.location.file == old { finding.location.file = path }
            return finding
        }
        let xml = JUnitReporter().render(report, context: ReportFixture.context)
        #expect(xml.contains("<testsuite name=\"\(path)\" package=\"\(path)\" id=\"0\""))
    }

    @Test func timestampIsConvertedToUTC() {
        #expect(Timestamp.utcWithoutZone("2026-11-29T11:30:00+01:00") == "2026-11-29T10:30:00")
        #expect(Timestamp.utcWithoutZone("2026-11-29T10:00:00.250Z") == "2026-11-29T10:00:00")
        #expect(Timestamp.utcWithoutZone("yesterday") == "1970-01-01T00:00:00")
    }
}
