import YAMLSource

/// The settings of `.pactlint.yml` (see `docs/rule-language.md`, section 10).
///
/// Rule references (ids or names) are kept with their spans, so that `RuleSet.applying(_:)`
/// can report unknown rules and parameters at their place in the file.
public struct Configuration: Sendable {
    /// A severity override: a level, or `off` (the rule does not run).
    public enum SeverityOverride: Sendable, Hashable {
        case level(Severity)
        case off
    }

    /// When a run fails.
    public enum FailOn: Sendable, Hashable {
        case severity(Severity)
        case never
    }

    /// A value that names a rule, with its place in the file.
    public struct Located<Value: Sendable>: Sendable {
        public var value: Value
        public var span: SourceSpan
    }

    /// The configuration file (for rendering errors); `nil` for the default configuration.
    public var source: SourceFile?
    /// Extra rule directories, relative to the current directory (resolved against the
    /// configuration file's directory when loaded).
    public var ruleDirectories: [String] = []
    public var defaultRules = true
    /// Keyed by the rule id or name as written.
    public var severity: [Located<(rule: String, override: SeverityOverride)>] = []
    public var disable: [Located<String>] = []
    public var parameters: [Located<(rule: String, values: [Located<(name: String, value: ParameterValue)>])>] = []
    public var include: [String] = []
    public var exclude: [String] = []
    public var failOn: FailOn?
    public var baseline: String?

    /// The default configuration: every default rule, nothing overridden.
    public init() {}
}
