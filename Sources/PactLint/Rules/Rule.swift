/// A compiled rule: its metadata and its checks, with every query parsed once.
public struct Rule: Sendable {
    /// Whether the rule sees one document or all of them.
    public enum Scope: String, Sendable {
        case document
        case portfolio
    }

    /// Which failing checks report, for rules with several checks.
    public enum ReportMode: String, Sendable {
        case all
        case first
    }

    public var metadata: RuleMetadata
    public var scope: Scope
    /// The subjects; `nil` means the root.
    public var given: RuleQuery?
    public var when: Condition?
    public var checks: [RuleCheck]
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
}
