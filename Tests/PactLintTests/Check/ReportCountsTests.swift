import PactLint
import Testing
import YAMLSource

@Suite struct ReportCountsTests {
    func finding(_ severity: Severity, waived: Bool = false) -> Finding {
        let location = Location(file: "a.yaml", span: SourceSpan(at: SourcePosition(offset: 0, line: 1, column: 1)))
        return Finding(
            ruleID: "R-1", severity: severity, message: "m", location: location,
            waiver: waived ? Waiver(scope: .nextLine, reason: "known", location: location) : nil,
            fingerprint: "f")
    }

    @Test func countsUnwaivedFindingsBySeverityAndWaivedOnesApart() {
        var counts = ReportCounts(failOn: .error)
        counts.count([finding(.warning), finding(.info), finding(.warning), finding(.error, waived: true)])
        counts.count([finding(.info)])
        #expect(counts[.warning] == 2)
        #expect(counts[.info] == 2)
        #expect(counts[.error] == 0)
        #expect(counts.waived == 1)
        #expect(counts.findings == 5)
        // A waived error does not fail the run; only the severities found are listed.
        #expect(!counts.failing)
        #expect(counts.bySeverity == [.warning: 2, .info: 2])
    }

    @Test func anUnwaivedFindingAtTheThresholdFails() {
        var counts = ReportCounts(failOn: .warning)
        counts.count([finding(.info)])
        #expect(!counts.failing)
        counts.count([finding(.warning)])
        #expect(counts.failing)
        #expect(counts.bySeverity == [.info: 1, .warning: 1])
    }

    @Test func countsAddedUpAreTheCountsOfEveryFinding() {
        let first = [finding(.warning), finding(.error, waived: true)]
        let second = [finding(.error), finding(.info)]
        var whole = ReportCounts(failOn: .error)
        whole.count(first + second)
        whole.files = 2
        whole.documents = 3
        var parts = [ReportCounts(failOn: .error), ReportCounts(failOn: .error)]
        parts[0].count(first)
        parts[0].files = 1
        parts[0].documents = 1
        parts[1].count(second)
        parts[1].files = 1
        parts[1].documents = 2
        var added = ReportCounts(failOn: .error)
        for part in parts { added.add(part) }
        #expect(added == whole)
        #expect(added.failing)
        #expect(!parts[0].failing)
    }
}
