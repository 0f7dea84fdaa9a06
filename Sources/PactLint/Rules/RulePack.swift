/// A loaded pack's own description (`pack.yaml`) and where it came from.
public struct RulePack: Sendable {
    public var name: String
    public var version: String
    public var description: String?
    /// The pack's directory (or the root given for in-memory files).
    public var directory: String
    /// Ids of the pack's rules, in load order.
    public var ruleIDs: [String]
}
