import Foundation
import Testing
import YAMLSource

@testable import PactLint

/// The streaming check run: files in path order, each delivered when it and every file
/// before it are checked, portfolio findings last, totals counted on the way.
@Suite("Streaming check run")
struct CheckRunStreamTests {
    /// A document rule (a title is required) and the two portfolio rules of `PortfolioTests`.
    static let rules =
        PortfolioTests.rules + """
              - id: T-01
                name: titled
                title: Titled
                principle: comprehensive
                severity: warning
                assert:
                  exists: "$.title"
                message: "no title"

            """

    /// A transit document (no title: a T-01 finding) whose summary repeats `origin`'s.
    static func transit(id: String, waivers: String = "", beforeSummary: String = "") -> String {
        """
        id: \(id)
        partner: {country: Transitia, roles: [transit]}
        routes: [central-mediterranean, atlantic]
        \(waivers)context:
        \(beforeSummary)  summary: The partner hosts many people in transit towards the northern coast every year.

        """
    }

    static let origin = """
        id: eu-ori
        title: Origin
        partner: {country: Originia, roles: [origin]}
        routes: [central-mediterranean]
        context:
          summary: The partner hosts many people in transit towards the northern coast every single year.

        """

    /// Records every event a run delivers.
    struct Recorder: ReportSink {
        var events: [ReportEvent] = []
        mutating func receive(_ event: ReportEvent) { events.append(event) }

        var files: [(path: String, findings: [Finding])] {
            events.compactMap {
                if case .file(let file, let findings) = $0 { return (file.path, findings) }
                return nil
            }
        }
        var portfolio: [Finding] {
            events.compactMap {
                if case .portfolio(let findings) = $0 { return findings }
                return nil
            }.first ?? []
        }
        var summary: ReportSummary? {
            events.compactMap {
                if case .end(let summary) = $0 { return summary }
                return nil
            }.first
        }
    }

    func makeRun(jobs: Int = 1, baseline: Baseline? = nil, today: String = "2026-11-29") throws -> CheckRun {
        CheckRun(
            engine: Engine(ruleSet: try TestPack.ruleSet(Self.rules), excerptContext: nil), jobs: jobs, today: today,
            baseline: baseline, failOn: .warning)
    }

    func record(_ run: CheckRun, _ inputs: [(String, String)]) -> Recorder {
        var recorder = Recorder()
        run.run(inputs.map { .bytes(name: $0.0, Array($0.1.utf8)) }, into: &recorder)
        return recorder
    }

    @Test func filesInPathOrderThenThePortfolioThenTheTotals() throws {
        let recorder = record(
            try makeRun(), [("c.yaml", Self.transit(id: "eu-c")), ("a.yaml", Self.origin), ("b.yaml", "id: eu-b\n")])
        guard case .begin(let header)? = recorder.events.first, case .end? = recorder.events.last else {
            Issue.record("a run begins with its header and ends with its totals")
            return
        }
        #expect(header.paths == ["a.yaml", "b.yaml", "c.yaml"])
        #expect(recorder.files.map(\.path) == ["a.yaml", "b.yaml", "c.yaml"])
        #expect(recorder.events.count == 6)
        // Each file carries only its own document findings, sorted as before.
        for file in recorder.files {
            #expect(file.findings.allSatisfy { $0.location.file == file.path && $0.ruleID == "T-01" })
            #expect(file.findings.map(\.message) == Engine.sortedUnique(file.findings).map(\.message))
        }
        // The portfolio findings come last, sorted among themselves.
        let portfolio = recorder.portfolio
        #expect(Set(portfolio.map(\.ruleID)) == ["ROUTE-05", "TAIL-05"])
        #expect(portfolio == Engine.sortedUnique(portfolio))
        // The whole report is the same stream collected.
        let report = try makeRun().run([
            .bytes(name: "c.yaml", Array(Self.transit(id: "eu-c").utf8)),
            .bytes(name: "a.yaml", Array(Self.origin.utf8)),
            .bytes(name: "b.yaml", Array("id: eu-b\n".utf8)),
        ])
        #expect(report.findings == recorder.files.flatMap(\.findings) + portfolio)
        #expect(report.portfolioFindingCount == portfolio.count)
        #expect(report.files.map(\.path) == ["a.yaml", "b.yaml", "c.yaml"])
        let summary = try #require(recorder.summary)
        #expect(summary.counts.findings == report.findings.count)
        #expect(summary.counts.files == 3)
        #expect(summary.counts.documents == 3)
        #expect(summary.counts.failing == report.fails)
        #expect(summary.counts[.warning] == report.findings.filter { $0.severity == .warning }.count)
    }

