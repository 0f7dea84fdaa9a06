extension Report {
    /// The paths of the checked files in report order, followed by paths that only findings
    /// name (a file that failed before it could be summarized), each once.
    public var checkedPaths: [String] {
        var seen = Set<String>()
        var paths: [String] = []
        for path in files.map(\.path) + findings.map(\.location.file) where seen.insert(path).inserted {
            paths.append(path)
        }
        return paths
    }

    /// Hands the report to `receive` as the events a check run delivers: one `file` per
    /// checked path (its findings in report order), then the portfolio findings, then the
    /// totals. Reporters that stream write a whole report this way, so both paths give the
    /// same output.
    public func replay(_ receive: (ReportEvent) -> Void) {
        let paths = checkedPaths
        // As a check run does: the header lists the packs' rules, and the tool's own rules as
        // rules findings may name (listed where they first report), not as rules that ran.
        // The report's own metadata for a tool rule wins over the built-in one.
        let builtIn = CheckRun.allToolRules
        let toolRuleIDs = Set(builtIn.map(\.id))
        let reported = rules.filter { toolRuleIDs.contains($0.id) }
        let reportedIDs = Set(reported.map(\.id))
        receive(
            .begin(
                ReportHeader(
                    paths: paths, rules: rules.filter { !toolRuleIDs.contains($0.id) },
                    toolRules: reported + builtIn.filter { !reportedIDs.contains($0.id) },
                    principles: principles, failOn: failOn)))
        let split = max(0, findings.count - portfolioFindingCount)
        var findingsByPath: [String: [Finding]] = [:]
        for finding in findings[..<split] { findingsByPath[finding.location.file, default: []].append(finding) }
        var documentsByPath: [String: [DocumentSummary]] = [:]
        for file in files { documentsByPath[file.path, default: []] += file.documents }
        var counts = ReportCounts(failOn: failOn)
        for path in paths {
            let own = findingsByPath.removeValue(forKey: path) ?? []
            counts.count(own)
            receive(.file(CheckedFile(path: path, documents: documentsByPath[path] ?? []), findings: own))
        }
        let portfolio = Array(findings[split...])
        counts.count(portfolio)
        receive(.portfolio(portfolio))
        counts.files = paths.count
        counts.documents = files.reduce(0) { $0 + $1.documents.count }
        receive(.end(ReportSummary(rules: rules, baselineSuppressed: baselineSuppressed, counts: counts)))
    }

    /// A sink that collects a check run's events into a `Report`.
    public struct Collector: ReportSink {
        /// The report so far; complete after `end`.
        public private(set) var report = Report(files: [], findings: [], rules: [], principles: [])

        /// An empty collector.
        public init() {}

        /// Adds the event's part to `report`.
        public mutating func receive(_ event: ReportEvent) {
            switch event {
            case .begin(let header):
                report.rules = header.rules
                report.principles = header.principles
                report.failOn = header.failOn
            case .file(let file, let findings):
                report.files.append(file)
                report.findings += findings
            case .portfolio(let findings):
                report.findings += findings
                report.portfolioFindingCount = findings.count
            case .end(let summary):
                report.rules = summary.rules
                report.baselineSuppressed = summary.baselineSuppressed
            }
        }
    }
}
