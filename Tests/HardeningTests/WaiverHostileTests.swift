import PactLint
import Testing
import YAMLSource

/// Waiver comments in hostile numbers. Regressions: `WaiverApplier` compared every finding
/// with every waiver, and scanned forward from every stacked comment to the next content line;
/// both were quadratic (a file with 20,000 waived actions took 280 s in a release build).
@Suite("hostile waivers")
struct WaiverHostileTests {
    static let applier = WaiverApplier(
        ruleIDs: ["R-01": "R-01", "R-02": "R-02", "R-03": "R-03"], rulesRun: ["R-01", "R-02", "R-03"],
        today: "2026-11-29")

    static func finding(_ rule: String, line: Int) -> Finding {
        Finding(
            ruleID: rule, severity: .warning, message: "m",
            location: Location(file: "a.yaml", span: SourceSpan(at: SourcePosition(offset: 0, line: line, column: 1))),
            fingerprint: "\(rule)-\(line)")
    }

    /// Applies the waivers of `lines` (comments start at `#`) to `findings`.
    static func apply(_ findings: [Finding], lines: [String]) -> (result: [Finding], elapsed: Duration) {
        var comments: [(text: String, span: SourceSpan)] = []
        for (index, line) in lines.enumerated() {
            guard let hash = line.firstIndex(of: "#") else { continue }
            let span = SourceSpan(at: SourcePosition(offset: 0, line: index + 1, column: 1))
            comments.append((String(line[line.index(after: hash)...]), span))
        }
        var result: [Finding] = []
        let elapsed = ContinuousClock().measure {
            result = applier.apply(to: findings, file: "a.yaml", comments: comments) { number in
                lines.indices.contains(number - 1) ? lines[number - 1] : nil
            }
        }
        return (result, elapsed)
    }

    @Test("20,000 waived lines with 40,000 findings that no waiver covers")
    func manyWaiversManyFindings() {
        var lines: [String] = []
        var findings: [Finding] = []
        for index in 0..<20_000 {
            lines.append("# pactlint-disable-next-line R-03 -- reviewed")
            lines.append("- action \(index)")
            findings.append(Self.finding("R-01", line: lines.count))
            findings.append(Self.finding("R-02", line: lines.count))
        }
        let (result, elapsed) = Self.apply(findings, lines: lines)
        #expect(elapsed < Hostile.timeBudget, "took \(elapsed)")
        #expect(result.prefix(findings.count).allSatisfy { $0.waiver == nil })
        #expect(result.count == findings.count + 20_000, "every waiver is reported unused")
    }

    @Test("50,000 stacked waiver comments before one line: all cover it, the first that names the rule wins")
    func stackedWaivers() {
        var lines = Array(repeating: "# pactlint-disable-next-line R-02 -- stacked", count: 50_000)
        lines.insert("# pactlint-disable-next-line R-01 -- the first", at: 1)
        lines.append("")
        lines.append("key: value")
        let target = lines.count
        let (result, elapsed) = Self.apply(
            [Self.finding("R-01", line: target), Self.finding("R-02", line: target)], lines: lines)
        #expect(elapsed < Hostile.timeBudget, "took \(elapsed)")
        #expect(result[0].waiver?.reason == "the first")
        #expect(result[1].waiver?.location.span.start.line == 1)
        #expect(result.count == 2 + 49_999, "all but the first R-02 waiver are unused")
    }

    @Test("a line waiver and a file waiver: the one written first wins; a next-line waiver at the end waives nothing")
    func order() {
        let lines = [
            "# pactlint-disable R-01 -- whole file",  // 1
            "# pactlint-disable-next-line R-01 -- this line",  // 2
            "a: 1",  // 3
            "# pactlint-disable-next-line R-02 -- this line",  // 4
            "b: 2",  // 5
            "# pactlint-disable R-02 -- whole file, later",  // 6
            "c: 3",  // 7
            "# pactlint-disable-next-line R-03 -- nothing follows",  // 8
        ]
        let (result, _) = Self.apply(
            [
                Self.finding("R-01", line: 3), Self.finding("R-02", line: 5), Self.finding("R-02", line: 7),
                Self.finding("R-03", line: 7),
            ], lines: lines)
        #expect(result[0].waiver?.reason == "whole file")
        #expect(result[1].waiver?.reason == "this line")
        #expect(result[2].waiver?.reason == "whole file, later")
        #expect(result[3].waiver == nil, "a next-line waiver with no line after it covers nothing")
        #expect(
            result.dropFirst(4).map { "\($0.location.span.start.line): \($0.message)" } == [
                "2: Unused waiver: R-01 reports nothing on line 3; remove the comment.",
                "8: Unused waiver: R-03 reports nothing on this file; remove the comment.",
            ])
    }
}
