import PactLint

/// Looks up the rule and principle of a finding.
///
/// A finding whose rule is not listed gets an entry when it is first seen: the tool rule's
/// metadata if the stream's header names it, otherwise a stand-in built from the finding, so
/// every format can still name and index it.
struct RuleCatalog: Sendable {
    /// The listed rules in order, followed by the rules first seen in findings.
    private(set) var rules: [RuleMetadata]
    private var indexByID: [String: Int] = [:]
    /// `indexByID` by the words of its keys (which it keeps alive): asked first, see
    /// `RuleIDTable`.
    private var indexByWords: RuleIDTable
    private let principleByID: [String: Principle]
    /// Rules listed only once they report (the tool's own rules).
    private let known: [String: RuleMetadata]

    init(rules: [RuleMetadata], principles: [Principle], known: [RuleMetadata] = []) {
        self.rules = rules
        // Sized up front: grown rule by rule, the tables were rehashed seven times.
        indexByID.reserveCapacity(rules.count)
        indexByWords = RuleIDTable(capacity: rules.count + known.count)
        for (index, rule) in rules.enumerated() where indexByID[rule.id] == nil {
            indexByID[rule.id] = index
            indexByWords.insert(rule.id, index: index)
        }
        var principleByID: [String: Principle] = [:]
        principleByID.reserveCapacity(principles.count)
        for principle in principles where principleByID[principle.id] == nil {
            principleByID[principle.id] = principle
        }
        self.principleByID = principleByID
        self.known = Dictionary(known.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The report's rules, then a stand-in for each rule only its findings name.
    init(_ report: Report) {
        self.init(rules: report.rules, principles: report.principles)
        for finding in report.findings { include(finding) }
    }

    /// The header's rules; its tool rules are added as they report.
    init(_ header: ReportHeader) {
        self.init(rules: header.rules, principles: header.principles, known: header.toolRules)
    }

    /// Lists the rule of `finding` if it is not listed yet; returns its position in `rules`.
    @discardableResult
    mutating func include(_ finding: Finding) -> Int {
        if let index = index(of: finding.ruleID) { return index }
        let index = rules.count
        indexByID[finding.ruleID] = index
        indexByWords.insert(finding.ruleID, index: index)
        rules.append(known[finding.ruleID] ?? Self.standIn(finding.ruleID, severity: finding.severity))
        return index
    }

    /// The position of rule `id` in `rules`; every rule a finding names has one.
    func index(of id: String) -> Int? {
        indexByWords.index(of: id) ?? indexByID[id]
    }

    /// The metadata of rule `id` (a stand-in if no finding or rule has that id).
    func rule(_ id: String) -> RuleMetadata {
        index(of: id).map { rules[$0] } ?? known[id] ?? Self.standIn(id, severity: .error)
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
