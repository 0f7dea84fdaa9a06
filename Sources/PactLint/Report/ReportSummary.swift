/// What a report knows after its last finding: the rules that ran and the totals.
public struct ReportSummary: Sendable {
    /// Metadata of every rule that ran, and of the tool's own rules that reported.
    public var rules: [RuleMetadata]
    /// Findings hidden because a baseline already recorded them.
    public var baselineSuppressed: Int
    /// The counts of the findings delivered, and of the files and documents.
    public var counts: ReportCounts

    /// A summary with every part given.
    public init(rules: [RuleMetadata], baselineSuppressed: Int, counts: ReportCounts) {
        self.rules = rules
        self.baselineSuppressed = baselineSuppressed
        self.counts = counts
    }
}
