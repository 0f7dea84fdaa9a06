/// What a report knows before its first finding.
public struct ReportHeader: Sendable {
    /// The files that will be reported, in order.
    public var paths: [String]
    /// Metadata of every rule that runs.
    public var rules: [RuleMetadata]
    /// Metadata of the tool's own rules (YAML syntax, waivers, unreadable files): they count as
    /// run, and are listed, only when they report.
    public var toolRules: [RuleMetadata]
    /// The principles the rules belong to, in display order.
    public var principles: [Principle]
    /// The severity at or above which a finding fails the run (`nil` for `--fail-on never`).
    public var failOn: Severity?

    /// A header with every part given.
    public init(
        paths: [String], rules: [RuleMetadata], toolRules: [RuleMetadata] = [], principles: [Principle],
        failOn: Severity?
    ) {
        self.paths = paths
        self.rules = rules
        self.toolRules = toolRules
        self.principles = principles
        self.failOn = failOn
    }
}
