/// A compiled rule: its metadata and its checks, with every query parsed once.
public struct Rule: Sendable {
    /// Whether the rule sees one document or all of them.
    public enum Scope: String, Sendable {
        /// One document at a time.
        case document
        /// All documents at once.
        case portfolio
    }

    /// Which failing checks report, for rules with several checks.
    public enum ReportMode: String, Sendable {
        /// Every failing check reports.
        case all
        /// Only the first failing check reports.
        case first
    }

    /// What reports show of the rule (id, name, title, principle, severity, help, sources…).
    public var metadata: RuleMetadata
    /// The subjects; `nil` means the root.
    public var given: RuleQuery?
    /// The rule applies to a subject only if this holds.
    public var when: Condition?
    /// The rule's checks, in order (one for an `assert` rule).
    public var checks: [RuleCheck]
    /// Whether every failing check reports, or only the first.
    public var report: ReportMode
    /// The parameters with their current values (defaults, or a config's overrides).
    public var parameters: [String: ParameterValue]
    /// The file the rule was loaded from.
    public var file: String
    /// The text of every query in the rule (portfolio projections read field names from it).
    public var queryTexts: [String]

    /// The rule's id.
    public var id: String { metadata.id }
    /// The rule's kebab-case name.
    public var name: String { metadata.name }
    /// `document` (default) or `portfolio`, as its metadata says.
    public var scope: Scope { metadata.scope }
}