    @Test func theOutputDoesNotDependOnJobs() throws {
        var inputs: [(String, String)] = []
        for index in 0..<12 {
            inputs.append(("d\(index).yaml", index.isMultiple(of: 3) ? Self.origin : Self.transit(id: "eu-\(index)")))
        }
        let one = record(try makeRun(jobs: 1), inputs)
        for jobs in [2, 4, 64] {
            let other = record(try makeRun(jobs: jobs), inputs)
            #expect(other.files.map(\.path) == one.files.map(\.path))
            #expect(other.files.flatMap(\.findings) == one.files.flatMap(\.findings))
            #expect(other.portfolio == one.portfolio)
        }
    }

    @Test func waiversApplyToPortfolioFindings() throws {
        let waived = Self.transit(
            id: "eu-w", beforeSummary: "  # pactlint-disable-next-line TAIL-05 -- the texts are shared on purpose\n")
        let recorder = record(try makeRun(), [("a.yaml", Self.origin), ("w.yaml", waived)])
        let tail = try #require(recorder.portfolio.first { $0.ruleID == "TAIL-05" })
        #expect(tail.location.file == "w.yaml")
        #expect(tail.waiver?.reason == "the texts are shared on purpose")
        // A waiver used by a portfolio finding is not reported as unused, anywhere.
        let all = recorder.files.flatMap(\.findings) + recorder.portfolio
        #expect(!all.contains { $0.ruleID == WaiverApplier.ruleID })
        #expect(recorder.summary?.counts.waived == 1)
    }

