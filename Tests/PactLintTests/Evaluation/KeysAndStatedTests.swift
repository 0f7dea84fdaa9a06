import PactLint
import Testing
import YAMLSource

/// `keys:` reports each key outside its list at the key itself; `stated:` tells a stated value
/// from a missing one and from `~`.
@Suite("keys and stated conditions")
struct KeysAndStatedTests {
    static let document = """
        schema: partnership/v1
        partner: {country: Alvaria, isO3: ALV, region: sahel}
        safeguards:
          complaint_mechanism: ~
          non_refoulment: true
          "human rights": free text
          independent_monitoring: false
        actions:
          - {id: a1, area: protection}
          - id: a2
            areaa: border-management
            zzz: 1
          - plain text
        budget: ~

        """

    func run(_ assert: String, message: String = "failed") throws -> [String] {
        TestPack.summary(try TestPack.findings(TestPack.rule(assert: assert, message: message), Self.document))
    }

    func findings(_ assert: String, message: String = "failed") throws -> [Finding] {
        try TestPack.findings(TestPack.rule(assert: assert, message: message), Self.document)
    }

    // MARK: keys

    @Test func keysHoldWhenEveryKeyIsAllowed() throws {
        #expect(try run("keys: {of: \"$\", allowed: [schema, partner, safeguards, actions, budget]}") == [])
        #expect(try run("keys: {of: \"$.actions[0]\", allowed: [id, area]}") == [])
    }

    @Test func keysInABlockMappingPointAtTheKey() throws {
        let found = try findings(
            "keys: {of: \"$.safeguards\", allowed: [complaint_mechanism, non_refoulement, independent_monitoring]}",
            message: "{key}|{suggestion}|{hint}")
        #expect(
            TestPack.summary(found) == [
                "5:3 non_refoulment|non_refoulement|did you mean 'non_refoulement'?",
                "6:3 human rights||expected one of: complaint_mechanism, non_refoulement, independent_monitoring",
            ])
        #expect(
            found.map { $0.location.path ?? "" } == [
                "$['safeguards']['non_refoulment']", "$['safeguards']['human rights']",
            ])
        // The span covers the key (with its quotes for a quoted key), not the value.
        #expect(found.map(\.location.span.end.column) == [17, 17])
    }

    @Test func keysInAFlowMappingPointAtTheKeyColumn() throws {
        #expect(
            try run("keys: {of: \"$.partner\", allowed: [country, iso3, region]}", message: "{key}: {suggestion}")
                == ["2:29 isO3: iso3"])
    }

    @Test func keysOverSeveralMappingsAndExpected() throws {
        #expect(
            try run("keys: {of: \"$.actions[*]\", allowed: [id, area]}", message: "{key} ({expected}) {suggestion}")
                == ["11:5 areaa (id, area) area", "12:5 zzz (id, area) "])
    }

    @Test func keysPassOverNonMappingsAndEmptySelections() throws {
        // `plain text` (a string item) and `budget: ~` are not mappings; nothing is selected by `$.nothing`.
        #expect(try run("keys: {of: [\"$.actions[2]\", \"$.budget\", \"$.nothing\"], allowed: [id]}") == [])
    }

    @Test func keysWithAListOfQueries() throws {
        #expect(
            try run("keys: {of: [\"$.partner\", \"$.actions[0]\"], allowed: [country, region, id]}", message: "{key}")
                == ["2:29 isO3", "9:14 area"])
    }

    @Test func keysUnderNot() throws {
        #expect(try run("not: {keys: {of: \"$.partner\", allowed: [country, iso3, region]}}") == [])
        #expect(try run("not: {keys: {of: \"$.partner\", allowed: [country, isO3, region]}}") == ["1:1 failed"])
    }

    @Test func aKeyThatIsNotAScalarIsReportedByItsText() throws {
        let document = "partner:\n  country: Alvaria\n  ? [a, b]\n  : 1\n"
        let rules = TestPack.rule(assert: "keys: {of: \"$.partner\", allowed: [country]}", message: "'{key}'")
        #expect(TestPack.summary(try TestPack.findings(rules, document)) == ["3:5 'a, b'"])
    }

    @Test func keysTellLongNonASCIIAndNumberKeysByTheirText() throws {
        // Keys longer than a small string's fifteen bytes, outside ASCII (a decomposed `é`
        // equals the precomposed allowed name as strings do), a number written as a key, and
        // near misses of each. (Both spellings of `été` in one mapping would be duplicates.)
        let document = """
            a-name-longer-than-fifteen-bytes: 1
            e\u{301}t\u{E9}: 3
            42: 4
            a-name-longer-than-fifteen-bytez: 5
            43: 6
            \u{E9}t\u{E8}: 7

            """
        let rules = TestPack.rule(
            assert: "keys: {of: \"$\", allowed: [a-name-longer-than-fifteen-bytes, \"\u{E9}t\u{E9}\", \"42\"]}",
            message: "{key}")
        #expect(
            TestPack.summary(try TestPack.findings(rules, document)) == [
                "4:1 a-name-longer-than-fifteen-bytez", "5:1 43", "6:1 \u{E9}t\u{E8}",
            ])
    }

    @Test func keysWithAtGiveOneFindingThere() throws {
        let rules =
            TestPack.rule(assert: "keys: {of: \"$.actions[*]\", allowed: [id, area]}", message: "{key}")
            + "    at: \"$.actions\"\n"
        #expect(TestPack.summary(try TestPack.findings(rules, Self.document)) == ["9:3 areaa"])
    }

    // MARK: stated

    @Test func statedHoldsForAValue() throws {
        #expect(try run("stated: \"$.safeguards.independent_monitoring\"") == [])
        #expect(try run("stated: \"$.actions[*].area\"") == [])
    }

    @Test func statedFailsOnNullAtTheNullValue() throws {
        let found = try findings("stated: \"$.safeguards.complaint_mechanism\"", message: "not stated ({count})")
        #expect(TestPack.summary(found) == ["4:24 not stated (0)"])
        #expect(found.map { $0.location.path ?? "" } == ["$['safeguards']['complaint_mechanism']"])
        // `exists` holds on the same `~`.
        #expect(try run("exists: \"$.safeguards.complaint_mechanism\"") == [])
    }

    @Test func statedFailsOnAMissingKeyAtTheNearestAncestor() throws {
        #expect(try run("stated: \"$.safeguards.human_rights_clause\"") == ["4:3 failed"])
        #expect(try run("stated: \"$.budget.total\"") == ["14:9 failed"])
        #expect(try run("stated: \"$.monitoring.reporting\"") == ["1:1 failed"])
    }

    @Test func statedNeedsOneNonNullAmongSeveral() throws {
        #expect(try run("stated: \"$.safeguards['complaint_mechanism','independent_monitoring']\"") == [])
        #expect(try run("stated: \"$.actions[?@.id == 'a9']\"") == ["9:3 failed"])
    }

    @Test func statedInAWhenAndUnderNot() throws {
        let rules =
            TestPack.rule(assert: "exists: \"$.nothing\"")
            + "    when: {stated: \"$.safeguards.complaint_mechanism\"}\n"
        #expect(try TestPack.findings(rules, Self.document).isEmpty)
        #expect(try run("not: {stated: \"$.budget\"}") == [])
        #expect(try run("not: {stated: \"$.partner\"}") == ["1:1 failed"])
    }

    @Test func falseAndEmptyTextAreStated() throws {
        let document = "a: false\nb: ''\nc: []\n"
        for key in ["a", "b", "c"] {
            let rules = TestPack.rule(assert: "stated: \"$.\(key)\"")
            #expect(try TestPack.findings(rules, document).isEmpty)
        }
    }
}

