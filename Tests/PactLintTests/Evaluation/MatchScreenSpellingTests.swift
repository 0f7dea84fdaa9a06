import Testing

@testable import PactLint

/// A document's `not-matches` screen is kept per pattern for the other rules: two patterns that
/// `String` takes for one (`café` composed and decomposed) match different strings, so one's
/// answer must not stand for the other's.
@Suite struct MatchScreenSpellingTests {
    private static let composed = "caf\u{E9}"
    private static let decomposed = "cafe\u{301}"

    private static func rule(_ id: String, _ pattern: String) -> String {
        """
          - id: \(id)
            name: \(id.lowercased())
            title: No such word
            principle: comprehensive
            severity: warning
            assert:
              not-matches: {of: "$..*", search: "\(pattern)"}
            message: "matched"

        """
    }

    @Test(arguments: [true, false])
    func eachSpellingIsScreenedOnItsOwn(composedFirst: Bool) throws {
        let rules = [Self.rule("NFC-01", Self.composed), Self.rule("NFD-01", Self.decomposed)]
        let file = "rules:\n" + (composedFirst ? rules : rules.reversed()).joined()
        let fired = try TestPack.findings(file, "a: \"un \(Self.decomposed) noir\"\n").map(\.ruleID)
        // Only the decomposed pattern matches the decomposed text.
        #expect(fired == ["NFD-01"])
    }
}
