import PactLint

/// Looks up the rule and principle of a finding.
///
/// A finding whose rule is not in `Report.rules` (a tool rule an older engine did not list)
/// gets a stand-in entry built from the finding, so every format can still name and index it.
struct RuleCatalog: Sendable {
    /// `Report.rules` in order, followed by the stand-ins.
    let rules: [RuleMetadata]
    private let indexByID: [String: Int]
    private let principleByID: [String: Principle]

    init(_ report: Report) {
        var rules = report.rules
        var indexByID: [String: Int] = [:]
        for (index, rule) in rules.enumerated() where indexByID[rule.id] == nil {
            indexByID[rule.id] = index
        }
        for finding in report.findings where indexByID[finding.ruleID] == nil {
            indexByID[finding.ruleID] = rules.count
            rules.append(
                RuleMetadata(
                    id: finding.ruleID, name: finding.ruleID, title: finding.ruleID, principle: "",
                    severity: finding.severity))
        }
        self.rules = rules
        self.indexByID = indexByID
        var principleByID: [String: Principle] = [:]
        for principle in report.principles where principleByID[principle.id] == nil {
            principleByID[principle.id] = principle
        }
        self.principleByID = principleByID
    }

    /// The position of rule `id` in `rules`.
    func index(of id: String) -> Int {
        indexByID[id] ?? 0
    }

    /// The metadata of rule `id`.
    func rule(_ id: String) -> RuleMetadata {
        rules[index(of: id)]
    }

    /// The principle with `id`, if the report lists it.
    func principle(_ id: String) -> Principle? {
        principleByID[id]
    }
}
