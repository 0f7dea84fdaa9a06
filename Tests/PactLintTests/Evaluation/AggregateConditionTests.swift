import PactLint
import Testing
import YAMLSource

/// `sum` and `share`, with their edge cases: empty selections, non-numeric values, a zero
/// total, bounds from queries and parameters.
@Suite("Sums and shares")
struct AggregateConditionTests {
    static let budget = """
        budget:
          total: 300
          lines:
            - {id: b1, amount: 100, area: border-management}
            - {id: b2, amount: 150, area: protection}
            - {id: b3, amount: 50, area: return-readmission}
            - {id: b4, amount: 40, area: border-management, part_of: b1}

        """

    func run(
        _ assert: String, _ document: String = budget, message: String = "failed", extra: String = ""
    ) throws
        -> [Finding]
    {
        try TestPack.findings(TestPack.rule(assert: assert, message: message, extra: extra), document)
    }

    // MARK: sum

    @Test func sumWithWhereAndValueEqualsTotal() throws {
        let assert = """
            sum: {of: "$.budget.lines[*]", where: "!@.part_of", value: "@.amount", equals: "$.budget.total"}
            """
        #expect(try run(assert).isEmpty)
        // Without `where`, the part is counted twice.
        let twice = "sum: {of: \"$.budget.lines[*].amount\", equals: \"$.budget.total\"}"
        let findings = try run(twice, message: "sum {sum}, total {expected}, {count} items")
        #expect(TestPack.summary(findings) == ["4:5 sum 340, total 300, 4 items"])
        #expect(findings.first?.location.path == "$['budget']['lines']")
    }

    @Test func sumTolerance() throws {
        let document = "total: 1000\nlines: [{amount: 995}]\n"
        let exact = "sum: {of: \"$.lines[*].amount\", equals: \"$.total\"}"
        #expect(try run(exact, document).count == 1)
        let tolerant = "sum: {of: \"$.lines[*].amount\", equals: \"$.total\", tolerance: 0.01}"
        #expect(try run(tolerant, document).isEmpty)
        let tooFar = "sum: {of: \"$.lines[*].amount\", equals: \"$.total\", tolerance: 0.001}"
        #expect(try run(tooFar, document).count == 1)
    }

    @Test func sumMinMax() throws {
        #expect(try run("sum: {of: \"$.budget.lines[*].amount\", min: 300, max: 400}").isEmpty)
        #expect(
            try run("sum: {of: \"$.budget.lines[*].amount\", max: 300}", message: "{sum} > {expected}").map(\.message)
                == ["340 > 300"])
    }

    @Test func sumOfEmptySelectionIsZero() throws {
        #expect(try run("sum: {of: \"$.nothing[*]\", min: 1}", message: "{sum}").map(\.message) == ["0"])
        #expect(try run("sum: {of: \"$.nothing[*]\", equals: 0}").isEmpty)
    }

    @Test func nonNumericValuesAreSkippedAndShownWhenTheBoundFails() throws {
        let document = """
            total: 300
            lines:
              - {id: b1, amount: 100}
              - {id: b2, amount: "two hundred"}
              - {id: b3}

            """
        let assert = "sum: {of: \"$.lines[*]\", value: \"@.amount\", equals: \"$.total\"}"
        let findings = try run(assert, document, message: "{sum} of {expected}; {skipped} not added")
        #expect(findings.map(\.message) == ["100 of 300; 2 not added"])
        let related = findings.first?.related ?? []
        #expect(related.map(\.location.span.start.line) == [4, 5])
        #expect(related.map(\.message) == ["not a number, not added", "no @.amount, not added"])
        #expect(related.first?.location.path == "$['lines'][1]['amount']")
        // The same skipped values are silent when the bound holds.
        #expect(try run("sum: {of: \"$.lines[*]\", value: \"@.amount\", min: 50}", document).isEmpty)
    }

    @Test func boundQueryWithoutANumberHolds() throws {
        #expect(try run("sum: {of: \"$.budget.lines[*].amount\", equals: \"$.budget.headline\"}").isEmpty)
    }

    // MARK: share

    static let control = "@.area == 'border-management' || @.area == 'return-readmission'"

    @Test func shareWithinAndBeyondTheBound() throws {
        let of = "$.budget.lines[?!@.part_of]"
        #expect(try run("share: {of: \"\(of)\", weight: \"@.amount\", where: \"\(Self.control)\", max: 0.5}").isEmpty)
        let findings = try run(
            "share: {of: \"\(of)\", weight: \"@.amount\", where: \"\(Self.control)\", max: 0.4}",
            message: "{share} ({part}/{total}) > {expected}; {value}")
        #expect(TestPack.summary(findings) == ["4:5 50% (150/300) > 40%; 0.5"])
    }

    @Test func shareMinAndParameters() throws {
        let assert =
            "share: {of: \"$.budget.lines[?!@.part_of]\", weight: \"@.amount\", where: \"@.area == 'protection'\", min: {param: min-protection}}"
        #expect(try run(assert, extra: "    parameters: {min-protection: 0.5}\n").isEmpty)
        #expect(
            try run(assert, message: "{share} < {expected}", extra: "    parameters: {min-protection: 0.6}\n").map(
                \.message) == ["50% < 60%"])
    }

    @Test func shareOfNothingOrOfAZeroTotalHolds() throws {
        let empty = "share: {of: \"$.nothing[*]\", weight: \"@.amount\", where: \"@.x == 1\", max: 0}"
        #expect(try run(empty).isEmpty)
        let zero = "lines: [{amount: 0, area: border-management}, {amount: 0, area: protection}]\n"
        let assert = "share: {of: \"$.lines[*]\", weight: \"@.amount\", where: \"\(Self.control)\", max: 0}"
        #expect(try run(assert, zero).isEmpty)
    }

    @Test func shareLeavesOutNonNumericWeights() throws {
        let document = "lines:\n  - {amount: 10, area: border-management}\n  - {amount: TBD, area: protection}\n"
        let assert = "share: {of: \"$.lines[*]\", weight: \"@.amount\", where: \"\(Self.control)\", max: 0.5}"
        let findings = try run(assert, document, message: "{share}")
        #expect(findings.map(\.message) == ["100%"])
        #expect(findings.first?.related.map(\.location.span.start.line) == [3])
    }

    @Test func shareWithoutWeightUsesTheItems() throws {
        let document = "amounts: [1, 2, 3, 4]\n"
        #expect(try run("share: {of: \"$.amounts[*]\", where: \"@ > 2\", max: 0.7}", document).isEmpty)
        #expect(
            try run("share: {of: \"$.amounts[*]\", where: \"@ > 2\", max: 0.6}", document, message: "{share}").map(
                \.message) == ["70%"])
    }
}
