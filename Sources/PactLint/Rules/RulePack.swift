/// A loaded pack's own description (`pack.yaml`) and where it came from.
public struct RulePack: Sendable {
    /// The pack's name from `pack.yaml`.
    public var name: String
    /// The pack's version from `pack.yaml`, as written.
    public var version: String
    /// The pack's description, if any.
    public var description: String?
    /// The pack's directory (or the root given for in-memory files).
    public var directory: String
    /// Ids of the pack's rules, in load order.
    public var ruleIDs: [String]
}
