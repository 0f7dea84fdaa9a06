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
            rules.append(Self.standIn(finding.ruleID, severity: finding.severity))
        }
        self.rules = rules
        self.indexByID = indexByID
        var principleByID: [String: Principle] = [:]
        for principle in report.principles where principleByID[principle.id] == nil {
            principleByID[principle.id] = principle
        }
        self.principleByID = principleByID
    }

    /// The position of rule `id` in `rules`; every rule a finding names has one.
    func index(of id: String) -> Int? {
        indexByID[id]
    }

    /// The metadata of rule `id` (a stand-in if no finding or rule has that id).
    func rule(_ id: String) -> RuleMetadata {
        index(of: id).map { rules[$0] } ?? Self.standIn(id, severity: .error)
    }

    /// Metadata for a rule known only by its id: named by it, with no principle.
    private static func standIn(_ id: String, severity: Severity) -> RuleMetadata {
        RuleMetadata(id: id, name: id, title: id, principle: "", severity: severity)
    }

    /// The principle with `id`, if the report lists it.
    func principle(_ id: String) -> Principle? {
        principleByID[id]
    }
}
