/// Counts kept while findings are delivered, so that totals and the exit status need no
/// finding to be held.
///
/// Severity counts are of findings that are not waived: waived findings do not count for the
/// exit status, so they are counted apart.
public struct ReportCounts: Sendable, Equatable {
    /// Unwaived findings per severity (only the severities found).
    public var bySeverity: [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for severity in Severity.allCases where self[severity] > 0 { counts[severity] = self[severity] }
        return counts
    }
    /// Unwaived findings of each severity: three counters, where a dictionary cost a hash and
    /// a look-up (some 1,000 instructions) per finding.
    private var errors = 0
    private var warnings = 0
    private var infos = 0
    /// Findings a waiver covers.
    public private(set) var waived = 0
    /// Every finding delivered, waived ones included.
    public private(set) var findings = 0
    /// Whether an unwaived finding is at or above `failOn`.
    public private(set) var failing = false
    /// Files reported.
    public var files = 0
    /// Documents in the reported files.
    public var documents = 0
    /// The severity at or above which a finding fails the run.
    public let failOn: Severity?

    /// Counts with nothing counted yet.
    public init(failOn: Severity?) {
        self.failOn = failOn
    }

    /// Counts `findings`.
    public mutating func count(_ findings: [Finding]) {
        self.findings += findings.count
        for finding in findings {
            if finding.isWaived {
                waived += 1
                continue
            }
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
            if let failOn, finding.severity >= failOn { failing = true }
        }
    }

    /// Adds counts taken apart (a file's, counted on the thread that checked it).
    public mutating func add(_ other: ReportCounts) {
        errors += other.errors
        warnings += other.warnings
        infos += other.infos
        waived += other.waived
        findings += other.findings
        failing = failing || other.failing
        files += other.files
        documents += other.documents
    }

    /// Unwaived findings of `severity`.
    public subscript(severity: Severity) -> Int {
        switch severity {
        case .error: errors
        case .warning: warnings
        case .info: infos
        }
    }
}