    @Test func anUnusedWaiverOfAPortfolioRuleIsDecidedWithThePortfolio() throws {
        // ROUTE-05 reports on the transit document's routes, not on its summary line.
        let unused = Self.transit(
            id: "eu-u", waivers: "# pactlint-disable-next-line ROUTE-05, T-01 -- not on this line\n")
        let recorder = record(try makeRun(), [("a.yaml", Self.origin), ("u.yaml", unused)])
        let file = try #require(recorder.files.first { $0.path == "u.yaml" })
        #expect(!file.findings.contains { $0.ruleID == WaiverApplier.ruleID })
        let waiverFindings = recorder.portfolio.filter { $0.ruleID == WaiverApplier.ruleID }
        #expect(
            waiverFindings.map(\.message) == [
                "Unused waiver: ROUTE-05, T-01 reports nothing on line 5; remove the comment."
            ])
        #expect(waiverFindings.first?.location.span.start.line == 4)
    }

    @Test func aWaiverOfADocumentAndAPortfolioRuleUsedByTheDocumentRuleIsUsed() throws {
        let used = Self.transit(id: "eu-d", waivers: "").replacingOccurrences(
            of: "id: eu-d\n", with: "# pactlint-disable-next-line T-01, ROUTE-05 -- drafts have no title\nid: eu-d\n")
        let recorder = record(try makeRun(), [("a.yaml", Self.origin), ("d.yaml", used)])
        let file = try #require(recorder.files.first { $0.path == "d.yaml" })
        #expect(file.findings.first { $0.ruleID == "T-01" }?.isWaived == true)
        #expect(
            !(recorder.files.flatMap(\.findings) + recorder.portfolio).contains { $0.ruleID == WaiverApplier.ruleID })
    }

    @Test func anExpiredWaiverOfAPortfolioRuleWaivesNothing() throws {
        let expired = Self.transit(
            id: "eu-e", beforeSummary: "  # pactlint-disable-next-line TAIL-05 until 2026-01-01 -- for a while\n")
        let recorder = record(try makeRun(), [("a.yaml", Self.origin), ("e.yaml", expired)])
        let tail = try #require(recorder.portfolio.first { $0.ruleID == "TAIL-05" })
        #expect(!tail.isWaived)
        // The expiry is known when the file is read: it is reported with the file.
        let file = try #require(recorder.files.first { $0.path == "e.yaml" })
        let problem = try #require(file.findings.first { $0.ruleID == WaiverApplier.ruleID })
        #expect(problem.message.contains("it expired on 2026-01-01"))
    }

    @Test func theBaselineMatchesByCountAcrossTheStream() throws {
        let inputs = [
            ("a.yaml", Self.origin), ("b.yaml", Self.transit(id: "eu-b")), ("c.yaml", Self.transit(id: "eu-c")),
        ]
        let first = try makeRun().run(inputs.map { .bytes(name: $0.0, Array($0.1.utf8)) })
        #expect(first.findings.count >= 4)
        // Every finding recorded: all hidden, portfolio ones too.
        let all = record(try makeRun(baseline: Baseline(recording: first.findings)), inputs)
        #expect((all.files.flatMap(\.findings) + all.portfolio).isEmpty)
        #expect(all.summary?.baselineSuppressed == first.findings.count)
        #expect(all.summary?.counts.failing == false)
        // One entry of each fingerprint fewer: exactly those findings show, in their place.
        var baseline = Baseline(recording: first.findings)
        let dropped = [
            try #require(first.findings.first { $0.location.file == "b.yaml" }),
            try #require(first.findings.last),
        ]
        for finding in dropped {
            let index = try #require(baseline.entries.firstIndex { $0.fingerprint == finding.fingerprint })
            baseline.entries.remove(at: index)
        }
        let partial = record(try makeRun(baseline: baseline), inputs)
        #expect(partial.files.first { $0.path == "b.yaml" }?.findings == [dropped[0]])
        #expect(partial.portfolio == [dropped[1]])
        #expect(partial.summary?.baselineSuppressed == first.findings.count - 2)
    }

    @Test func aSlowEarlyElementDoesNotLetResultsPileUp() {
        let delivered = Mutex<[Int]>([])
        let window = 8
        let held = OrderedParallelMap.forEach(
            Array(0..<200), jobs: 4, window: window,
            transform: { index in
                if index == 0 { Thread.sleep(forTimeInterval: 0.2) }
                return index * 2
            }
        ) { index, result in
            #expect(result == index * 2)
            delivered.withLock { $0.append(index) }
        }
        #expect(delivered.withLock { $0 } == Array(0..<200))
        // Without the window, the other workers would finish (and hold) all 199 others while
        // the first sleeps.
        #expect(held <= window)
        #expect(held >= 1)
    }

    @Test func aLargeFirstFileKeepsTheRunWithinItsWindow() throws {
        var big = "id: eu-big\ntitle: Big\nroutes: [atlantic]\nactions:\n"
        for index in 0..<20_000 { big += "  - {id: a\(index), area: protection}\n" }
        var inputs: [CheckRun.Input] = [.bytes(name: "a-big.yaml", Array(big.utf8))]
        for index in 0..<60 { inputs.append(.bytes(name: "b\(index).yaml", Array(Self.origin.utf8))) }
        var recorder = Recorder()
        let held = try makeRun(jobs: 2).stream(inputs, into: &recorder)
        #expect(held <= CheckRun.windowPerJob * 2)
        #expect(recorder.files.count == 61)
    }
}

/// A sink that renders ahead: each finding as its rule id, message and fingerprint on a line,
/// except in files named `unrendered*`, which it leaves to events.
private struct RenderingRecorder: RenderingReportSink {
    struct LineRenderer: FindingsRenderer {
        func render(_ findings: [Finding], path: String) -> RenderedFindings? {
            guard !path.hasPrefix("unrendered") else { return nil }
            var bytes: [UInt8] = []
            var ends: [Int] = []
            for finding in findings {
                bytes += Array(LineRenderer.line(finding).utf8)
                ends.append(bytes.count)
            }
            return RenderedFindings(bytes: bytes, ends: ends)
        }

        static func line(_ finding: Finding) -> String {
            "\(finding.ruleID) \(finding.message) \(finding.fingerprint)\n"
        }
    }

    var events = CheckRunStreamTests.Recorder()
    /// Each file in order: its path and its findings' lines (rendered or not).
    var files: [(path: String, lines: String, rendered: Bool)] = []
    var begun = false

