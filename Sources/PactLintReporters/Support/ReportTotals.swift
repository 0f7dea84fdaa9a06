import PactLint

/// The counts every summary shows, computed once from a report.
///
/// Severity counts are of findings that are not waived: waived findings do not count for the
/// exit status, so they are counted apart.
struct ReportTotals: Sendable, Equatable {
    /// Unwaived findings per severity.
    var bySeverity: [Severity: Int]
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
        var bySeverity = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, 0) })
        var waived = 0
        for finding in report.findings {
            if finding.isWaived {
                waived += 1
                continue
            }
            bySeverity[finding.severity, default: 0] += 1
        }
        self.bySeverity = bySeverity
        self.waived = waived
        self.baselineSuppressed = report.baselineSuppressed
        self.files = report.checkedPaths.count
        self.documents = report.files.reduce(0) { $0 + $1.documents.count }
        self.rules = report.rules.count
        self.findings = report.findings.count
        self.failing = report.fails
    }

    /// Unwaived findings of `severity`.
    subscript(severity: Severity) -> Int {
        bySeverity[severity, default: 0]
    }
}

extension Report {
    /// The paths of the checked files in report order, followed by paths that only findings
    /// name (a file that failed before it could be summarized), each once.
    var checkedPaths: [String] {
        var seen = Set<String>()
        var paths: [String] = []
        for path in files.map(\.path) + findings.map(\.location.file) where seen.insert(path).inserted {
            paths.append(path)
        }
        return paths
    }
}
