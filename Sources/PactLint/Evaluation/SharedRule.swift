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

        init(_ check: RuleCheck) {
            self.check = check
        }
    }

    let rule: Rule
    /// `rule.checks`, in order.
    let checks: [Check]
    /// Whether the rule's `when` reads the subject, so is tested for each one: a `when` that
    /// reads only `$` holds for all subjects or for none, and is tested once. Found once here,
    /// not for each document (which copied the condition out of the rule to look at it).
    let whenPerSubject: Bool

    init(_ rule: Rule) {
        self.rule = rule
        self.checks = rule.checks.map(Check.init)
        whenPerSubject = rule.when.map { !$0.isSubjectIndependent } ?? false
    }
}