/// `{field}`: every message can name the place's path as the format documentation writes it.
@Suite("the {field} message value")
struct FieldPlaceholderTests {
    @Test func fieldNamesThePlace() throws {
        let document = "partner: {country: 12}\nactions:\n  - {id: a1, \"odd key\": 1}\n"
        let typeRule = TestPack.rule(
            assert: "type: {of: \"$.partner.country\", is: string}", message: "{field} is {value}")
        #expect(TestPack.summary(try TestPack.findings(typeRule, document)) == ["1:20 partner.country is 12"])
        let keysRule = TestPack.rule(assert: "keys: {of: \"$.actions[*]\", allowed: [id]}", message: "{field}")
        #expect(TestPack.summary(try TestPack.findings(keysRule, document)) == ["3:14 actions[0]['odd key']"])
        let existsRule = TestPack.rule(assert: "exists: \"$.nothing\"", message: "{field}")
        #expect(TestPack.summary(try TestPack.findings(existsRule, document)) == ["1:1 $"])
    }

    @Test func anUnknownPlaceholderNamesFieldAmongTheValues() {
        let rules = TestPack.rule(assert: "expr: \"$.a\"", message: "{nope}")
        #expect(
            TestPack.errors(rules)?.contains(
                "help: this check's condition gives no values but {field}; use a query such as {$.partner.country}")
                == true)
    }

    @Test func aParameterNamedFieldWins() throws {
        let rule = TestPack.rule(
            assert: "exists: \"$.nothing\"", message: "{field}", extra: "    parameters: {field: from-parameter}\n")
        #expect(TestPack.summary(try TestPack.findings(rule, "a: 1\n")) == ["1:1 from-parameter"])
    }
}
