import PactLint
import Testing
import YAMLSource

/// Each condition holds and fails, with the place and message of each finding.
@Suite("Conditions")
struct ConditionTests {
    static let document = """
        schema: partnership/v1
        id: eu-alv
        title: Alvaria
        partner:
          country: Alvaria
          roles: [origin, transit]
        routes: [central-mediterranean]
        actions:
          - id: a1
            area: border-management
            budget: [b1]
            safeguards: [data-protection]
          - id: a2
            area: protection
            budget: [b9]
            safeguards: [non-refoulement]
        budget:
          currency: EUR
          total: 300
          lines:
            - {id: b1, amount: 100, area: border-management}
            - {id: b2, amount: 200, area: protection}

        """

    func run(
        _ assert: String, message: String = "failed", given: String? = nil, extra: String = ""
    ) throws
        -> [String]
    {
        let rules = TestPack.rule(assert: assert, message: message, given: given, extra: extra)
        return TestPack.summary(try TestPack.findings(rules, Self.document))
    }

    func paths(_ assert: String) throws -> [String] {
        try TestPack.findings(TestPack.rule(assert: assert), Self.document).map { $0.location.path ?? "nil" }
    }

    // MARK: exists / absent

    @Test func existsHolds() throws {
        #expect(try run("exists: \"$.partner.country\"") == [])
    }

    @Test func existsPointsAtNearestExistingAncestor() throws {
        #expect(try run("exists: \"$.partner.iso3\"") == ["5:3 failed"])
        #expect(try paths("exists: \"$.partner.iso3\"") == ["$['partner']"])
        #expect(try run("exists: \"$.safeguards.complaint_mechanism\"") == ["1:1 failed"])
        #expect(try paths("exists: \"$.safeguards.complaint_mechanism\"") == ["$"])
    }

    @Test func existsWithFilterPointsAtTheList() throws {
        #expect(try run("exists: \"$.actions[?@.area == 'reintegration']\"") == ["9:3 failed"])
        #expect(try paths("exists: \"$.actions[?@.area == 'reintegration']\"") == ["$['actions']"])
    }

    @Test func existsAcceptsNull() throws {
        let findings = try TestPack.findings(TestPack.rule(assert: "exists: \"$.a\""), "a: ~\n")
        #expect(findings.isEmpty)
    }

