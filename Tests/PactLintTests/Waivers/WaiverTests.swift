import PactLint
import Testing
import YAMLSource

@Suite struct WaiverDirectiveTests {
    @Test func parsesNextLineWaiverWithSeveralRulesDateAndReason() throws {
        let directive = try #require(
            WaiverDirective(
                comment: " pactlint-disable-next-line BAL-01, COMP-03 until 2027-01-31 -- agreed in JHA council"))
        #expect(directive.scope == .nextLine)
        #expect(directive.rules == ["BAL-01", "COMP-03"])
        #expect(directive.until == "2027-01-31")
        #expect(directive.reason == "agreed in JHA council")
        #expect(directive.problems.isEmpty)
    }

    @Test func parsesFileWaiver() throws {
        let directive = try #require(WaiverDirective(comment: "pactlint-disable TERM-01 -- quoting the original text"))
        #expect(directive.scope == .file)
        #expect(directive.rules == ["TERM-01"])
        #expect(directive.until == nil)
    }

    @Test(arguments: [" a plain comment", "pactlint-disabled BAL-01", "pactlint-disable-line BAL-01 -- x", ""])
    func ignoresOtherComments(comment: String) {
        #expect(WaiverDirective(comment: comment) == nil)
    }

    /// The byte screen that settles most comments before trimming: directives behind any
    /// whitespace `Character.isWhitespace` trims still parse, and near misses stay comments.
    @Test(arguments: [
        ("\u{3000}pactlint-disable TERM-01 -- ideographic space", true),
        ("\u{A0}\u{2028} pactlint-disable-next-line TERM-01 -- no-break space, line separator", true),
        ("\t\tpactlint-disable TERM-01 -- tabs", true),
        ("pactlint-disable", true),
        ("pactlint-disabl TERM-01 -- short", false),
        ("PACTLINT-DISABLE TERM-01 -- upper case", false),
        ("pactlint\u{2011}disable TERM-01 -- non-breaking hyphen", false),
        ("x pactlint-disable TERM-01 -- not at the start", false),
        ("p", false),
    ])
    func screensCommentsByTheirBytes(comment: String, isDirective: Bool) {
        #expect((WaiverDirective(comment: comment) != nil) == isDirective)
    }

    @Test func reportsBadDateAndMissingRule() throws {
        let directive = try #require(WaiverDirective(comment: "pactlint-disable until 31/01/2027 -- reason"))
        #expect(directive.problems == ["`until` needs a date written YYYY-MM-DD", "it names no rule"])
        #expect(directive.reason == "reason")
    }

    @Test(arguments: ["2026-02-30", "2027-02-29", "2026-13-01", "2026-1-01"])
    func untilMustBeACalendarDay(date: String) throws {
        let directive = try #require(WaiverDirective(comment: "pactlint-disable BAL-01 until \(date) -- reason"))
        #expect(directive.until == nil)
        #expect(directive.problems == ["`until` needs a date written YYYY-MM-DD"])
        let leapDay = try #require(WaiverDirective(comment: "pactlint-disable BAL-01 until 2028-02-29 -- reason"))
        #expect(leapDay.until == "2028-02-29")
    }

    @Test func reasonMayBeMissing() throws {
        let directive = try #require(WaiverDirective(comment: "pactlint-disable-next-line BAL-01"))
        #expect(directive.reason == nil)
        let empty = try #require(WaiverDirective(comment: "pactlint-disable-next-line BAL-01 --   "))
        #expect(empty.reason == nil)
    }
}

@Suite struct WaiverApplierTests {
    let lines = [
        "schema: partnership/v1",  // 1
        "# pactlint-disable-next-line BAL-01 -- reviewed with DG INTPA",  // 2
        "",  // 3
        "budget: {total: 1}",  // 4
        "# pactlint-disable-next-line return-needs-reintegration -- pilot phase",  // 5
        "actions: []",  // 6
        "# pactlint-disable TERM-01 until 2020-01-01 -- quoting",  // 7
        "# pactlint-disable-next-line NOPE-9 -- typo",  // 8
        "# pactlint-disable-next-line GOV-01",  // 9
        "# pactlint-disable-next-line GOV-02 -- nothing here",  // 10
        "monitoring: {}",  // 11
    ]
    let applier = WaiverApplier(
        ruleIDs: [
            "BAL-01": "BAL-01", "COMP-03": "COMP-03", "return-needs-reintegration": "COMP-03", "TERM-01": "TERM-01",
            "GOV-01": "GOV-01", "GOV-02": "GOV-02",
        ],
        rulesRun: ["BAL-01", "COMP-03", "TERM-01", "GOV-01", "GOV-02"],
        today: "2026-11-29")

