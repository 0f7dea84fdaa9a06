import PactLint

/// The format for scripts: one JSON document, schema version 1, described in
/// `docs/json-format.md`.
///
/// Keys are sorted and the layout is fixed, so the same report always gives the same bytes.
/// Optional values are present as `null` rather than left out, so a consumer can rely on every
/// documented key. A new key may be added within a schema version; renaming or removing one, or
/// changing a value's meaning, raises `schemaVersion`.
public struct JSONReporter: Reporter {
    /// The version of the schema this reporter writes (`schemaVersion`).
    public static let schemaVersion = 1

    /// A JSON reporter.
    public init() {}

    /// Writes the report as one JSON document (schema version 1) and a newline.
    public func write<Output: TextOutputStream>(_ report: Report, context: ReportContext, to output: inout Output) {
        document(report, context: context).write(to: &output)
        output.write("\n")
    }

    func document(_ report: Report, context: ReportContext) -> JSONValue {
        let catalog = RuleCatalog(report)
        let totals = ReportTotals(report)
        let documentsByPath = Dictionary(report.files.map { ($0.path, $0.documents) }, uniquingKeysWith: { $0 + $1 })
        // Each finding repeats its rule's metadata; build each rule's object once.
        let ruleObjects = Dictionary(
            catalog.rules.map { ($0.id, Self.json($0)) }, uniquingKeysWith: { first, _ in first })
        return .object([
            "schemaVersion": .int(Self.schemaVersion),
            "tool": .object([
                "name": .string("pactlint"),
                "version": .string(context.toolVersion),
                "rulePackVersion": .string(context.rulePackVersion),
            ]),
            "run": .object([
                "timestamp": .string(context.timestamp),
                "workingDirectory": .string(context.workingDirectory),
                "failOn": .stringOrNull(report.failOn?.rawValue),
            ]),
            "files": .array(
                report.checkedPaths.map { path in
                    .object([
                        "path": .string(path),
                        "documents": .array((documentsByPath[path] ?? []).map(Self.json)),
                    ])
                }),
            "findings": .array(report.findings.map { Self.json($0, catalog: catalog, rules: ruleObjects) }),
            "rules": .array(catalog.rules.map(Self.json)),
            "principles": .array(report.principles.map(Self.json)),
            "totals": .object([
                "errors": .int(totals[.error]),
                "warnings": .int(totals[.warning]),
                "info": .int(totals[.info]),
                "waived": .int(totals.waived),
                "baselineSuppressed": .int(totals.baselineSuppressed),
                "findings": .int(totals.findings),
                "files": .int(totals.files),
                "documents": .int(totals.documents),
                "rules": .int(totals.rules),
                "failing": .bool(totals.failing),
            ]),
        ])
    }

    private static func json(_ finding: Finding, catalog: RuleCatalog, rules: [String: JSONValue]) -> JSONValue {
        let rule = catalog.rule(finding.ruleID)
        return .object([
            "ruleId": .string(finding.ruleID),
            "severity": .string(finding.severity.rawValue),
            "message": .string(finding.message),
            "rule": rules[rule.id] ?? json(rule),
            "principle": catalog.principle(rule.principle).map(json) ?? .null,
            "location": json(finding.location),
            "related": .array(
                finding.related.map { .object(["message": .string($0.message), "location": json($0.location)]) }),
            "waived": .bool(finding.isWaived),
            "waiver": finding.waiver.map { waiver in
                .object([
                    "scope": .string(waiver.scope.rawValue),
                    "reason": .string(waiver.reason),
                    "until": .stringOrNull(waiver.until),
                    "location": json(waiver.location),
                ])
            } ?? .null,
            "fingerprint": .string(finding.fingerprint),
        ])
    }

    private static func json(_ location: Location) -> JSONValue {
        .object([
            "path": .string(location.file),
            "line": .int(location.span.start.line),
            "column": .int(location.span.start.column),
            "endLine": .int(location.span.end.line),
            "endColumn": .int(location.span.end.column),
            "byteOffset": .int(location.span.start.offset),
            "endByteOffset": .int(location.span.end.offset),
            "document": .int(location.document),
            "jsonPath": .stringOrNull(location.path),
        ])
    }

    static func json(_ rule: RuleMetadata) -> JSONValue {
        .object([
            "id": .string(rule.id),
            "name": .string(rule.name),
            "title": .string(rule.title),
            "principle": .string(rule.principle),
            "severity": .string(rule.severity.rawValue),
            "help": .stringOrNull(rule.help),
            "rationale": .stringOrNull(rule.rationale),
            "sources": .strings(rule.sources),
            "tags": .strings(rule.tags),
        ])
    }

    static func json(_ principle: Principle) -> JSONValue {
        .object([
            "id": .string(principle.id),
            "title": .string(principle.title),
            "description": .string(principle.description),
        ])
    }

    private static func json(_ document: DocumentSummary) -> JSONValue {
        .object([
            "index": .int(document.index),
            "id": .stringOrNull(document.id),
            "title": .stringOrNull(document.title),
            "country": .stringOrNull(document.country),
            "roles": .strings(document.roles),
            "routes": .strings(document.routes),
            "currency": .stringOrNull(document.currency),
            "budgetByArea": .array(
                document.budgetByArea.map { .object(["area": .string($0.area), "amount": .double($0.amount)]) }),
        ])
    }
}
