import YAMLSource

/// The settings of `.pactlint.yml` (see `docs/rule-language.md`, section 10).
///
/// Rule references (ids or names) are kept with their spans, so that `RuleSet.applying(_:)`
/// can report unknown rules and parameters at their place in the file.
public struct Configuration: Sendable {
    /// A severity override: a level, or `off` (the rule does not run).
    public enum SeverityOverride: Sendable, Hashable {
        /// Findings of the rule get this severity.
        case level(Severity)
        /// The rule does not run.
        case off
    }

    /// When a run fails.
    public enum FailOn: Sendable, Hashable {
        /// Fail at or above this severity.
        case severity(Severity)
        /// Never fail.
        case never
    }

    /// A value that names a rule, with its place in the file.
    public struct Located<Value: Sendable>: Sendable {
        /// The value.
        public var value: Value
        /// Where it is written.
        public var span: SourceSpan
    }

    /// The configuration file (for rendering errors); `nil` for the default configuration.
    public var source: SourceFile?
    /// Extra rule directories, relative to the current directory (resolved against the
    /// configuration file's directory when loaded).
    public var ruleDirectories: [String] = []
    /// Whether the built-in pack is loaded (`default-rules`).
    public var defaultRules = true
    /// Keyed by the rule id or name as written.
    public var severity: [Located<(rule: String, override: SeverityOverride)>] = []
    /// Rules that do not run (`disable`), by id or name.
    public var disable: [Located<String>] = []
    /// Parameter overrides per rule (`parameters`).
    public var parameters: [Located<(rule: String, values: [Located<(name: String, value: ParameterValue)>])>] = []
    /// Globs of files to check (`include`); empty: every file given.
    public var include: [String] = []
    /// Globs of files not to check (`exclude`).
    public var exclude: [String] = []
    /// The `fail-on` threshold, if set.
    public var failOn: FailOn?
    /// The baseline file, resolved against the configuration's directory.
    public var baseline: String?

    /// The default configuration: every default rule, nothing overridden.
    public init() {}
}