    var findingsRenderer: (any FindingsRenderer)? { begun ? LineRenderer() : nil }

    mutating func receive(_ event: ReportEvent) {
        if case .begin = event { begun = true }
        if case .file(let file, let findings) = event {
            files.append((file.path, findings.map(LineRenderer.line).joined(), false))
        }
        events.receive(event)
    }

    mutating func receive(_ file: CheckedFile, rendered: RenderedFindings) {
        files.append((file.path, String(decoding: rendered.bytes, as: UTF8.self), true))
    }
}

extension CheckRunStreamTests {
    static let inputs: [(String, String)] = (0..<9).map { index in
        let name = index == 4 ? "unrendered-4.yaml" : "d\(index).yaml"
        let waiver = index == 2 ? "# pactlint-disable-next-line T-01 -- a draft\n" : ""
        return (name, index.isMultiple(of: 3) ? Self.origin : waiver + Self.transit(id: "eu-\(index)"))
    }

    @Test(arguments: [1, 2, 4])
    func filesRenderedAheadAreTheFilesDeliveredAsEvents(jobs: Int) throws {
        let plain = record(try makeRun(jobs: jobs), Self.inputs)
        var rendering = RenderingRecorder()
        try makeRun(jobs: jobs).run(Self.inputs.map { .bytes(name: $0.0, Array($0.1.utf8)) }, into: &rendering)
        #expect(rendering.files.map(\.path) == plain.files.map(\.path))
        #expect(
            rendering.files.map(\.lines)
                == plain.files.map { $0.findings.map(RenderingRecorder.LineRenderer.line).joined() })
        #expect(rendering.files.map(\.rendered) == plain.files.map { !$0.path.hasPrefix("unrendered") })
        #expect(rendering.events.portfolio == plain.portfolio)
        #expect(rendering.events.summary?.counts == plain.summary?.counts)
        #expect(rendering.events.summary?.rules.map(\.id) == plain.summary?.rules.map(\.id))
        // The waived finding is counted as waived, from the worker's counts.
        #expect(plain.summary?.counts.waived == 1)
    }

    @Test(arguments: [1, 2])
    func aBaselineHidesRenderedFindingsInOrder(jobs: Int) throws {
        let all = try makeRun().run(Self.inputs.map { .bytes(name: $0.0, Array($0.1.utf8)) })
        // Every other finding recorded: the others show, rendered or not.
        let baseline = Baseline(
            recording: all.findings.enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element))
        let plain = record(try makeRun(jobs: jobs, baseline: baseline), Self.inputs)
        var rendering = RenderingRecorder()
        try makeRun(jobs: jobs, baseline: baseline).run(
            Self.inputs.map { .bytes(name: $0.0, Array($0.1.utf8)) }, into: &rendering)
        #expect(
            rendering.files.map(\.lines)
                == plain.files.map { $0.findings.map(RenderingRecorder.LineRenderer.line).joined() })
        #expect(rendering.events.summary?.baselineSuppressed == plain.summary?.baselineSuppressed)
        #expect((plain.summary?.baselineSuppressed ?? 0) > 0)
        #expect(rendering.events.summary?.counts == plain.summary?.counts)
    }

    @Test func deliveriesNeverOverlap() {
        let state = Mutex<(inside: Bool, overlapped: Bool, order: [Int])>((false, false, []))
        OrderedParallelMap.forEach(
            Array(0..<300), jobs: 4, window: 8,
            transform: { index in
                // Uneven work, so that results finish out of order.
                if index.isMultiple(of: 7) { Thread.sleep(forTimeInterval: 0.001) }
                return index
            }
        ) { index, result in
            state.withLock {
                if $0.inside { $0.overlapped = true }
                $0.inside = true
            }
            #expect(result == index)
            state.withLock {
                $0.order.append(index)
                $0.inside = false
            }
        }
        let final = state.withLock { $0 }
        #expect(!final.overlapped)
        #expect(final.order == Array(0..<300))
    }
}

/// A value shared by the test's threads.
private final class Mutex<Value>: @unchecked Sendable {
    // `@unchecked Sendable`: every access to `value` holds `lock`.
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.withLock { body(&value) }
    }
}