    @Test func absentReportsEachSelectedNode() throws {
        #expect(
            try run("absent: \"$.actions[*].safeguards[?@ == 'data-protection']\"", message: "{value}") == [
                "12:18 data-protection"
            ])
        #expect(try run("absent: \"$.actions[?@.area == 'reintegration']\"") == [])
    }

    /// An `absent` check's offending nodes are placed by their paths from the root, whether
    /// the query starts at the subject (under `given`) or at the root (selected directly for
    /// the failure, not through the document's cache of matches).
    @Test func absentPathsFromTheSubjectAndFromTheRoot() throws {
        func paths(_ assert: String, given: String) throws -> [String] {
            try TestPack.findings(TestPack.rule(assert: assert, given: given), Self.document).map {
                $0.location.path ?? "nil"
            }
        }
        #expect(
            try paths("absent: \"@.safeguards[?@ == 'data-protection']\"", given: "$.actions[*]") == [
                "$['actions'][0]['safeguards'][0]"
            ])
        #expect(
            try paths(
                "absent: \"$.routes[?@ == 'central-mediterranean']\"", given: "$.actions[?@.area == 'protection']")
                == ["$['routes'][0]"])
    }

    // MARK: count

    @Test func count() throws {
        #expect(try run("count: {of: \"$.actions[*]\", min: 2, max: 2}") == [])
        #expect(try run("count: {of: \"$.actions[*]\", min: 3}", message: "{count} of {expected}") == ["9:3 2 of 3"])
        #expect(try run("count: {of: \"$.actions[*]\", max: 1}", message: "{count} > {max}") == ["9:3 2 > 1"])
    }

    @Test func countBoundFromQueryAndParameter() throws {
        #expect(try run("count: {of: \"$.actions[*]\", min: \"$.budget.lines.length\"}") == [])
        #expect(
            try run(
                "count: {of: \"$.routes[*]\", min: {param: min-routes}}", message: "{count} < {min-routes}",
                extra: "    parameters: {min-routes: 2}\n") == ["7:9 1 < 2"])
    }

    @Test func countOnEmptySelection() throws {
        #expect(try run("count: {of: \"$.pillars[*]\", min: 1}", message: "{count}") == ["1:1 0"])
        #expect(try run("count: {of: \"$.pillars[*]\", max: 0}") == [])
    }

    // MARK: matches / not-matches

    @Test func matchesWholeString() throws {
        #expect(try run("matches: {of: \"$.actions[*].id\", regex: \"a[0-9]\"}") == [])
        #expect(
            try run("matches: {of: \"$.actions[*].id\", regex: \"a\"}", message: "{value} !~ {expected}") == [
                "9:9 a1 !~ a", "13:9 a2 !~ a",
            ])
    }

    @Test func matchesSearchAnywhere() throws {
        #expect(try run("matches: {of: \"$.actions[*].area\", search: \"tect\"}") == ["10:11 failed"])
    }

    @Test func matchesFailsOnNonStrings() throws {
        #expect(try run("matches: {of: \"$.budget.total\", regex: \".*\"}", message: "{value}") == ["19:10 300"])
    }

    @Test func notMatchesIgnoresNonStrings() throws {
        #expect(try run("not-matches: {of: \"$.budget.total\", regex: \".*\"}") == [])
        #expect(try run("not-matches: {of: \"$.routes[*]\", search: \"mediterranean\"}") == ["7:10 failed"])
    }

    // MARK: one-of / none-of / type

    @Test func oneOf() throws {
        #expect(try run("one-of: {of: \"$.partner.roles[*]\", values: [origin, transit, host]}") == [])
        #expect(
            try run("one-of: {of: \"$.partner.roles[*]\", values: [origin]}", message: "{value} not in {expected}") == [
                "6:19 transit not in origin"
            ])
    }

    @Test func oneOfComparesJSONValues() throws {
        // 300 (a number) is not "300" (a string); 300 equals 300.0.
        #expect(try run("one-of: {of: \"$.budget.total\", values: [\"300\"]}") == ["19:10 failed"])
        #expect(try run("one-of: {of: \"$.budget.total\", values: [300.0]}") == [])
    }

    @Test func oneOfMixesValuesAndAScalarParameter() throws {
        // The list is searched in place: literal values and each parameter's value count.
        let assert = "one-of: {of: \"$.partner.roles[*]\", values: [origin, {param: also}]}"
        #expect(try run(assert, extra: "    parameters: {also: transit}\n") == [])
        #expect(
            try run(assert, message: "{value} not in {expected}", extra: "    parameters: {also: host}\n") == [
                "6:19 transit not in origin, host"
            ])
    }

    @Test func noneOfWithParameterList() throws {
        #expect(
            try run(
                "none-of: {of: \"$.actions[*].area\", values: {param: control}}", message: "{value}",
                extra: "    parameters: {control: [border-management, return-readmission]}\n") == [
                    "10:11 border-management"
                ])
    }

    @Test func noneOfWithWrittenStrings() throws {
        // Written strings are looked up in the compiled list; a null entry still matches `~` only.
        #expect(
            try run(
                "none-of: {of: \"$.actions[*].area\", values: [border-management, return-readmission, ~]}",
                message: "{value}") == ["10:11 border-management"])
    }

    @Test func typeChecks() throws {
        let document = """
            a: 2025-02-29
            b: 2024-02-29
            c: 3
            d: 3.5
            e: [1]
            f: {x: 1}
            g: "2024-13-01"

            """
        func check(_ query: String, _ type: String) throws -> [String] {
            let rules = TestPack.rule(
                assert: "type: {of: \"\(query)\", is: \(type)}", message: "{value} is not {expected}")
            return TestPack.summary(try TestPack.findings(rules, document))
        }
        #expect(try check("$['a','b','g']", "date") == ["1:4 2025-02-29 is not date", "7:4 2024-13-01 is not date"])
        #expect(try check("$['c','d']", "integer") == ["4:4 3.5 is not integer"])
        #expect(try check("$['c','d']", "number") == [])
        #expect(try check("$['e','f']", "[list, map]") == [])
        #expect(try check("$.f", "list") == ["6:4 {\"x\":1} is not list"])
        #expect(try check("$.b", "string") == [])
    }

    // MARK: covers / in / not-in / unique

    @Test func covers() throws {
        let areas = "values: [border-management, protection, reintegration, root-causes]"
        #expect(
            try run("covers: {of: \"$.actions[*].area\", \(areas)}", message: "{count}/4, missing {missing}") == [
                "9:3 2/4, missing reintegration, root-causes"
            ])
        #expect(try run("covers: {of: \"$.actions[*].area\", \(areas), min: 2}") == [])
        #expect(
            try run("covers: {of: [\"$.actions[*].area\", \"$.budget.lines[*].area\"], values: [protection], min: 1}")
                == [])
    }

    @Test func coversOnEmptySelection() throws {
        #expect(
            try run("covers: {of: \"$.pillars[*].areas[*]\", values: [protection]}", message: "{missing}") == [
                "1:1 protection"
            ])
    }

    @Test func inResolvesReferences() throws {
        #expect(
            try run(
                "in: {value: \"@.budget[*]\", among: \"$.budget.lines[*].id\"}",
                message: "action {@.id}: no budget line {value}", given: "$.actions[*]") == [
                    "15:14 action a2: no budget line b9"
                ])
    }

    /// The pool compares as JSON does (1 and 1.0 equal, "1" and 1 not) and strings as Swift
    /// does (canonically equivalent spellings equal), whatever the values' bytes.
    @Test func inComparesValuesAsJSON() throws {
        let document = """
            refs: [1.0, "1", café, plain, cafe\u{301}x]
            ids: [1, caf\u{E9}, plain, "2"]

            """
        let findings = try TestPack.findings(
            TestPack.rule(assert: "in: {value: \"$.refs[*]\", among: \"$.ids[*]\"}", message: "{value}"), document)
        #expect(TestPack.summary(findings) == ["1:13 1", "1:31 cafe\u{301}x"])
        let composed = "refs: [\"cafe\u{301}\"]\nids: [caf\u{E9}, x]\n"
        #expect(
            try TestPack.findings(TestPack.rule(assert: "in: {value: \"$.refs[*]\", among: \"$.ids[*]\"}"), composed)
                .isEmpty)
    }

    @Test func notIn() throws {
        #expect(
            try run("not-in: {value: \"$.actions[*].area\", among: \"$.budget.lines[?@.amount < 150].area\"}")
                == ["10:11 failed"])
    }

    @Test func unique() throws {
        let document = "lines:\n  - {id: b1}\n  - {id: b2}\n  - {id: b1}\n  - {id: b1}\n"
        let findings = try TestPack.findings(
            TestPack.rule(assert: "unique: \"$.lines[*].id\"", message: "{value} again"), document)
        #expect(TestPack.summary(findings) == ["4:10 b1 again", "5:10 b1 again"])
        #expect(findings[0].related.map(\.location.span.start.line) == [2])
    }

    // MARK: expr and combinations

    @Test func expr() throws {
        #expect(try run("expr: \"$.budget.total == 300\"") == [])
        #expect(try run("expr: \"@.amount > 150\"", message: "{@.id}", given: "$.budget.lines[*]") == ["21:7 b1"])
    }

    @Test func combinations() throws {
        #expect(try run("all:\n  - exists: \"$.id\"\n  - exists: \"$.routes[0]\"") == [])
        #expect(
            try run("all:\n  - exists: \"$.partner.iso3\"\n  - absent: \"$.routes[0]\"") == [
                "5:3 failed", "7:10 failed",
            ])
        #expect(try run("any:\n  - exists: \"$.partner.iso3\"\n  - exists: \"$.routes[0]\"") == [])
        #expect(try run("any:\n  - exists: \"$.partner.iso3\"\n  - exists: \"$.x\"") == ["1:1 failed"])
        #expect(try run("not: {exists: \"$.routes[0]\"}") == ["1:1 failed"])
        #expect(try run("not: {exists: \"$.x\"}") == [])
    }

    @Test func whenGuardsTheRule() throws {
        let extra = "    when: {exists: \"$.partner.roles[?@ == 'host']\"}\n"
        #expect(try run("exists: \"$.x\"", extra: extra) == [])
        let applies = "    when: {exists: \"$.partner.roles[?@ == 'origin']\"}\n"
        #expect(try run("exists: \"$.x\"", extra: applies) == ["1:1 failed"])
    }

    @Test func atMovesTheFinding() throws {
        #expect(try run("expr: \"$.budget.total > 1000\"", extra: "    at: \"$.budget.total\"\n") == ["19:10 failed"])
        // `at` naming a missing node points at its nearest existing ancestor.
        #expect(try run("expr: \"$.budget.total > 1000\"", extra: "    at: \"$.budget.x.y\"\n") == ["18:3 failed"])
    }

    @Test func messageQueriesAndMissingValues() throws {
        #expect(
            try run("exists: \"$.x\"", message: "{$.partner.country}/{$.nothing}/{{literal}}") == [
                "1:1 Alvaria/not stated/{literal}"
            ])
        #expect(try run("exists: \"$.x\"", message: "{$.partner.roles}") == ["1:1 origin, transit"])
    }
}
