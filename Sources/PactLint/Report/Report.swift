import YAMLSource

/// Everything a reporter renders: the result of one `pactlint check` run.
public struct Report: Sendable, Codable {
    /// The files checked, in the order they are reported.
    public var files: [CheckedFile]
    /// All findings, waived ones included: each file's findings in file order (sorted by line,
    /// column, rule id), then the portfolio findings (sorted by file, line, column, rule id).
    public var findings: [Finding]
    /// Metadata of every rule that ran (and of the tool's own rules that reported).
    public var rules: [RuleMetadata]
    /// The principles the rules belong to, in display order.
    public var principles: [Principle]
    /// Findings hidden because a baseline already recorded them.
    public var baselineSuppressed: Int
    /// The severity at or above which a finding fails the run (`nil` for `--fail-on never`).
    public var failOn: Severity?
    /// How many of the last `findings` the portfolio stage reported: the portfolio rules'
    /// findings, and those about waivers that name portfolio rules.
    public var portfolioFindingCount: Int

    /// A report; `portfolioFindingCount` of the findings, at the end, are the portfolio stage's.
    public init(
        files: [CheckedFile],
        findings: [Finding],
        rules: [RuleMetadata],
        principles: [Principle],
        baselineSuppressed: Int = 0,
        failOn: Severity? = .error,
        portfolioFindingCount: Int = 0
    ) {
        self.files = files
        self.findings = findings
        self.rules = rules
        self.principles = principles
        self.baselineSuppressed = baselineSuppressed
        self.failOn = failOn
        self.portfolioFindingCount = portfolioFindingCount
    }
}

/// A checked file and a summary of each partnership document in it.
public struct CheckedFile: Sendable, Codable {
    public var path: String
    public var documents: [DocumentSummary]

    public init(path: String, documents: [DocumentSummary]) {
        self.path = path
        self.documents = documents
    }
}

/// What a reviewer wants to see of a document at a glance, taken from partnership/v1 fields.
public struct DocumentSummary: Sendable, Codable {
    /// 0-based index within the file's stream.
    public var index: Int
    public var id: String?
    public var title: String?
    public var country: String?
    public var roles: [String]
    public var routes: [String]
    public var currency: String?
    /// Amount of the budget lines (those not `part_of` another) per area, in document order.
    public var budgetByArea: [AreaAmount]

    public init(
        index: Int,
        id: String? = nil,
        title: String? = nil,
        country: String? = nil,
        roles: [String] = [],
        routes: [String] = [],
        currency: String? = nil,
        budgetByArea: [AreaAmount] = []
    ) {
        self.index = index
        self.id = id
        self.title = title
        self.country = country
        self.roles = roles
        self.routes = routes
        self.currency = currency
        self.budgetByArea = budgetByArea
    }
}

/// An amount of money attributed to one area.
public struct AreaAmount: Sendable, Hashable, Codable {
    public var area: String
    public var amount: Double

    public init(area: String, amount: Double) {
        self.area = area
        self.amount = amount
    }
}

/// The parts of a rule that reports show; the rule's logic stays in the engine.
public struct RuleMetadata: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var title: String
    public var principle: String
    public var severity: Severity
    public var help: String?
    public var rationale: String?
    public var sources: [String]
    public var tags: [String]
    /// Whether the rule sees one document at a time or the whole portfolio.
    public var scope: Rule.Scope

    public init(
        id: String,
        name: String,
        title: String,
        principle: String,
        severity: Severity,
        help: String? = nil,
        rationale: String? = nil,
        sources: [String] = [],
        tags: [String] = [],
        scope: Rule.Scope = .document
    ) {
        self.id = id
        self.name = name
        self.title = title
        self.principle = principle
        self.severity = severity
        self.help = help
        self.rationale = rationale
        self.sources = sources
        self.tags = tags
        self.scope = scope
    }
}

// MARK: - Codable Conformance

extension Rule.Scope: Codable {}

extension Report {
    private enum CodingKeys: String, CodingKey {
        case files, findings, rules, principles, baselineSuppressed, failOn, portfolioFindingCount
    }

    /// Decodes a report; one encoded before `portfolioFindingCount` existed has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            files: try container.decode([CheckedFile].self, forKey: .files),
            findings: try container.decode([Finding].self, forKey: .findings),
            rules: try container.decode([RuleMetadata].self, forKey: .rules),
            principles: try container.decode([Principle].self, forKey: .principles),
            baselineSuppressed: try container.decode(Int.self, forKey: .baselineSuppressed),
            failOn: try container.decodeIfPresent(Severity.self, forKey: .failOn),
            portfolioFindingCount: try container.decodeIfPresent(Int.self, forKey: .portfolioFindingCount) ?? 0)
    }
}

extension RuleMetadata {
    private enum CodingKeys: String, CodingKey {
        case id, name, title, principle, severity, help, rationale, sources, tags, scope
    }

    /// Decodes rule metadata; metadata encoded before `scope` existed is a document rule's.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            title: try container.decode(String.self, forKey: .title),
            principle: try container.decode(String.self, forKey: .principle),
            severity: try container.decode(Severity.self, forKey: .severity),
            help: try container.decodeIfPresent(String.self, forKey: .help),
            rationale: try container.decodeIfPresent(String.self, forKey: .rationale),
            sources: try container.decode([String].self, forKey: .sources),
            tags: try container.decode([String].self, forKey: .tags),
            scope: try container.decodeIfPresent(Rule.Scope.self, forKey: .scope) ?? .document)
    }
}

/// A principle of the Pact that rules are grouped under.
public struct Principle: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var description: String

    public init(id: String, title: String, description: String) {
        self.id = id
        self.title = title
        self.description = description
    }
}

/// What reporters are given besides the report, injected so that output is reproducible.
public struct ReportContext: Sendable {
    public var toolVersion: String
    public var rulePackVersion: String
    /// The run's date and time, ISO 8601 (e.g. `2026-11-29T10:00:00Z`).
    public var timestamp: String
    /// The directory relative paths are relative to (SARIF `originalUriBaseIds`).
    public var workingDirectory: String

    public init(toolVersion: String, rulePackVersion: String, timestamp: String, workingDirectory: String) {
        self.toolVersion = toolVersion
        self.rulePackVersion = rulePackVersion
        self.timestamp = timestamp
        self.workingDirectory = workingDirectory
    }
}

extension Report {
    /// Whether the run fails: a finding that is not waived is at or above `failOn`.
    public var fails: Bool {
        guard let failOn else { return false }
        return findings.contains { !$0.isWaived && $0.severity >= failOn }
    }
}
