import PactLint

/// Counts of findings by severity; waived findings are counted apart, not by severity.
struct SeverityCounts: Equatable {
    var error = 0
    var warning = 0
    var info = 0
    var waived = 0

    init(_ findings: [Finding] = []) {
        for finding in findings {
            if finding.isWaived {
                waived += 1
                continue
            }
            switch finding.severity {
            case .error: error += 1
            case .warning: warning += 1
            case .info: info += 1
            }
        }
    }

    /// The number of findings that are not waived.
    var active: Int { error + warning + info }

    /// The count for `severity`.
    func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: error
        case .warning: warning
        case .info: info
        }
    }

    /// The highest severity among the findings that are not waived.
    var worst: Severity? {
        if error > 0 { return .error }
        if warning > 0 { return .warning }
        if info > 0 { return .info }
        return nil
    }

    /// "2 errors, 1 warning" (only the non-zero counts; waived apart).
    var summary: String {
        var parts: [String] = []
        for severity in Severity.allCases.reversed() where count(severity) > 0 {
            parts.append(Counting.phrase(count(severity), severity.rawValue))
        }
        return parts.joined(separator: ", ")
    }
}
