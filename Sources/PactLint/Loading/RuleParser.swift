import JSONPath
import YAMLSource

/// A rule as parsed, with the spans duplicate checks point at.
struct ParsedRule {
    var rule: Rule
    var idSpan: SourceSpan
    var nameSpan: SourceSpan
}

/// Parses and compiles the rules of one rule file, collecting located errors.
struct RuleParser {
    var reader: SchemaReader
    let principles: [String]
    /// The parameters of the rule being parsed.
    var parameters: [String: ParameterValue] = [:]
    /// Every query text of the rule being parsed (for portfolio projections).
    var queryTexts: [String] = []
    /// The queries compiled so far, by text, handed from file to file by the loader: the pack
    /// repeats many (`{$.partner.country}` is in 49 messages) and a compiled query is an
    /// immutable object that rules can share.
    var compiledQueries: [String: RuleQuery]

    static let ruleKeys = [
        "id", "name", "title", "principle", "severity", "scope", "given", "when", "assert", "message", "at",
        "checks", "report", "help", "rationale", "sources", "tags", "parameters",
    ]
    static let checkKeys = ["when", "assert", "severity", "message", "help", "at"]
    static let severities = ["error", "warning", "info"]

    init(
        file: SourceFile, principles: [String], collector: DiagnosticCollector,
        compiledQueries: [String: RuleQuery] = [:]
    ) {
        self.reader = SchemaReader(file: file, collector: collector)
        self.principles = principles
        self.compiledQueries = compiledQueries
    }

    /// `text` compiled, or the query compiled from the same text before.
    mutating func compiledQuery(_ text: String) throws(JSONPathError) -> RuleQuery {
        // Byte for byte: `String` keys take canonically equivalent texts (`café` composed and
        // decomposed, which name different members) for one.
        if let known = compiledQueries[text], known.text.utf8.elementsEqual(text.utf8) { return known }
        let compiled = try RuleQuery(text)
        compiledQueries[text] = compiled
        return compiled
    }

    var collector: DiagnosticCollector {
        get { reader.collector }
        set { reader.collector = newValue }
    }

    mutating func ruleFile(_ root: YAMLNode) -> [ParsedRule] {
        guard let entries = reader.mapping(root, what: "a rule file", allowed: ["rules"], required: ["rules"]),
            let list = entries["rules"].flatMap({ reader.list($0.value, what: "'rules'") })
        else { return [] }
        return list.compactMap { rule($0) }
    }

    // MARK: Rules

