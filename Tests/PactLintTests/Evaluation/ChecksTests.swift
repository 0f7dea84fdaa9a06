import PactLint
import Testing
import YAMLSource

/// Rules with `checks:`: several outcomes, each with its own severity and message.
@Suite("Checks")
struct ChecksTests {
    static let ladder = """
        rules:
          - id: PROT-01
            name: prior-impact-assessment
            title: Prior impact assessment
            principle: comprehensive
            severity: error
            when:
              exists: "$.actions[?@.area == 'border-management']"
            report: first
            checks:
              - assert: {expr: "$.safeguards.impact_assessment.done == true"}
                at: "$.safeguards.impact_assessment"
                message: "no prior impact assessment"
              - assert: {expr: "$.safeguards.impact_assessment.kind == 'formal'"}
                severity: warning
                at: "$.safeguards.impact_assessment.kind"
                message: "the impact assessment is {$.safeguards.impact_assessment.kind}, not formal"
              - assert: {expr: "$.safeguards.impact_assessment.public == true"}
                severity: warning
                message: "the impact assessment is not public"

        """

    func run(_ rules: String, _ document: String) throws -> [String] {
        try TestPack.findings(rules, document).map {
            "\($0.location.span.start.line) \($0.severity.rawValue): \($0.message)"
        }
    }

    @Test func ladderReportsTheFirstFailingCheck() throws {
        let head = "actions: [{area: border-management}]\n"
        #expect(try run(Self.ladder, head) == ["1 error: no prior impact assessment"])
        #expect(
            try run(Self.ladder, head + "safeguards:\n  impact_assessment: {done: true, kind: risk-assessment}\n") == [
                "3 warning: the impact assessment is risk-assessment, not formal"
            ])
        #expect(
            try run(Self.ladder, head + "safeguards:\n  impact_assessment: {done: true, kind: formal}\n") == [
                "1 warning: the impact assessment is not public"
            ])
        #expect(
            try run(Self.ladder, head + "safeguards:\n  impact_assessment: {done: true, kind: formal, public: true}\n")
                == [])
        #expect(try run(Self.ladder, "actions: [{area: protection}]\n") == [])
    }

    @Test func reportAllReportsEveryFailingCheck() throws {
        let rules = Self.ladder.replacingOccurrences(of: "report: first", with: "report: all")
        #expect(
            try run(rules, "actions: [{area: border-management}]\n") == [
                "1 error: no prior impact assessment",
                "1 warning: the impact assessment is not public",
                "1 warning: the impact assessment is not stated, not formal",
            ])
    }

    @Test func escalation() throws {
        let rules = """
            rules:
              - id: COMP-01
                name: key-areas
                title: Key areas
                principle: comprehensive
                severity: warning
                report: first
                checks:
                  - assert: {covers: {of: "$.areas[*]", values: [a, b, c, d], min: 3}}
                    severity: error
                    message: "missing {missing}"
                  - assert: {covers: {of: "$.areas[*]", values: [a, b, c, d]}}
                    message: "missing {missing}"

            """
        #expect(try run(rules, "areas: [a, b, c, d]\n") == [])
        #expect(try run(rules, "areas: [a, b, c]\n") == ["1 warning: missing d"])
        #expect(try run(rules, "areas: [a, b]\n") == ["1 error: missing c, d"])
    }

    @Test func checkLevelWhenAndHelp() throws {
        let rules = """
            rules:
              - id: COMP-05
                name: legal-pathway-present
                title: Legal pathway
                principle: comprehensive
                severity: warning
                help: Add a legal pathway.
                checks:
                  - when: {exists: "$.partner.roles[?@ == 'origin']"}
                    assert: {exists: "$.legal_pathways[0]"}
                    severity: error
                    message: "no legal pathway for a country of origin"
                  - when: {not: {exists: "$.partner.roles[?@ == 'origin']"}}
                    assert: {exists: "$.legal_pathways[0]"}
                    message: "no legal pathway"

            """
        #expect(try run(rules, "partner: {roles: [origin]}\n") == ["1 error: no legal pathway for a country of origin"])
        #expect(try run(rules, "partner: {roles: [transit]}\n") == ["1 warning: no legal pathway"])
        #expect(try run(rules, "partner: {roles: [origin]}\nlegal_pathways: [{type: resettlement}]\n") == [])
        let ruleSet = try TestPack.ruleSet(rules)
        #expect(ruleSet.rules.first?.checks.map(\.help) == ["Add a legal pathway.", "Add a legal pathway."])
    }

    @Test func statedFalseVersusNotStated() throws {
        let rules = """
            rules:
              - id: PROT-03
                name: complaint-mechanism
                title: Complaint mechanism
                principle: comprehensive
                severity: warning
                report: first
                checks:
                  - assert: {exists: "$.safeguards.complaint_mechanism"}
                    message: "not stated"
                  - assert: {expr: "$.safeguards.complaint_mechanism != false"}
                    at: "$.safeguards.complaint_mechanism"
                    message: "stated false"

            """
        #expect(try run(rules, "safeguards: {x: 1}\n") == ["1 warning: not stated"])
        #expect(try run(rules, "safeguards:\n  complaint_mechanism: false\n") == ["2 warning: stated false"])
        #expect(try run(rules, "safeguards:\n  complaint_mechanism: an ombudsperson\n") == [])
    }

    @Test func subjectsAndTheirMessages() throws {
        let rules = """
            rules:
              - id: PROT-04
                name: non-refoulement
                title: Non-refoulement
                principle: comprehensive
                severity: error
                given: "$.actions[?@.area == 'border-management' || @.area == 'return-readmission']"
                assert: {exists: "@.safeguards[?@ == 'non-refoulement']"}
                message: "action {@.id} ({@.area}) lacks non-refoulement"

            """
        let document = """
            actions:
              - id: a1
                area: border-management
                safeguards: [data-protection]
              - id: a2
                area: protection
              - id: a3
                area: return-readmission

            """
        let findings = try TestPack.findings(rules, document)
        #expect(
            TestPack.summary(findings) == [
                "4:17 action a1 (border-management) lacks non-refoulement",
                "7:5 action a3 (return-readmission) lacks non-refoulement",
            ])
        #expect(findings.map(\.location.path) == ["$['actions'][0]['safeguards']", "$['actions'][2]"])
    }
}

