import Foundation
import PactLint
import Testing
import YAMLSource

/// The default pack in `Rules/`: it loads, it implements the catalogue, and every rule passes
/// its own fixtures through the engine's self-test runner.
@Suite("Default rule pack (Rules/)")
struct RulePackTests {
    /// The catalogue (`RULE-CATALOGUE.md`): id, name, principle and default severity of every rule.
    /// A rule whose catalogue severity depends on the case ("warning (error when …)") is listed
    /// with the severity the rule declares as its default.
    static let catalogue: [(id: String, name: String, principle: String, severity: Severity)] = [
        ("COMP-01", "key-areas-covered", "comprehensive", .warning),
        ("COMP-02", "not-in-isolation", "comprehensive", .warning),
        ("COMP-03", "return-needs-reintegration", "comprehensive", .warning),
        ("COMP-04", "host-support", "comprehensive", .error),
        ("COMP-05", "legal-pathway-present", "comprehensive", .warning),
        ("BAL-01", "budget-balance", "balanced", .warning),
        ("BAL-02", "reciprocity", "balanced", .warning),
        ("BAL-03", "legal-pathway-scale", "balanced", .warning),
        ("BAL-04", "conditionality-declared", "balanced", .error),
        ("MUT-01", "benefits-both-sides", "mutually-beneficial", .warning),
        ("MUT-02", "partner-positions-respected", "mutually-beneficial", .error),
        ("TAIL-01", "roles-declared", "tailor-made", .error),
        ("TAIL-02", "role-action-fit", "tailor-made", .warning),
        ("TAIL-03", "needs-evidence", "tailor-made", .warning),
        ("TAIL-04", "protection-framework", "tailor-made", .error),
        ("TAIL-05", "distinct-narrative", "tailor-made", .warning),
        ("ROUTE-01", "route-and-plan", "whole-of-route", .warning),
        ("ROUTE-02", "upstream-linkage", "whole-of-route", .warning),
        ("ROUTE-03", "search-and-rescue", "whole-of-route", .warning),
        ("ROUTE-04", "agency-legal-basis", "whole-of-route", .error),
        ("ROUTE-05", "route-coverage", "whole-of-route", .info),
        ("PROT-01", "prior-impact-assessment", "protection", .error),
        ("PROT-02", "suspension-criteria", "protection", .error),
        ("PROT-03", "complaint-mechanism", "protection", .warning),
        ("PROT-04", "non-refoulement", "protection", .error),
        ("PROT-05", "allegation-procedure", "protection", .error),
        ("PROT-06", "security-support-vetting", "protection", .error),
        ("PROT-07", "vulnerable-groups", "protection", .warning),
        ("PROT-08", "voluntariness", "protection", .warning),
        ("PROT-09", "political-precondition", "protection", .error),
        ("COH-01", "instrument-purpose-fit", "coherence", .warning),
        ("COH-02", "team-europe", "coherence", .warning),
        ("COH-03", "budget-reconciles", "coherence", .warning),
        ("COH-04", "references-resolve", "coherence", .error),
        ("COH-05", "dates-consistent", "coherence", .error),
        ("GOV-01", "outcome-indicators", "governance", .warning),
        ("GOV-02", "readmission-data", "governance", .warning),
        ("GOV-03", "publication", "governance", .warning),
        ("GOV-04", "procedure-scrutiny", "governance", .warning),
        ("GOV-05", "phased-disbursement", "governance", .warning),
        ("GOV-06", "independent-monitoring", "governance", .warning),
        ("TERM-01", "irregular-not-illegal", "terminology", .info),
        ("TERM-02", "smuggling-vs-trafficking", "terminology", .info),
    ]

    /// The nine principles, in the order of `principles.yaml`.
    static let principles = [
        "comprehensive", "balanced", "mutually-beneficial", "tailor-made", "whole-of-route", "protection",
        "coherence", "governance", "terminology",
    ]

    /// The format rules that check partnership/v1 itself.
    static let formatRules = (1...9).map { "FMT-0\($0)" } + (10...13).map { "FMT-\($0)" }

    static func loadPack() throws -> RuleSet {
        do {
            return try RulePackLoader().load(directories: [RepositoryPaths.rules])
        } catch {
            Issue.record(Comment(rawValue: error.rendered()))
            throw error
        }
    }

    @Test("the pack loads with the nine principles")
    func packLoads() throws {
        let ruleSet = try Self.loadPack()
        #expect(ruleSet.principles.map(\.id) == Self.principles)
        for principle in ruleSet.principles {
            #expect(principle.description.count > 200, "principle \(principle.id) needs a real paragraph")
        }
        #expect(ruleSet.packs.map(\.name) == ["pact"])
    }

