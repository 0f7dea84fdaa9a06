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
    ///
    /// The findings, most of the output, are written straight to `output` (each rule's and
    /// principle's object rendered once); the rest of the document is a small value tree.
    public func write<Output: TextOutputStream>(_ report: Report, context: ReportContext, to output: inout Output) {
        var members = document(report, context: context)
        members["findings"] = .null
        let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        output.write("{\n")
        for (position, key) in keys.enumerated() {
            output.write("  ")
            output.write(JSONValue.quoted(key))
            output.write(": ")
            if key == "findings" {
                writeFindings(report, to: &output)
            } else {
                members[key, default: .null].write(to: &output, indent: 1)
            }
            output.write(position == keys.count - 1 ? "\n" : ",\n")
        }
        output.write("}\n")
    }

    /// The document's members other than `findings`.
    func document(_ report: Report, context: ReportContext) -> [String: JSONValue] {
        let catalog = RuleCatalog(report)
        let totals = ReportTotals(report)
        let documentsByPath = Dictionary(report.files.map { ($0.path, $0.documents) }, uniquingKeysWith: { $0 + $1 })
        return [
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
        ]
    }

    /// The findings array at indentation level 1, each finding an object at level 2 written
    /// member by member in sorted key order, exactly as `JSONValue.write` would lay it out.
    private func writeFindings<Output: TextOutputStream>(_ report: Report, to output: inout Output) {
        guard !report.findings.isEmpty else { return output.write("[]") }
        let catalog = RuleCatalog(report)
        var rules: [String: String] = [:]
        for rule in catalog.rules where rules[rule.id] == nil { rules[rule.id] = Self.rendered(Self.json(rule)) }
        var principles: [String: String] = [:]
        for principle in report.principles where principles[principle.id] == nil {
            principles[principle.id] = Self.rendered(Self.json(principle))
        }
        output.write("[\n")
        for (position, finding) in report.findings.enumerated() {
            let rule = catalog.rule(finding.ruleID)
            output.write("    {\n")
            Self.member("fingerprint", .string(finding.fingerprint), to: &output)
            output.write("      \"location\": ")
            Self.writeLocation(finding.location, to: &output)
            output.write(",\n")
            Self.member("message", .string(finding.message), to: &output)
            output.write("      \"principle\": ")
            if let principle = catalog.principle(rule.principle) {
                output.write(principles[principle.id] ?? Self.rendered(Self.json(principle)))
            } else {
                output.write("null")
            }
            output.write(",\n")
            Self.member(
                "related",
                .array(
                    finding.related.map {
                        .object(["message": .string($0.message), "location": Self.json($0.location)])
                    }), to: &output)
            output.write("      \"rule\": ")
            output.write(rules[rule.id] ?? Self.rendered(Self.json(rule)))
            output.write(",\n")
            Self.member("ruleId", .string(finding.ruleID), to: &output)
            Self.member("severity", .string(finding.severity.rawValue), to: &output)
            Self.member("waived", .bool(finding.isWaived), to: &output)
            let waiver: JSONValue =
                finding.waiver.map { waiver in
                    .object([
                        "scope": .string(waiver.scope.rawValue),
                        "reason": .string(waiver.reason),
                        "until": .stringOrNull(waiver.until),
                        "location": Self.json(waiver.location),
                    ])
                } ?? .null
            Self.member("waiver", waiver, to: &output, last: true)
            output.write(position == report.findings.count - 1 ? "    }\n" : "    },\n")
        }
        output.write("  ]")
    }

    /// A finding's location as `json(_:)` lays it out at indentation level 3, written member
    /// by member (keys in sorted order) without building the object.
    private static func writeLocation<Output: TextOutputStream>(_ location: Location, to output: inout Output) {
        let span = location.span
        output.write("{\n        \"byteOffset\": ")
        output.write(String(span.start.offset))
        output.write(",\n        \"column\": ")
        output.write(String(span.start.column))
        output.write(",\n        \"document\": ")
        output.write(String(location.document))
        output.write(",\n        \"endByteOffset\": ")
        output.write(String(span.end.offset))
        output.write(",\n        \"endColumn\": ")
        output.write(String(span.end.column))
        output.write(",\n        \"endLine\": ")
        output.write(String(span.end.line))
        output.write(",\n        \"jsonPath\": ")
        JSONValue.stringOrNull(location.path).write(to: &output, indent: 4)
        output.write(",\n        \"line\": ")
        output.write(String(span.start.line))
        output.write(",\n        \"path\": ")
        JSONValue.writeQuoted(location.file, to: &output)
        output.write("\n      }")
    }

    /// `"key": value` as a member of a finding object (indentation level 3).
    private static func member<Output: TextOutputStream>(
        _ key: String, _ value: JSONValue, to output: inout Output, last: Bool = false
    ) {
        output.write("      \"")
        output.write(key)
        output.write("\": ")
        value.write(to: &output, indent: 3)
        output.write(last ? "\n" : ",\n")
    }

    /// A value rendered as a member of a finding object (indentation level 3).
    private static func rendered(_ value: JSONValue) -> String {
        var text = ""
        value.write(to: &text, indent: 3)
        return text
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
