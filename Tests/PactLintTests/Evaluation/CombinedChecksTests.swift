import Testing
import YAMLSource
import _PactLintTestSupport

@testable import PactLint

/// Checks settled by one walk over all their queries (`CombinedChecks`): which checks are
/// combined, and that the walk finds a check holding exactly when the check's own condition
/// holds, so that the findings are those of the checks run one by one.
@Suite struct CombinedChecksTests {
    /// Checks of every kind the walk combines, and of kinds it leaves alone.
    static let rules = """
        rules:
          - id: T-01
            name: combined
            title: Combined checks
            principle: comprehensive
            severity: error
            checks:
              - assert: {type: {of: ["$.a", "$.items[*].a", "$.items[*]['b','c']", "$.items[*].a"], is: [string, "null"]}}
                message: "type {value}"
              - assert: {one-of: {of: ["$.items[*].b", "$.c", "$.items[-1].b"], values: [x, y, ~]}}
                message: "one-of {value}"
              - assert: {none-of: {of: "$.items[*].c", values: [1, true]}}
                message: "none-of {value}"
              - assert: {keys: {of: ["$", "$.items[*]", "$.items[0:]"], allowed: [a, b, c, items]}}
                message: "keys {key}"
              - assert:
                  all:
                    - type: {of: "$.items[0:]", is: map}
                    - matches: {of: ["$.items[*].a", "$.a"], regex: "[a-z]+"}
                message: "all {value}"
              - when: {exists: "$.a"}
                assert: {type: {of: "$.a", is: string}}
                message: "with when {value}"
              - assert: {type: {of: "$.items[?@.a == 'x'].b", is: string}}
                message: "filter {value}"
              - assert: {all: [{exists: "$.a"}, {type: {of: "$.a", is: string}}]}
                message: "exists {value}"
              - assert: {type: {of: "$..b", is: [string, list, map, "null"]}}
                message: "descendants {value}"
          - id: T-02
            name: second
            title: A second rule walked with the first
            principle: comprehensive
            severity: warning
            checks:
              - assert: {type: {of: ["$.items[*].b", "$.items[*]"], is: [string, map, "null"]}}
                message: "second type {value}"
              - assert: {one-of: {of: "$.items[*].a", values: [x, ~]}}
                message: "second one-of {value}"
          - id: T-03
            name: subjects
            title: A rule with subjects walks alone
            principle: comprehensive
            severity: warning
            given: "$.items[*]"
            checks:
              - assert: {type: {of: ["@.a", "@.b", "$.a"], is: [string, "null"]}}
                message: "subject type {value}"

        """

    private static let scalars = ["x", "y", "z", "1", "true", "~", "'1'", "2024-01-01", "2.5", "[x]", "{a: x}", "''"]
    /// Item keys: `d` is not allowed.
    private static let names = ["a", "b", "c", "a", "b", "c", "d"]

    /// A document whose fields hold values of every type, and now and then an unknown key.
    private static func document(_ random: inout SplitMix) -> String {
        var text = ""
        for name in ["a", "c"] where random.below(3) != 0 {
            text += "\(name): \(random.pick(scalars))\n"
        }
        if random.below(10) == 0 { text += "extra: 1\n" }
        guard random.below(8) != 0 else { return text.isEmpty ? "a: x\n" : text }
        text += "items:\n"
        for _ in 0..<random.below(5) {
            if random.below(8) == 0 {
                text += "  - \(random.pick(scalars))\n"
                continue
            }
            var used: Set<String> = []
            var members: [String] = []
            for _ in 0..<random.below(4) {
                // Mostly known keys with likely values, so that documents often pass every check.
                let name = random.pick(names)
                guard used.insert(name).inserted else { continue }
                let value = random.below(3) == 0 ? random.pick(scalars) : random.pick(["x", "y", "~"])
                members.append("\(name): \(value)")
            }
            text += "  - {" + members.joined(separator: ", ") + "}\n"
        }
        return text
    }

