import Foundation
import PactLint
import Testing

@testable import PactLintReporters

@Suite struct SARIFReporterTests {
    private func log(_ report: Report = ReportFixture.report) throws -> [String: Any] {
        let text = SARIFReporter().render(report, context: ReportFixture.context)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func run(_ log: [String: Any]) throws -> [String: Any] {
        let runs = try #require(log["runs"] as? [[String: Any]])
        return try #require(runs.first)
    }

    @Test func fixtureIsValidAgainstTheSARIFSchema() throws {
        let sarif = SARIFReporter().render(ReportFixture.report, context: ReportFixture.context)
        let outcome = try #require(try SchemaValidation.validateSARIF(sarif))
        #expect(outcome.isValid, "\(outcome.output)")
    }

    @Test func emptyReportIsValidAgainstTheSARIFSchema() throws {
        let report = Report(files: [], findings: [], rules: [], principles: [])
        let sarif = SARIFReporter().render(report, context: ReportFixture.context)
        let outcome = try #require(try SchemaValidation.validateSARIF(sarif))
        #expect(outcome.isValid, "\(outcome.output)")
    }

    /// The validator is real: a log with a result whose level is not a SARIF level is rejected.
    @Test func validatorRejectsAnInvalidLog() throws {
        let sarif = SARIFReporter().render(ReportFixture.report, context: ReportFixture.context)
            .replacingOccurrences(of: "\"level\": \"warning\"", with: "\"level\": \"severe\"")
        let outcome = try #require(try SchemaValidation.validateSARIF(sarif))
        #expect(!outcome.isValid)
        #expect(outcome.output.contains("severe"))
    }

    @Test func runDeclaresColumnKindAndSourceRoot() throws {
        let run = try run(log())
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let bases = try #require(run["originalUriBaseIds"] as? [String: [String: String]])
        #expect(bases["SRCROOT"]?["uri"] == "file:///home/drafter/pact%20partnerships/")
        let invocations = try #require(run["invocations"] as? [[String: Any]])
        #expect(invocations.first?["executionSuccessful"] as? Bool == true)
    }

    @Test func resultsPointAtTheirRulesAndRelativeURIs() throws {
        let run = try run(log())
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == ReportFixture.findings.count)
        for (result, finding) in zip(results, ReportFixture.findings) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == finding.ruleID)
            #expect(result["ruleId"] as? String == finding.ruleID)
            let fingerprints = result["partialFingerprints"] as? [String: String]
            #expect(fingerprints?[SARIFReporter.fingerprintKey] == finding.fingerprint)
            let locations = try #require(result["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: Any])
            #expect(artifact["uriBaseId"] as? String == "SRCROOT")
            #expect((artifact["uri"] as? String)?.hasPrefix("/") == false)
            let region = try #require(physical["region"] as? [String: Int])
            #expect(region["startLine"] == finding.location.span.start.line)
            #expect(region["startColumn"] == finding.location.span.start.column)
            #expect(region["endLine"] == finding.location.span.end.line)
            #expect(region["endColumn"] == finding.location.span.end.column)
            let message = (result["message"] as? [String: String])?["text"]
            #expect(message == finding.message)
        }
    }

    @Test func waivedFindingHasAnInSourceSuppression() throws {
        let results = try #require(try run(log())["results"] as? [[String: Any]])
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 1)
        let suppression = try #require((suppressed.first?["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "inSource")
        #expect(suppression["justification"] as? String == "reintegration is funded by the 2025 EUTF | programme")
    }

    @Test func rulesCarryHelpSourcesAndProperties() throws {
        let driver = try #require((try run(log())["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "pactlint")
        #expect(driver["version"] as? String == "0.1.0")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let rule = try #require(rules.first { $0["id"] as? String == "PROT-04" })
        let help = try #require(rule["help"] as? [String: String])
        #expect(help["text"]?.contains("Regulation (EU) 2019/1896, Art. 72(3)") == true)
        #expect(help["markdown"]?.contains("**Sources:**") == true)
        let properties = try #require(rule["properties"] as? [String: Any])
        #expect(properties["principle"] as? String == "protection")
        #expect(properties["tags"] as? [String] == ["safeguards", "rights"])
        #expect(properties["precision"] as? String == "very-high")
        #expect((rule["defaultConfiguration"] as? [String: String])?["level"] == "error")
    }

    @Test func findingOfAnUnlistedRuleGetsAStandInRule() throws {
        var report = ReportFixture.report
        report.rules.removeAll { $0.id == "pactlint/yaml-syntax" }
        let run = try run(log(report))
        let rules = try #require((run["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["rules"])
        let ids = (rules as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.last == "pactlint/yaml-syntax")
        let results = try #require(run["results"] as? [[String: Any]])
        let syntaxError = results.first { $0["ruleId"] as? String == "pactlint/yaml-syntax" }
        #expect(syntaxError?["ruleIndex"] as? Int == ids.count - 1)
    }

    @Test(arguments: [
        ("a.yaml", "/work", "a.yaml", true),
        ("./dir/../b c.yaml", "/work", "b%20c.yaml", true),
        ("/work/sub/x.yaml", "/work/", "sub/x.yaml", true),
        ("../other/x.yaml", "/work/repo", "file:///work/other/x.yaml", false),
        ("/etc/x#1?.yaml", "/work", "file:///etc/x%231%3F.yaml", false),
        ("ñ:1.yaml", "/w", "%C3%B1%3A1.yaml", true),
    ])
    func artifactURIs(path: String, workingDirectory: String, uri: String, isRelative: Bool) {
        let result = FileURI.artifact(path, workingDirectory: workingDirectory)
        #expect(result.uri == uri)
        #expect(result.isRelative == isRelative)
    }

    @Test func workingDirectoryURIHasATrailingSlash() {
        #expect(FileURI.directory("/work/repo") == "file:///work/repo/")
        #expect(FileURI.directory("/work/repo/") == "file:///work/repo/")
        #expect(FileURI.directory("/") == "file:///")
    }
}
