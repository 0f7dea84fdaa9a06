import Testing

@testable import PactLintReporters

@Suite("HTML number formatting")
struct HTMLFormattingTests {
    @Test(
        "amounts are formatted the same on every machine",
        arguments: [
            (0.0, "0", "0", "0 %"), (999.0, "999", "999", ""), (1000.0, "1,000", "1,000", ""),
            (12_500_000.0, "12,500,000", "12.5 m", ""), (105_000_000.0, "105,000,000", "105 m", ""),
            (1_250_000_000.0, "1,250,000,000", "1.25 bn", ""), (1234.5, "1,234.50", "1,235", ""),
            (-2_000_000.0, "-2,000,000", "-2 m", ""), (1e20, "100,000,000,000,000,000,000", "100000000000 bn", ""),
        ])
    func amounts(amount: Double, full: String, compact: String, percent: String) {
        #expect(HTMLReporter.fullAmount(amount) == full)
        #expect(HTMLReporter.compactAmount(amount) == compact)
        if !percent.isEmpty { #expect(HTMLReporter.percent(amount) == percent) }
    }

    @Test("non-finite amounts say so instead of printing nan or inf")
    func nonFinite() {
        #expect(HTMLReporter.fullAmount(.nan) == "not a number")
        #expect(HTMLReporter.compactAmount(.infinity) == "not a number")
        #expect(HTMLReporter.percent(0.735) == "73.5 %")
        #expect(HTMLReporter.percent(2.0 / 3.0) == "66.7 %")
    }
}