    mutating func rule(_ node: YAMLNode) -> ParsedRule? {
        parameters = [:]
        queryTexts = []
        guard let fields = reader.mapping(node, what: "a rule", allowed: Self.ruleKeys) else { return nil }
        let ruleLabel = fields["id"]?.value.stringContent.map { "rule '\($0)'" } ?? "a rule"
        for key in ["id", "name", "title", "principle", "severity"] where fields[key] == nil {
            reader.error("\(ruleLabel) is missing the required field '\(key)'", at: node)
        }
        let hasUnknownKeys = (0..<node.childCount).contains { !Self.ruleKeys.contains(node.keyText(at: $0) ?? "") }

        let id = fields["id"].flatMap { pair -> String? in
            guard let id = reader.string(pair.value, what: "a rule's id") else { return nil }
            guard Self.isRuleID(id) else {
                reader.error(
                    "rule id '\(id)' is not of the form PREFIX-NN", at: pair.value,
                    help: "use upper-case letters, digits and '-', e.g. COMP-03")
                return nil
            }
            return id
        }
        let name = fields["name"].flatMap { pair -> String? in
            guard let name = reader.string(pair.value, what: "a rule's name") else { return nil }
            guard Self.isKebab(name) else {
                reader.error(
                    "rule name '\(name)' is not a kebab-case slug", at: pair.value,
                    help: "use lower-case words joined by '-', e.g. return-needs-reintegration")
                return nil
            }
            return name
        }
        let title = fields["title"].flatMap { reader.string($0.value, what: "a rule's title") }
        let principle = fields["principle"].flatMap { pair -> String? in
            guard let principle = reader.string(pair.value, what: "a rule's principle") else { return nil }
            guard principles.contains(principle) else {
                reader.error(
                    "unknown principle '\(principle)'", at: pair.value,
                    help: principles.isEmpty
                        ? "declare it in the pack's principles.yaml"
                        : Suggestion.help(for: principle, among: principles))
                return nil
            }
            return principle
        }
        let severity = fields["severity"].flatMap { self.severity($0.value) }
        var scope = Rule.Scope.document
        if let pair = fields["scope"],
            let word = reader.word(pair.value, what: "'scope'", among: ["document", "portfolio"])
        {
            scope = Rule.Scope(rawValue: word) ?? .document
        }
        var report = Rule.ReportMode.all
        if let pair = fields["report"], let word = reader.word(pair.value, what: "'report'", among: ["all", "first"]) {
            report = Rule.ReportMode(rawValue: word) ?? .all
        }
        if let pair = fields["parameters"] { parameters = parseParameters(pair.value) }
        let given = fields["given"].flatMap { query($0.value, what: "'given'") }
        let when = fields["when"].flatMap { condition($0.value) }
        let at = fields["at"].flatMap { query($0.value, what: "'at'") }
        let help = fields["help"].flatMap { reader.string($0.value, what: "'help'") }
        let rationale = fields["rationale"].flatMap { reader.string($0.value, what: "'rationale'") }
        let sources = fields["sources"].flatMap { reader.stringList($0.value, what: "'sources'") } ?? []
        let tags = fields["tags"].flatMap { reader.stringList($0.value, what: "'tags'") } ?? []

        var checks: [RuleCheck] = []
        let label = id.map { "rule '\($0)'" } ?? "the rule"
        switch (fields["assert"], fields["checks"]) {
        case (let assertPair?, nil):
            if let message = fields["message"] {
                if let assert = condition(assertPair.value),
                    let template = self.message(message.value, provided: assert.providedValues)
                {
                    checks.append(
                        RuleCheck(
                            index: 0, when: nil, assert: assert, severity: severity ?? .warning, message: template,
                            help: help, at: at))
                }
            } else {
                _ = condition(assertPair.value)
                reader.error(
                    "\(label) has 'assert' but no 'message'", at: node,
                    help: "add 'message:' saying what is wrong when the assertion fails")
            }
        case (nil, let checksPair?):
            if let message = fields["message"] {
                reader.error(
                    "'message' belongs in each check when \(label) has 'checks'", at: message.key,
                    help: "move the message into the checks")
            }
            if let list = reader.list(checksPair.value, what: "'checks'") {
                if list.isEmpty { reader.error("'checks' must not be empty", at: checksPair.value) }
                for (index, item) in list.enumerated() {
                    if let check = check(item, index: index, severity: severity ?? .warning, help: help, at: at) {
                        checks.append(check)
                    }
                }
            }
        case (_?, let checksPair?):
            reader.error(
                "\(label) has both 'assert' and 'checks'", at: checksPair.key,
                help: "use 'assert' + 'message' for one outcome, or 'checks' for several")
        case (nil, nil) where !hasUnknownKeys:
            reader.error(
                "\(label) has neither 'assert' nor 'checks'", at: node,
                help: "add 'assert:' (a condition) and 'message:', or a list of 'checks:'")
        case (nil, nil):
            break  // a misspelt key was reported with a suggestion
        }

        guard let id, let name, let title, let principle, let severity, let idNode = fields["id"]?.value,
            let nameNode = fields["name"]?.value, !checks.isEmpty
        else { return nil }
        let metadata = RuleMetadata(
            id: id, name: name, title: title, principle: principle, severity: severity, help: help,
            rationale: rationale, sources: sources, tags: tags, scope: scope)
        let rule = Rule(
            metadata: metadata, given: given, when: when, checks: checks,
            report: report, parameters: parameters, file: reader.file.path, queryTexts: queryTexts)
        return ParsedRule(rule: rule, idSpan: idNode.span, nameSpan: nameNode.span)
    }

