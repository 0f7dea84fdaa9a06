/// A compiled rule as the engine holds it while checking: one reference, shared by every
/// worker thread.
///
/// A `Rule` or `RuleCheck` struct read out of an array is copied before use (the compiler
/// cannot prove the array unchanged while findings are appended), and a copy retains and
/// releases each of the dozen references it holds, atomically, on memory that every worker
/// touches: with two workers the cache lines bounce between cores. Reading fields of these
/// objects' `let` properties borrows them in place, so a rule costs one retain per document and
/// a check one per subject.
final class SharedRule: Sendable {
    /// One check of the rule, as one reference.
    final class Check: Sendable {
        let check: RuleCheck
        /// The check's bit among its rule's `combined` checks (`1 << check.index`); 0 when it
        /// is not one of them.
        let combinedBit: UInt64

        init(_ check: RuleCheck, combinedBits: UInt64) {
            self.check = check
            self.combinedBit = check.bit & combinedBits
        }
    }

    let rule: Rule
    /// `rule.checks`, in order.
    let checks: [Check]
    /// Whether the rule's `when` reads the subject, so is tested for each one: a `when` that
    /// reads only `$` holds for all subjects or for none, and is tested once. Found once here,
    /// not for each document (which copied the condition out of the rule to look at it).
    let whenPerSubject: Bool
    /// The walk that settles some of the rule's checks (see `CombinedChecks`): shared with
    /// other rules, or the rule's own; `nil` when none of its checks is combined.
    let combined: CombinedChecks?
    /// The rule's slot in `combined`.
    let combinedSlot: Int

    /// The rule, with a walk of its own over the checks that one can settle.
    convenience init(_ rule: Rule) {
        self.init(rule, combined: CombinedChecks([rule], perDocument: false), slot: 0)
    }

    private init(_ rule: Rule, combined: CombinedChecks?, slot: Int) {
        self.rule = rule
        let bits = combined?.bits[slot] ?? 0
        self.combined = bits == 0 ? nil : combined
        self.combinedSlot = slot
        self.checks = rule.checks.map { Check($0, combinedBits: bits) }
        whenPerSubject = rule.when.map { !$0.isSubjectIndependent } ?? false
    }

    /// The document rules, in order: those that run once on each document's root (no `given`,
    /// no `when`) share one walk per document over the checks it can settle; each other rule
    /// has its own.
    static func documentRules(_ rules: [Rule]) -> [SharedRule] {
        let together = rules.indices.filter { rules[$0].given == nil && rules[$0].when == nil }
        let combined = CombinedChecks(together.map { rules[$0] }, perDocument: true)
        var slots = [Int?](repeating: nil, count: rules.count)
        for (slot, index) in together.enumerated() { slots[index] = slot }
        return rules.indices.map { index in
            guard let slot = slots[index] else { return SharedRule(rules[index]) }
            return SharedRule(rules[index], combined: combined, slot: slot)
        }
    }
}
