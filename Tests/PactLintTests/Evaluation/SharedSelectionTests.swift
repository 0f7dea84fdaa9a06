import PactLint
import Testing

/// `in`/`not-in` pools, `unique` and `covers` over `$` queries read one selection of values per document
/// (shared by every check and rule that names the same queries); the same checks over `@`
/// queries (from the root as subject) select anew each time. Both must find the same.
@Suite struct SharedSelectionTests {
    /// A rule whose checks test references to and uniqueness of `ids`, with queries starting at
    /// `start` (`$` or `@`).
    private func rules(_ start: String) -> String {
        """
        rules:
          - id: T-01
            name: shared-selection
            title: Shared selection
            principle: comprehensive
            severity: warning
            given: "$"
            checks:
              - assert: {in: {value: "\(start).refs[*]", among: "\(start).items[*].id"}}
                message: "unknown {value}"
              - assert: {not-in: {value: "\(start).banned[*]", among: "\(start).items[*].id"}}
                message: "banned {value}"
              - assert: {unique: "\(start).items[*].id"}
                message: "repeated {value}"
              - assert: {unique: ["\(start).items[*].id", "\(start).more[*]"]}
                message: "repeated across {value}"
              - assert: {in: {value: "\(start).refs[*]", among: ["\(start).items[*].id", "\(start).more[*]"]}}
                message: "unknown across {value}"
              - assert: {covers: {of: ["\(start).items[*].id", "\(start).more[*]"], values: [a, b, 1, "1", K, café], min: 3}}
                message: "covers {count}, missing {missing}"
              - assert: {covers: {of: ["\(start).items[*].id", "\(start).more[*]"], values: [a, b, 1, "1", K, café]}}
                message: "covers all but {missing}"

        """
    }

    private func findings(_ start: String, _ document: String) throws -> [String] {
        try TestPack.findings(rules(start), document).map {
            "\($0.location.span.start.line):\($0.location.span.start.column) \($0.location.path ?? "") \($0.message)"
        }
    }

    @Test(arguments: [
        // Every reference resolves, nothing repeats.
        "items: [{id: a}, {id: b}]\nrefs: [a, b]\nbanned: [c]\nmore: [m]\n",
        // Missing members: no items, no refs, an item without an id; empty lists.
        "refs: [a]\n", "items: []\nrefs: []\nbanned: []\nmore: []\n", "items: [{id: a}, {name: b}]\nrefs: [b, a]\n",
        // Repeats, among themselves and across two queries.
        "items: [{id: a}, {id: b}, {id: a}, {id: a}]\nrefs: [a, c]\nbanned: [a]\nmore: [b, z]\n",
        // Values that are not strings: numbers (1 and 1.0 are one value), booleans, null, lists.
        "items: [{id: 1}, {id: 1.0}, {id: '1'}, {id: true}, {id: ~}, {id: [1, 2]}, {id: [1, 2]}]\nrefs: [1, '1', false, ~, [1, 2], [2, 1]]\n",
        // Outside ASCII: a composed and a decomposed é are one string; the Kelvin sign is K.
        "items: [{id: caf\u{E9}}, {id: cafe\u{301}}, {id: \u{212A}}]\nrefs: [K, cafe\u{301}, caf\u{E9}, café-x]\nbanned: [K]\n",
        // Long ids (not held as small strings), repeated.
        "items: [{id: a-very-long-identifier-of-a-budget-line}, {id: a-very-long-identifier-of-a-budget-line}]\nrefs: [a-very-long-identifier-of-a-budget-line, a-very-long-identifier-of-another-line]\n",
    ])
    func sharedSelectionsFindWhatFreshOnesFind(document: String) throws {
        let shared = try findings("$", document)
        let fresh = try findings("@", document)
        #expect(shared == fresh)
    }

    @Test func repeatsAndUnknownReferencesAreReported() throws {
        let found = try findings("$", "items: [{id: a}, {id: b}, {id: a}]\nrefs: [a, c]\nbanned: [b]\nmore: [b]\n")
        #expect(
            found == [
                "1:8 $['items'] covers 2, missing 1, 1, K, café", "1:8 $['items'] covers all but 1, 1, K, café",
                "1:32 $['items'][2]['id'] repeated a", "1:32 $['items'][2]['id'] repeated across a",
                "2:11 $['refs'][1] unknown across c", "2:11 $['refs'][1] unknown c", "3:10 $['banned'][0] banned b",
                "4:8 $['more'][0] repeated across b",
            ])
    }
    @Test func coversCountsTheValuesOfParameters() throws {
        // Listed values are counted where they are written, parameters' values included (a list
        // and a scalar); the missing ones are spelt out in the order listed.
        func run(min: Int) throws -> [String] {
            let rules = TestPack.rule(
                assert: "covers: {of: \"$.items[*].id\", values: [a, {param: areas}, {param: one}], min: \(min)}",
                message: "{count} of {expected}, missing {missing}",
                extra: "    parameters: {areas: [c, d], one: e}\n")
            return TestPack.summary(try TestPack.findings(rules, "items: [{id: a}, {id: d}, {id: d}, {id: z}]\n"))
        }
        #expect(try run(min: 3) == ["1:8 2 of 3, missing c, e"])
        #expect(try run(min: 2) == [])
        let everything = TestPack.rule(
            assert: "covers: {of: \"$.items[*].id\", values: [a, {param: areas}]}", message: "{missing}",
            extra: "    parameters: {areas: [c, d]}\n")
        #expect(try TestPack.findings(everything, "items: [{id: d}, {id: c}, {id: a}]\n").isEmpty)
        #expect(TestPack.summary(try TestPack.findings(everything, "items: [{id: d}]\n")) == ["1:8 a, c"])
    }
}