    private mutating func check(
        _ node: YAMLNode, index: Int, severity: Severity, help: String?, at: RuleQuery?
    ) -> RuleCheck? {
        guard
            let fields = reader.mapping(
                node, what: "a check", allowed: Self.checkKeys, required: ["assert", "message"])
        else { return nil }
        let when = fields["when"].flatMap { condition($0.value) }
        let ownSeverity = fields["severity"].flatMap { self.severity($0.value) }
        let ownHelp = fields["help"].flatMap { reader.string($0.value, what: "'help'") }
        let ownAt = fields["at"].flatMap { query($0.value, what: "'at'") }
        guard let assert = fields["assert"].flatMap({ condition($0.value) }),
            let message = fields["message"].flatMap({ self.message($0.value, provided: assert.providedValues) })
        else { return nil }
        return RuleCheck(
            index: index, when: when, assert: assert, severity: ownSeverity ?? severity, message: message,
            help: ownHelp ?? help, at: ownAt ?? at)
    }

    private mutating func severity(_ node: YAMLNode) -> Severity? {
        reader.word(node, what: "'severity'", among: Self.severities).flatMap { Severity(rawValue: $0) }
    }

    // MARK: Parameters

    private mutating func parseParameters(_ node: YAMLNode) -> [String: ParameterValue] {
        guard case .mapping(let pairs) = node.content else {
            reader.error("'parameters' must be a mapping of names to default values", at: node)
            return [:]
        }
        var result: [String: ParameterValue] = [:]
        for pair in pairs {
            guard let name = pair.key.scalarText, Self.isKebab(name) else {
                reader.error(
                    "parameter name must be a kebab-case word", at: pair.key, help: "e.g. max-control-share")
                continue
            }
            if RuleParser.conditionValueNames.contains(name) {
                reader.error(
                    "parameter name '\(name)' is taken by a message value", at: pair.key,
                    help: "choose another name, e.g. max-\(name)")
                continue
            }
            if let value = parameterValue(pair.value) { result[name] = value }
        }
        return result
    }

    mutating func parameterValue(_ node: YAMLNode) -> ParameterValue? {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .int(let value): return .number(Double(value))
            case .float(let value): return .number(value)
            case .string(let value): return .string(value)
            case .bool(let value): return .bool(value)
            case .null:
                reader.error("a parameter value must not be null", at: node)
                return nil
            }
        case .sequence(let items):
            var values: [ParameterValue] = []
            for item in items {
                if case .scalar = item.content, let value = parameterValue(item) {
                    values.append(value)
                } else if case .scalar = item.content {
                } else {
                    reader.error("a parameter list holds numbers, strings or booleans", at: item)
                }
            }
            return .list(values)
        case .mapping:
            reader.error("a parameter value is a number, a string, a boolean or a list of them", at: node)
            return nil
        }
    }

    /// Every name a condition can give to a message (parameters may not shadow them): the union
    /// of `Condition.providedValues` over every kind of condition.
    static let conditionValueNames: Set<String> = [
        "count", "value", "expected", "min", "max", "missing", "sum", "skipped", "share", "part", "total", "term",
        "suggestion", "similarity", "other", "key", "hint",
    ]

    // MARK: Names

    /// `PREFIX-NN`: upper-case ASCII letters and digits in at least two parts joined by '-',
    /// starting with a letter.
    static func isRuleID(_ text: String) -> Bool {
        guard let first = text.utf8.first, isUpper(first) else { return false }
        return isSlug(text, allowing: isUpper) && text.utf8.contains(UInt8(ascii: "-"))
    }

    /// Lower-case ASCII letters and digits, in parts joined by '-', starting with a letter.
    static func isKebab(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLower(first) else { return false }
        return isSlug(text, allowing: isLower)
    }

    /// Whether every part of `text` between '-' is non-empty and made of ASCII digits and the
    /// letters `isLetter` allows (any other byte, non-ASCII included, fails).
    private static func isSlug(_ text: String, allowing isLetter: (UInt8) -> Bool) -> Bool {
        var partIsEmpty = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                if partIsEmpty { return false }
                partIsEmpty = true
            } else if isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                partIsEmpty = false
            } else {
                return false
            }
        }
        return !partIsEmpty
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
}
