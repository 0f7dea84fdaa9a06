import PactLint
import Testing
import YAMLSource

/// `terms`: one finding per occurrence, at the column inside the scalar where the term starts,
/// in every scalar style.
@Suite("Terms")
struct TermsTests {
    static let rules = TestPack.rule(
        assert: """
            terms:
              of: "$"
              avoid:
                illegal migrants: irregular migrants
                illegal migrant: irregular migrant
                illegal migration: irregular migration
            """,
        message: "{value} -> {suggestion} ({term})")

    func findings(_ document: String) throws -> [String] {
        TestPack.summary(try TestPack.findings(Self.rules, document))
    }

    @Test func plain() throws {
        #expect(
            try findings("title: Fighting illegal migration today\n") == [
                "1:17 illegal migration -> irregular migration (illegal migration)"
            ])
    }

    @Test func quotedStyles() throws {
        #expect(
            try findings("a: 'it''s illegal migration'\n") == [
                "1:11 illegal migration -> irregular migration (illegal migration)"
            ])
        #expect(
            try findings("a: \"\\\"quoted\\\" Illegal Migrants\"\n") == [
                "1:16 Illegal Migrants -> irregular migrants (illegal migrants)"
            ])
    }

    @Test func literalAndFoldedBlocks() throws {
        let literal = """
            summary: |
              First line.
              About illegal migration here.
            """
        #expect(try findings(literal + "\n") == ["3:9 illegal migration -> irregular migration (illegal migration)"])
        let folded = """
            summary: >
              A folded text about illegal
                migrant routes.
            """
        #expect(try findings(folded + "\n") == ["2:23 illegal\n  migrant -> irregular migrant (illegal migrant)"])
    }

    @Test func termFoldedOverTwoLinesOfAPlainScalar() throws {
        let document = "summary: words about illegal\n  migration and more\n"
        #expect(try findings(document) == ["1:22 illegal migration -> irregular migration (illegal migration)"])
    }

    @Test func unicodeBeforeTheTermCountsScalars() throws {
        // 🇺🇳 is two scalars, « and é one each.
        #expect(
            try findings("t: 🇺🇳 « é illegal migrant »\n") == [
                "1:11 illegal migrant -> irregular migrant (illegal migrant)"
            ])
        #expect(
            try findings("t: \"🇺🇳 illegal migrant\"\n") == [
                "1:8 illegal migrant -> irregular migrant (illegal migrant)"
            ])
    }

    @Test func wordBoundariesAndNonMatches() throws {
        #expect(try findings("a: illegally staying\nb: illegal migrantsx\nc: illégal migration\n") == [])
        #expect(try findings("a: illegal-migrant\n") == [])
    }

    @Test func everyOccurrenceInListsAndNestedMaps() throws {
        let document = """
            actions:
              - title: illegal migrant, illegal migrant
                tags: [x, illegal migration]

            """
        #expect(try findings(document).map { String($0.prefix(5)) } == ["2:12 ", "2:29 ", "3:15 "])
    }

    @Test func escapedTermFallsBackToTheScalarStart() throws {
        // The raw text spells the term with an escape, so the finding points at the scalar.
        #expect(
            try findings("a: \"ill\\u0065gal migrant\"\n") == [
                "1:4 illegal migrant -> irregular migrant (illegal migrant)"
            ])
    }

    @Test func caseSensitive() throws {
        let rules = TestPack.rule(
            assert: "terms: {of: \"$\", avoid: {EU: the EU}, case-sensitive: true}", message: "{value}")
        let findings = try TestPack.findings(rules, "a: EU and eu\n")
        #expect(TestPack.summary(findings) == ["1:4 EU"])
    }

    @Test func fingerprintsDifferPerOccurrence() throws {
        let findings = try TestPack.findings(Self.rules, "a: illegal migrant, illegal migrant\n")
        #expect(findings.count == 2)
        #expect(findings[0].fingerprint != findings[1].fingerprint)
    }
}

@Suite("Terms: case folding")
struct TermsFoldingTests {
    @Test func nonASCIICaseFolding() throws {
        let rules = TestPack.rule(assert: "terms: {of: \"$\", avoid: {kilo: k, \"émigré\": x}}", message: "{value}")
        // U+212A KELVIN SIGN lower-cases to ASCII k; É lower-cases to é.
        let findings = try TestPack.findings(rules, "a: \u{212A}ILO\nb: ÉMIGRÉ here\n")
        #expect(TestPack.summary(findings) == ["1:4 \u{212A}ILO", "2:4 ÉMIGRÉ"])
    }
}