@Suite("When guards with subjects")
struct WhenGuardTests {
    static let document = """
        partner: {roles: [transit]}
        actions:
          - {id: a1, area: border-management}
          - {id: a2, area: protection}

        """

    func run(when: String) throws -> [String] {
        let rules = TestPack.rule(
            assert: "exists: \"@.safeguards\"", message: "{@.id}", given: "$.actions[*]",
            extra: "    when: \(when)\n")
        return try TestPack.findings(rules, Self.document).map(\.message)
    }

    @Test func documentLevelWhenAppliesToEverySubjectOrNone() throws {
        #expect(try run(when: "{exists: \"$.partner.roles[?@ == 'transit']\"}") == ["a1", "a2"])
        #expect(try run(when: "{exists: \"$.partner.roles[?@ == 'host']\"}") == [])
        #expect(try run(when: "{not: {exists: \"$.partner.roles[?@ == 'host']\"}}") == ["a1", "a2"])
    }

    @Test func subjectLevelWhenIsTestedPerSubject() throws {
        #expect(try run(when: "{expr: \"@.area == 'protection'\"}") == ["a2"])
        #expect(try run(when: "{exists: \"@.area\"}") == ["a1", "a2"])
        #expect(
            try run(when: "{all: [{exists: \"$.partner\"}, {one-of: {of: \"@.area\", values: [border-management]}}]}")
                == ["a1"])
    }
}

@Suite("Check help")
struct CheckHelpTests {
    @Test func aCheckWithItsOwnHelpPutsItOnTheFinding() throws {
        let rules = """
            rules:
              - id: COMP-01
                name: key-areas
                title: Key areas
                principle: comprehensive
                severity: warning
                help: Rule help.
                checks:
                  - assert: {exists: "$.a"}
                    message: "no a"
                  - assert: {exists: "$.b"}
                    help: Add b.
                    message: "no b"

            """
        let findings = try TestPack.findings(rules, "x: 1\n")
        #expect(findings.map(\.message) == ["no a", "no b"])
        #expect(findings.map(\.help) == [nil, "Add b."])
    }
}
