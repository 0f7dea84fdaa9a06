import PactLint

/// The counts every summary shows, from a report or from a stream's summary.
///
/// Severity counts are of findings that are not waived: waived findings do not count for the
/// exit status, so they are counted apart.
struct ReportTotals: Sendable, Equatable {
    /// Unwaived errors, warnings and info findings (three counts, not a dictionary: a
    /// `[Severity: Int]` cost a look-up of its key's `Hashable` conformance, some 360,000
    /// instructions, the first time one was made).
    private var errors: Int
    private var warnings: Int
    private var infos: Int
    /// Findings a waiver covers.
    var waived: Int
    /// Findings hidden by a baseline (they are not in the report).
    var baselineSuppressed: Int
    /// Files checked (those of `Report.files`, plus any file only a finding names).
    var files: Int
    /// Documents in the checked files.
    var documents: Int
    /// Rules that ran.
    var rules: Int
    /// All findings in the report, waived ones included.
    var findings: Int
    /// Whether an unwaived finding is at or above the report's `failOn` severity.
    var failing: Bool

    init(_ report: Report) {
        var counts = ReportCounts(failOn: report.failOn)
        counts.count(report.findings)
        counts.files = report.checkedPaths.count
        counts.documents = report.files.reduce(0) { $0 + $1.documents.count }
        self.init(ReportSummary(rules: report.rules, baselineSuppressed: report.baselineSuppressed, counts: counts))
    }

    init(_ summary: ReportSummary) {
        let counts = summary.counts
        self.errors = counts[.error]
        self.warnings = counts[.warning]
        self.infos = counts[.info]
        self.waived = counts.waived
        self.baselineSuppressed = summary.baselineSuppressed
        self.files = counts.files
        self.documents = counts.documents
        self.rules = summary.rules.count
        self.findings = counts.findings
        self.failing = counts.failing
    }

    /// Unwaived findings of `severity`.
    subscript(severity: Severity) -> Int {
        switch severity {
        case .error: errors
        case .warning: warnings
        case .info: infos
        }
    }
}