    func finding(_ rule: String, line: Int) -> Finding {
        let position = SourcePosition(offset: 0, line: line, column: 1)
        return Finding(
            ruleID: rule, severity: .warning, message: "m",
            location: Location(file: "a.yaml", span: .init(at: position)),
            fingerprint: rule)
    }

    func comments() -> [(text: String, span: SourceSpan)] {
        lines.enumerated().compactMap { index, line in
            guard let hash = line.firstIndex(of: "#") else { return nil }
            let position = SourcePosition(offset: 0, line: index + 1, column: 1)
            return (String(line[line.index(after: hash)...]), SourceSpan(at: position))
        }
    }

    func run(_ findings: [Finding]) -> [Finding] {
        applier.apply(to: findings, file: "a.yaml", comments: comments()) { line in
            lines.indices.contains(line - 1) ? lines[line - 1] : nil
        }
    }

    @Test func waivesTheNextContentLineByIdOrName() {
        let result = run([finding("BAL-01", line: 4), finding("COMP-03", line: 6), finding("GOV-01", line: 11)])
        #expect(result[0].waiver?.reason == "reviewed with DG INTPA")
        #expect(result[0].waiver?.location.span.start.line == 2)
        #expect(result[1].waiver?.reason == "pilot phase")
        #expect(result[2].waiver == nil, "a waiver without a reason waives nothing")
    }

    @Test func doesNotWaiveOtherLinesOrRules() {
        let result = run([finding("BAL-01", line: 6), finding("GOV-02", line: 4)])
        #expect(result[0].waiver == nil)
        #expect(result[1].waiver == nil)
    }

    @Test func reportsEveryBrokenOrUnusedWaiver() {
        let result = run([finding("BAL-01", line: 4), finding("COMP-03", line: 6)])
        let problems = result.filter { $0.ruleID == WaiverApplier.ruleID }
        #expect(
            problems.map { "\($0.location.span.start.line): \($0.message)" } == [
                "7: This waiver waives nothing: it expired on 2020-01-01.",
                "8: This waiver waives nothing: it names `NOPE-9`, which is not a loaded rule (see `pactlint rules`).",
                "9: This waiver waives nothing: it gives no reason; add one after `--`.",
                "10: Unused waiver: GOV-02 reports nothing on line 11; remove the comment.",
            ])
    }

    @Test func fileWaiverCoversEveryLine() {
        let applier = WaiverApplier(ruleIDs: ["TERM-01": "TERM-01"], rulesRun: ["TERM-01"], today: "2026-01-01")
        let comment = (
            text: " pactlint-disable TERM-01 -- quoted from the signed text",
            span: SourceSpan(at: .init(offset: 0, line: 1, column: 1))
        )
        let result = applier.apply(
            to: [finding("TERM-01", line: 40), finding("TERM-01", line: 90)], file: "a.yaml", comments: [comment]
        ) { _ in nil }
        #expect(result.count == 2)
        #expect(result.allSatisfy { $0.waiver?.scope == .file })
    }

    @Test func waiverOfARuleThatDidNotRunIsNotUnused() {
        let applier = WaiverApplier(ruleIDs: ["BAL-01": "BAL-01"], rulesRun: [], today: "2026-01-01")
        let comment = (
            text: "pactlint-disable BAL-01 -- off in this repo",
            span: SourceSpan(at: .init(offset: 0, line: 1, column: 1))
        )
        #expect(applier.apply(to: [], file: "a.yaml", comments: [comment]) { _ in nil }.isEmpty)
    }
}
