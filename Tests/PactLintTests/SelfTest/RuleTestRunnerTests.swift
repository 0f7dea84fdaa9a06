import PactLint
import Testing
import YAMLSource

/// The self-test runner reports missing and unexpected findings with positions, and rules
/// without fixtures.
@Suite("Rule self-test runner")
struct RuleTestRunnerTests {
    static let rules = """
        rules:
          - id: PROT-04
            name: non-refoulement
            title: Non-refoulement
            principle: comprehensive
            severity: error
            given: "$.actions[?@.area == 'border-management']"
            assert: {exists: "@.safeguards[?@ == 'non-refoulement']"}
            message: "action {@.id} lacks non-refoulement"
          - id: COMP-02
            name: other
            title: Other
            principle: comprehensive
            severity: info
            assert: {exists: "$.x"}
            message: "no x"

        """

    func run(_ fixtures: [(String, String)], only: [String]? = nil) throws -> RuleTestReport {
        let ruleSet = try TestPack.ruleSet(Self.rules)
        let files = fixtures.map {
            RuleFixture(ruleID: $0.0.split(separator: "/")[1].description, file: SourceFile(path: $0.0, text: $0.1))
        }
        return RuleTestRunner(ruleSet: ruleSet).run(fixtures: files, ruleIDs: only)
    }

    static let fixture = """
        actions:
          - id: a1            # expect: PROT-04
            area: border-management
          # expect: PROT-04
          - id: a2
            area: border-management
            safeguards: [non-refoulement]
          - id: a3
            area: border-management
            safeguards: [training]

        """

    @Test func reportsMissingAndUnexpectedFindings() throws {
        let report = try run([("fixtures/PROT-04/f.yaml", Self.fixture)], only: ["PROT-04"])
        #expect(!report.passed)
        #expect(report.matched == 1)
        #expect(
            report.rendered() == """
                fixtures/PROT-04/f.yaml:10:17: error: unexpected finding of PROT-04: action a3 lacks non-refoulement
                    safeguards: [training]
                                ^~~~~~~~~~
                  help: mark the line with '# expect: PROT-04' if the finding is right, or fix the rule
                fixtures/PROT-04/f.yaml:5:1: error: expected a finding of PROT-04 on this line, none reported
                  - id: a2
                ^
                  help: the finding's primary location must start on this line (see docs/rule-language.md §3)
                """)
    }

    @Test func onlyTheFolderRuleIsCompared() throws {
        // COMP-02 would report on this file, and a COMP-02 marker is present: both ignored.
        let text = "actions: []  # expect: COMP-02\n"
        let report = try run([("fixtures/PROT-04/f.yaml", text)], only: ["PROT-04"])
        let passed = report.passed
        #expect(passed, Comment(rawValue: report.rendered()))
    }

    @Test func rulesWithoutFixturesAndUnknownFolders() throws {
        let report = try run([("fixtures/PROT-04/f.yaml", "actions: []\n"), ("fixtures/NOPE-01/g.yaml", "a: 1\n")])
        #expect(report.rulesWithoutFixtures == ["COMP-02"])
        #expect(
            report.rendered() == """
                fixtures/NOPE-01/g.yaml:1:1: error: fixture folder 'NOPE-01' names no loaded rule
                a: 1
                ^
                  help: name the folder after a rule id, e.g. fixtures/COMP-03/
                pack/rules.yaml:1:1: error: rule COMP-02 has no fixture
                  help: add fixtures/COMP-02/*.yaml with '# expect: COMP-02' markers
                """)
    }

    @Test func severalMarkersOnOneLine() throws {
        let rules = TestPack.rule(
            assert: "terms: {of: \"$\", avoid: {bad: good}}", message: "{term}")
        let ruleSet = try TestPack.ruleSet(rules)
        let fixture = RuleFixture(
            ruleID: "T-01", file: SourceFile(path: "f.yaml", text: "a: bad and bad  # expect: T-01 T-01\n"))
        #expect(RuleTestRunner(ruleSet: ruleSet).run(fixtures: [fixture]).passed)
        let once = RuleFixture(
            ruleID: "T-01", file: SourceFile(path: "f.yaml", text: "a: bad and bad  # expect: T-01\n"))
        let report = RuleTestRunner(ruleSet: ruleSet).run(fixtures: [once])
        #expect(report.failures.map(\.headline) == ["f.yaml:1:12: error: unexpected finding of T-01: bad"])
    }

    @Test func brokenFixtureIsAFailure() throws {
        let report = try run([("fixtures/PROT-04/f.yaml", "a: [1\n")], only: ["PROT-04"])
        #expect(report.failures.count == 1)
        #expect(report.failures.first?.message.hasPrefix("fixture is not valid YAML: ") == true)
    }
}

@Suite("Rule self-test runner: names")
struct RuleTestRunnerNameTests {
    @Test func foldersAndMarkersMayUseTheRuleName() throws {
        let ruleSet = try TestPack.ruleSet(TestPack.rule(assert: "exists: \"$.x\""))
        let fixture = RuleFixture(
            ruleID: "test-rule", file: SourceFile(path: "f.yaml", text: "a: 1  # expect: test-rule\n"))
        let report = RuleTestRunner(ruleSet: ruleSet).run(fixtures: [fixture])
        #expect(report.passed)
        #expect(report.matched == 1)
    }
}
