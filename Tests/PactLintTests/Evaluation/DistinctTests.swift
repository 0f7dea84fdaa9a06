import PactLint
import Testing
import YAMLSource

/// `distinct` within one document: the measure, one finding per later near-duplicate, scale.
@Suite("Distinct")
struct DistinctTests {
    func run(_ document: String, max: Double = 0.8, minWords: Int = 1) throws -> [Finding] {
        let rules = TestPack.rule(
            assert: "distinct: {of: \"$.texts[*]\", max-similarity: \(max), min-words: \(minWords)}",
            message: "{similarity} like {other}")
        return try TestPack.findings(rules, document)
    }

    @Test func identicalTextsPointAtTheFirst() throws {
        let findings = try run("texts:\n  - One two three four.\n  - one, TWO three four\n  - One two three four\n")
        #expect(TestPack.summary(findings) == ["3:5 1.00 like $['texts'][0]", "4:5 1.00 like $['texts'][0]"])
        #expect(findings.map { $0.related.first?.location.span.start.line } == [2, 2])
    }

    @Test func jaccardOfWordShingles() throws {
        // a b c d e → {abc, bcd, cde}; a b c d f → {abc, bcd, cdf}: 2 shared of 4 → 0.5.
        let document = "texts: [a b c d e, a b c d f]\n"
        #expect(try run(document, max: 0.5).isEmpty)
        #expect(try run(document, max: 0.49).map(\.message) == ["0.50 like $['texts'][0]"])
    }

    @Test func shortAndEmptyTexts() throws {
        // One or two words make one shingle; below min-words nothing is compared.
        #expect(try run("texts: [TBD, tbd, '', '']\n").map(\.message) == ["1.00 like $['texts'][0]"])
        #expect(try run("texts: [TBD, tbd]\n", minWords: 2).isEmpty)
        #expect(try run("texts: [1, true, ~]\n").isEmpty)
    }

    @Test func manyNearIdenticalTextsStayFast() throws {
        let count = 2000
        var document = "texts:\n"
        for i in 0..<count {
            document += "  - the partner is a country of transit on the route with number \(i) in the list\n"
        }
        let findings = try run(document, max: 0.5)
        #expect(findings.count == count - 1)
    }
}
