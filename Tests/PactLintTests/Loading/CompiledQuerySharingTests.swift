import Testing

@testable import PactLint

/// Rules share the query compiled from the same text, byte for byte: two texts that `String`
/// takes for one (a name composed in one rule and decomposed in the other) name different
/// members and stay two queries, whichever rule comes first.
@Suite struct CompiledQuerySharingTests {
    private static let composed = "caf\u{E9}"
    private static let decomposed = "cafe\u{301}"

    private static func rule(_ id: String, _ name: String) -> String {
        """
          - id: \(id)
            name: \(id.lowercased())
            title: The member is absent
            principle: comprehensive
            severity: warning
            assert:
              absent: "$['\(name)']"
            message: "present"

        """
    }

    @Test(arguments: [true, false])
    func canonicallyEquivalentTextsAreTwoQueries(composedFirst: Bool) throws {
        let rules = [Self.rule("NFC-01", Self.composed), Self.rule("NFD-01", Self.decomposed)]
        let file = "rules:\n" + (composedFirst ? rules : rules.reversed()).joined()
        let document = "\"\(Self.decomposed)\": 1\nother: 2\n"
        let fired = try TestPack.findings(file, document).map(\.ruleID)
        // Only the rule that names the decomposed member, as written in the document, fires.
        #expect(fired == ["NFD-01"])
    }

    @Test func equalTextsShareOneQuery() throws {
        let file = "rules:\n" + Self.rule("SAME-01", "a") + Self.rule("SAME-02", "a")
        let ruleSet = try TestPack.ruleSet(file)
        let queries = ruleSet.rules.compactMap { rule -> RuleQuery? in
            guard case .absent(let query)? = rule.checks.first?.assert else { return nil }
            return query
        }
        try #require(queries.count == 2)
        #expect(queries[0] === queries[1])
    }
}