    @Test func combinesTheChecksTheWalkCanSettle() throws {
        let rule = try #require(try TestPack.ruleSet(Self.rules).rules.first)
        let shared = SharedRule(rule)
        let combined = try #require(shared.combined)
        // type, one-of, none-of, keys and all of type and matches: combined; a check with a
        // `when`, a filter, an `exists` and a descendant segment: each run on its own.
        #expect(
            shared.checks.map { $0.combinedBit != 0 } == [true, true, true, true, true, false, false, false, false])
        #expect(shared.checks.map(\.combinedBit).reduce(0, |) == combined.bits[0])
        #expect(combined.trie.queryCount == 4 + 3 + 1 + 3 + 3)
        #expect(!combined.isPerDocument && combined.checkCount == 5)
    }

    @Test func rulesOnTheRootShareOneWalk() throws {
        let rules = SharedRule.documentRules(try TestPack.ruleSet(Self.rules).rules)
        try #require(rules.count == 3)
        let shared = try #require(rules[0].combined)
        #expect(rules[1].combined === shared && shared.isPerDocument)
        #expect(rules.map(\.combinedSlot) == [0, 1, 0])
        #expect(shared.bits == [0b11111, 0b11])
        // A rule with subjects walks its own queries for each subject.
        let own = try #require(rules[2].combined)
        #expect(own !== shared && !own.isPerDocument && own.bits == [1])
    }

    @Test func oneQueryIsNotCombined() throws {
        let text = TestPack.rule(assert: "type: {of: \"$.a\", is: string}")
        let rule = try #require(try TestPack.ruleSet(text).rules.first)
        #expect(SharedRule(rule).combined == nil)
        #expect(SharedRule(rule).checks.map(\.combinedBit) == [0])
    }

    /// The walk's verdict on each combined check is the check's own, over random documents:
    /// walked for each rule, and once for all (kept in the document's cache).
    @Test(arguments: 0..<4)
    func theWalkHoldsAChecksOwnVerdict(block: Int) throws {
        let rules = SharedRule.documentRules(try TestPack.ruleSet(Self.rules).rules).filter { $0.rule.given == nil }
        var random = SplitMix(seed: UInt64(block) &* 7919 &+ 5)
        var holdingSeen = 0
        var failingSeen = 0
        for number in 0..<200 {
            let text = Self.document(&random)
            let loaded = try YAMLLoader().load(SourceFile(path: "doc.yaml", text: text))
            let root = try #require(loaded.documents.first, "case \(number)").root
            let cache = QueryCache()
            for shared in rules {
                let combined = try #require(shared.combined)
                let alone = ConditionEvaluator(
                    root: root, subject: root, subjectPath: .root, parameters: shared.rule.parameters)
                let cached = ConditionEvaluator(
                    root: root, subject: root, subjectPath: .root, parameters: shared.rule.parameters, cache: cache)
                let holding = alone.holdingChecks(combined, slot: shared.combinedSlot)
                #expect(cached.holdingChecks(combined, slot: shared.combinedSlot) == holding)
                for check in shared.checks where check.combinedBit != 0 {
                    let holds = alone.evaluate(check.check.assert, source: nil) == nil
                    #expect(
                        (holding & check.combinedBit != 0) == holds,
                        "block \(block) case \(number) \(shared.rule.id) check \(check.check.index) over\n\(text)")
                    if holds { holdingSeen += 1 } else { failingSeen += 1 }
                }
            }
        }
        // Both verdicts occur, so the comparison above tested something.
        #expect(holdingSeen > 0 && failingSeen > 0)
    }

    /// The findings are those of the same checks run one by one (each given a `when` that
    /// always holds, which keeps it out of the walk), in the same order.
    @Test(arguments: 0..<2)
    func findingsAreThoseOfTheChecksRunAlone(block: Int) throws {
        let alone = Self.rules.replacingOccurrences(
            of: "      - assert:", with: "      - when: {exists: \"$\"}\n        assert:")
        let combinedRules = try TestPack.ruleSet(Self.rules)
        let aloneRules = try TestPack.ruleSet(alone)
        #expect(aloneRules.rules.allSatisfy { $0.checks.allSatisfy { $0.when != nil } })
        let combinedEngine = Engine(ruleSet: combinedRules)
        let aloneEngine = Engine(ruleSet: aloneRules)
        var random = SplitMix(seed: UInt64(block) &+ 0xC0FF_EE00)
        var findingsSeen = 0
        for number in 0..<100 {
            let text = Self.document(&random)
            let file = SourceFile(path: "doc.yaml", text: text)
            let combined = combinedEngine.check(file: file).findings
            let separate = aloneEngine.check(file: file).findings
            #expect(
                combined.map(\.fingerprint) == separate.map(\.fingerprint)
                    && TestPack.summary(combined) == TestPack.summary(separate),
                "block \(block) case \(number) over\n\(text)")
            findingsSeen += combined.count
        }
        #expect(findingsSeen > 0)
    }

    /// With `report: first`, the first failing check reports even when checks before it were
    /// settled by the walk.
    @Test func reportFirstStillReportsTheFirstFailingCheck() throws {
        let rules = Self.rules.replacingOccurrences(
            of: "    severity: error\n", with: "    severity: error\n    report: first\n")
        let findings = try TestPack.findings(rules, "a: x\nitems: [{a: x, b: q}]\n")
        #expect(findings.map(\.ruleID) == ["T-01"] && findings.first?.message.hasPrefix("one-of") == true)
        #expect(try TestPack.findings(rules, "a: x\nitems: [{a: x, b: x}]\n").isEmpty)
    }
}
