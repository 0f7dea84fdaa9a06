/// Every loaded rule and principle, validated and compiled: what the engine runs.
public struct RuleSet: Sendable {
    /// The loaded packs, in load order.
    public var packs: [RulePack]
    /// Every declared principle, in load order.
    public var principles: [Principle]
    /// Rules in load order (pack order, then file name order, then order in the file).
    public var rules: [Rule]

    /// A rule set of already compiled rules.
    public init(packs: [RulePack], principles: [Principle], rules: [Rule]) {
        self.packs = packs
        self.principles = principles
        self.rules = rules
    }

    /// The rule with this id or name.
    public func rule(named idOrName: String) -> Rule? {
        rules.first { $0.id == idOrName || $0.name == idOrName }
    }

    /// The metadata of every rule, in load order (for reports).
    public var metadata: [RuleMetadata] { rules.map(\.metadata) }

    /// A rule set with only the given rules (by id), keeping packs and principles.
    public func restricted(to ids: Set<String>) -> RuleSet {
        RuleSet(packs: packs, principles: principles, rules: rules.filter { ids.contains($0.id) })
    }
}
