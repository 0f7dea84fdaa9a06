/// One check of a rule: a condition and the finding it reports when the condition fails.
///
/// A rule written with `assert` + `message` has exactly one check.
public struct RuleCheck: Sendable {
    /// 0-based position among the rule's checks (part of the finding's fingerprint).
    public var index: Int
    /// The check applies to a subject only if this holds (after the rule's own `when`).
    public var when: Condition?
    /// The condition that must hold.
    public var assert: Condition
    /// The severity of this check's findings.
    public var severity: Severity
    /// The message of this check's findings.
    public var message: MessageTemplate
    /// How to fix; the rule's help unless the check has its own.
    public var help: String?
    /// Where the finding points instead of the condition's own place.
    public var at: RuleQuery?
}