    @Test("every catalogue rule exists with its name, principle and severity")
    func catalogueIsImplemented() throws {
        let ruleSet = try Self.loadPack()
        #expect(Self.catalogue.count == 43)
        for entry in Self.catalogue {
            guard let rule = ruleSet.rule(named: entry.id) else {
                Issue.record("catalogue rule \(entry.id) is missing")
                continue
            }
            #expect(rule.name == entry.name, "\(entry.id)")
            #expect(rule.metadata.principle == entry.principle, "\(entry.id)")
            #expect(rule.metadata.severity == entry.severity, "\(entry.id)")
        }
        let expected = Set(Self.catalogue.map(\.id) + Self.formatRules)
        #expect(Set(ruleSet.rules.map(\.id)) == expected)
    }

    @Test("every rule explains itself: title, help, rationale and sources")
    func rulesAreDocumented() throws {
        let ruleSet = try Self.loadPack()
        for rule in ruleSet.rules {
            let metadata = rule.metadata
            #expect(!metadata.title.isEmpty, "\(rule.id) title")
            #expect((metadata.help ?? "").count > 40, "\(rule.id) help")
            #expect((metadata.rationale ?? "").count > 100, "\(rule.id) rationale")
            #expect(!metadata.sources.isEmpty, "\(rule.id) sources")
        }
    }

    @Test("thresholds are parameters")
    func thresholdsAreParameters() throws {
        let ruleSet = try Self.loadPack()
        let expected: [String: String] = [
            "BAL-01": "max-control-share", "COMP-01": "min-areas-for-warning", "COMP-02": "min-pillars",
            "MUT-01": "min-categories", "TAIL-05": "max-similarity", "COH-03": "tolerance",
        ]
        for (id, parameter) in expected {
            let rule = try #require(ruleSet.rule(named: id))
            #expect(rule.parameters[parameter] != nil, "\(id) declares \(parameter)")
        }
    }

    @Test("the self-test runner passes every rule's fixtures")
    func fixturesPass() throws {
        let ruleSet = try Self.loadPack()
        let fixtures = RuleFixture.read(packDirectory: RepositoryPaths.rules)
        let report = RuleTestRunner(ruleSet: ruleSet).run(fixtures: fixtures)
        let passed = report.passed
        #expect(passed, Comment(rawValue: report.rendered()))
        #expect(report.rulesWithoutFixtures.isEmpty)
        #expect(report.rulesTested.count == ruleSet.rules.count)
        #expect(report.matched >= ruleSet.rules.count)
    }

    @Test("every rule has a fixture where it reports and one where it stays silent")
    func fixturesShowBothOutcomes() throws {
        let ruleSet = try Self.loadPack()
        let fixtures = RuleFixture.read(packDirectory: RepositoryPaths.rules)
        for rule in ruleSet.rules {
            let own = fixtures.filter { $0.ruleID == rule.id }
            let marked = own.filter { fixture in
                (1...max(fixture.file.lineCount, 1)).contains { number in
                    let line = fixture.file.line(number)
                    guard let marker = line.range(of: "# expect:") else { return false }
                    return line[marker.upperBound...].contains(rule.id)
                }
            }
            #expect(!marked.isEmpty, "\(rule.id) has no fixture where it reports")
            #expect(marked.count < own.count, "\(rule.id) has no fixture where it passes")
        }
    }

    @Test("the init template loads and shows only placeholders, not format errors")
    func templateIsClean() throws {
        let ruleSet = try Self.loadPack()
        let text = try String(contentsOfFile: RepositoryPaths.template, encoding: .utf8)
        let result = Engine(ruleSet: ruleSet).check(file: SourceFile(path: "partnership.yaml", text: text))
        #expect(!result.failedToLoad)
        let ids = Set(result.findings.map(\.ruleID))
        // The placeholders are reported, and the id placeholder is not kebab-case on purpose…
        #expect(ids.contains("FMT-09"))
        // …but every vocabulary field of the template holds a valid value or `~`.
        #expect(ids.isDisjoint(with: ["FMT-01", "FMT-03", "FMT-04", "FMT-05", "FMT-06", "FMT-07", "FMT-08"]))
        // A drafter sees what is still missing: roles, areas, benefits, safeguards.
        #expect(ids.isSuperset(of: ["TAIL-01", "COMP-01", "MUT-01", "PROT-02", "TAIL-03"]))
    }
}
