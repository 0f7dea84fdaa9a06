import Foundation
import PactLint
import Testing
import YAMLSource

/// `Samples/`: checked all together, as `pactlint check Samples/` does, each file reports exactly
/// the rules that `Samples/README.md` lists for it.
@Suite("Sample partnerships (Samples/)")
struct SamplesTests {
    /// One row of the README's expectations table.
    struct Expectation: Sendable, CustomTestStringConvertible {
        var file: String
        var rules: Set<String>
        var testDescription: String { file }
    }

    /// The rows between `<!-- expectations:begin -->` and `<!-- expectations:end -->`:
    /// `| \`file\` | principles | RULE-1, RULE-2 |`.
    static func expectations() throws -> [Expectation] {
        let readme = try String(contentsOfFile: RepositoryPaths.samples + "/README.md", encoding: .utf8)
        guard let begin = readme.range(of: "<!-- expectations:begin -->"),
            let end = readme.range(of: "<!-- expectations:end -->")
        else {
            Issue.record("Samples/README.md has no expectations table")
            return []
        }
        var rows: [Expectation] = []
        for line in readme[begin.upperBound..<end.lowerBound].split(separator: "\n") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4, cells[1].hasPrefix("`") else { continue }
            let file = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let rules = cells[cells.count - 2].split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            rows.append(Expectation(file: file, rules: Set(rules)))
        }
        return rows
    }

    /// Findings of every sample file, checked together (document and portfolio rules), by file
    /// path relative to `Samples/`.
    static func findingsByFile() throws -> [String: [Finding]] {
        let ruleSet = try RulePackLoader().load(directories: [RepositoryPaths.rules])
        let engine = Engine(ruleSet: ruleSet)
        var byFile: [String: [Finding]] = [:]
        var projections: [PortfolioProjection] = []
        for file in RepositoryPaths.yamlFiles(under: RepositoryPaths.samples) {
            let text = try String(contentsOfFile: RepositoryPaths.samples + "/" + file, encoding: .utf8)
            let result = engine.check(file: SourceFile(path: file, text: text))
            #expect(!result.failedToLoad, "\(file) is not valid YAML")
            byFile[file, default: []] += result.findings
            projections += result.projections
        }
        for finding in engine.checkPortfolio(projections) {
            byFile[finding.location.file, default: []].append(finding)
        }
        return byFile
    }

    @Test("every sample file has a row in the README, and every row a file")
    func tableCoversTheFolder() throws {
        let files = Set(RepositoryPaths.yamlFiles(under: RepositoryPaths.samples))
        let rows = Set(try Self.expectations().map(\.file))
        #expect(files.count >= 9)
        #expect(files == rows)
    }

    @Test("each sample reports exactly the rules its README row lists", arguments: try SamplesTests.expectations())
    func sampleMatchesREADME(_ expectation: Expectation) throws {
        let findings = try Self.findingsByFile()[expectation.file] ?? []
        let reported = Set(findings.map(\.ruleID))
        let missing = expectation.rules.subtracting(reported).sorted()
        let unexpected = reported.subtracting(expectation.rules).sorted()
        let detail = findings.map { "\($0.location.span.start.line): [\($0.ruleID)] \($0.message)" }
            .joined(separator: "\n")
        #expect(missing.isEmpty, "\(expectation.file): expected but not reported: \(missing)\n\(detail)")
        #expect(unexpected.isEmpty, "\(expectation.file): reported but not expected: \(unexpected)\n\(detail)")
    }

    @Test("the samples together touch all nine principles and no format rule")
    func samplesCoverEveryPrinciple() throws {
        let ruleSet = try RulePackLoader().load(directories: [RepositoryPaths.rules])
        let findings = try Self.findingsByFile().values.flatMap { $0 }
        let principles = Set(findings.compactMap { ruleSet.rule(named: $0.ruleID)?.metadata.principle })
        #expect(principles == Set(RulePackTests.principles))
        #expect(!findings.contains { $0.ruleID.hasPrefix("FMT-") || $0.ruleID.hasPrefix("pactlint/") })
    }

    @Test("the comprehensive sample passes every rule but the informational ones")
    func comprehensiveSampleIsNearlyClean() throws {
        let findings = try Self.findingsByFile()["alvaria-comprehensive.yaml"] ?? []
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.severity == .info })
    }

    @Test("every sample says that its partner country is fictional")
    func samplesAreFictional() throws {
        for file in RepositoryPaths.yamlFiles(under: RepositoryPaths.samples) {
            let text = try String(contentsOfFile: RepositoryPaths.samples + "/" + file, encoding: .utf8)
            let head = text.split(separator: "\n").prefix(3).joined(separator: "\n")
            #expect(head.contains("FICTIONAL"), "\(file) does not say it is fictional")
            #expect(text.contains("iso3: X"), "\(file) uses a code outside the user-assigned X range")
        }
    }
}
