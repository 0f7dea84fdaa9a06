import PactLint
import YAMLSource

/// The format for scripts: one JSON document, schema version 1, described in
/// `docs/json-format.md`.
///
/// `findings` comes first (each finding is written as its file is checked), then the other
/// keys in sorted order; every object inside has its keys sorted. The layout is fixed, so the
/// same report always gives the same bytes.
/// Optional values are present as `null` rather than left out, so a consumer can rely on every
/// documented key. A new key may be added within a schema version; renaming or removing one, or
/// changing a value's meaning, raises `schemaVersion`.
public struct JSONReporter: StreamingReporter {
    /// The version of the schema this reporter writes (`schemaVersion`).
    public static let schemaVersion = 1

    /// A JSON reporter.
    public init() {}

    /// Writes the report as one JSON document (schema version 1) and a newline: `findings`
    /// first, each finding as it arrives, then the other members in sorted key order, which
    /// hold what is known only at the end (the files' document summaries, the rules that ran,
    /// the totals).
    public struct Writer: ReportWriter {
        let context: ReportContext
        var catalog = RuleCatalog(rules: [], principles: [])
        var header = ReportHeader(paths: [], rules: [], principles: [], failOn: nil)
        /// Where each rule's parts of a finding object are in `renderedBytes`, rendered once
        /// (they repeat in every finding), by the rule's position in `catalog.rules`.
        var renderedRules: [RuleParts?] = []
        /// The rendered rules and principles, one after another: ranges of one buffer cost no
        /// reference counting when a finding copies them, where a buffer each cost three
        /// retains and releases a finding.
        var renderedBytes = ByteBuffer()
        /// Renders the files' findings on the threads that check them; made from the header
        /// when it names more than one file.
        public var findingsRenderer: (any FindingsRenderer)? { jsonRenderer }
        /// `findingsRenderer` as it is: the `rules` member reuses the rules it rendered.
        var jsonRenderer: JSONFindingsRenderer?
        /// The rule id last looked up, and its position in `catalog.rules`.
        var lastRule: (id: String, index: Int)?
        /// How many bytes of findings are gathered before they are handed to the output.
        static let chunkSize = 64 * 1024
        /// The buffer findings are gathered in, kept between files for its capacity.
        var pending = ByteBuffer()
        var findingsWritten = 0
        /// The document summaries of each file (small: a few fields per document).
        var documentsByPath: [String: [DocumentSummary]] = [:]
        var headerPaths: Set<String> = []
        /// The path of the last finding written (its paths are already noted).
        var lastPath: String?
        /// `lastPath` as a JSON string: a file's findings all name it.
        var quotedLastPath = ByteBuffer()
        /// Paths only findings name, in the order they were first seen.
        var otherPaths: [String] = []

        /// Writes the part of the document the event brings.
        public mutating func write<Output: TextOutputStream>(_ event: ReportEvent, to output: inout Output) {
            switch event {
            case .begin(let header):
                self.header = header
                catalog = RuleCatalog(header)
                headerPaths = Set(header.paths)
                // The renderer renders every rule up front (some 1 M instructions for the
                // default pack), which files share; one file renders only the rules it reports.
                jsonRenderer = header.paths.count > 1 ? JSONFindingsRenderer(header) : nil
                output.write("{\n  \"findings\": ")
            case .file(let file, let findings):
                documentsByPath[file.path, default: []] += file.documents
                writeFindings(findings, to: &output)
            case .portfolio(let findings):
                writeFindings(findings, to: &output)
            case .end(let summary):
                output.write(findingsWritten == 0 ? "[]" : "\n  ]")
                var members = document(summary)
                members["findings"] = nil
                // `files` is written file by file: as one value it would hold every
                // document's summary twice over, as a tree of JSON values. `rules` and
                // `principles` are written member by member, as findings write their rule.
                let keys = (members.keys + ["files", "principles", "rules"]).sorted {
                    $0.utf8.lexicographicallyPrecedes($1.utf8)
                }
                for key in keys {
                    output.write(",\n  ")
                    output.write(JSONValue.quoted(key))
                    output.write(": ")
                    switch key {
                    case "files": writeFiles(to: &output)
                    case "rules":
                        let renderer = jsonRenderer
                        writeArray(listedRules(summary), to: &output) { rule, indent, bytes in
                            // The renderer has rendered the header's rules for findings already
                            // (`writeArray` lists its elements at level 2, as it dedents them to).
                            if renderer?.appendListedRule(rule, to: &bytes) != true {
                                JSONReporter.writeRule(rule, indent: indent, to: &bytes)
                            }
                        }
                    case "principles":
                        writeArray(header.principles, to: &output, element: JSONReporter.writePrinciple)
                    default: members[key, default: .null].write(to: &output, indent: 1)
                    }
                }
                output.write("\n}\n")
            }
        }

        /// Writes the next file, whose findings `findingsRenderer` rendered, in place of its
        /// `ReportEvent.file`: its pieces as they are (the first finding of the report opens
        /// the array), its documents noted for `files`.
        public mutating func write<Output: TextOutputStream>(
            _ file: CheckedFile, rendered: RenderedFindings, to output: inout Output
        ) {
            documentsByPath[file.path, default: []] += file.documents
            guard rendered.count > 0 else { return }
            // Every piece names this file (the renderer renders no other).
            notePath(file.path)
            rendered.withUnsafeBytes { bytes in
                guard findingsWritten == 0 else { return output.writeUTF8(bytes: bytes) }
                // Each piece starts with the `,` that follows a previous element.
                output.write("[")
                output.writeUTF8(bytes: UnsafeBufferPointer(rebasing: bytes.dropFirst()))
            }
            findingsWritten += rendered.count
        }

        /// The rules the document lists: the rules that ran, then any rule only a finding named.
        func listedRules(_ summary: ReportSummary) -> [RuleMetadata] {
            let ran = Set(summary.rules.map(\.id))
            return summary.rules + catalog.rules.filter { !ran.contains($0.id) }
        }

        /// An array member's value (indentation level 1), laid out as `JSONValue.write` would
        /// lay it out, each element appended by `element` at level 2.
        private func writeArray<Element, Output: TextOutputStream>(
            _ elements: [Element], to output: inout Output,
            element: (Element, Int, inout ByteBuffer) -> Void
        ) {
            guard !elements.isEmpty else { return output.write("[]") }
            var bytes = ByteBuffer(capacity: Self.chunkSize)
            bytes.append("[\n")
            for (position, value) in elements.enumerated() {
                bytes.append("    ")
                element(value, 2, &bytes)
                bytes.append(position == elements.count - 1 ? "\n" : ",\n")
            }
            bytes.append("  ]")
            output.write(utf8: bytes)
        }

        /// The document's members other than `findings`, `files`, `principles` and `rules`.
        func document(_ summary: ReportSummary) -> [String: JSONValue] {
            let totals = ReportTotals(summary)
            return [
                "schemaVersion": .int(JSONReporter.schemaVersion),
                "tool": .object([
                    "name": .string("pactlint"),
                    "version": .string(context.toolVersion),
                    "rulePackVersion": .string(context.rulePackVersion),
                ]),
                "run": .object([
                    "timestamp": .string(context.timestamp),
                    "workingDirectory": .string(context.workingDirectory),
                    "failOn": .stringOrNull(header.failOn?.rawValue),
                ]),
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

        /// The `files` member's array (indentation level 1), one file object at a time, laid
        /// out exactly as `JSONValue.write` would lay out the whole array.
        private func writeFiles<Output: TextOutputStream>(to output: inout Output) {
            let paths = header.paths + otherPaths
            guard !paths.isEmpty else { return output.write("[]") }
            var bytes = ByteBuffer(capacity: Self.chunkSize)
            bytes.append("[\n")
            for (position, path) in paths.enumerated() {
                bytes.append("    {\n      \"documents\": ")
                let documents = documentsByPath[path] ?? []
                if documents.isEmpty {
                    bytes.append("[]")
                } else {
                    bytes.append("[\n")
                    for (index, document) in documents.enumerated() {
                        bytes.append("        ")
                        JSONReporter.writeDocument(document, to: &bytes)
                        bytes.append(index == documents.count - 1 ? "\n" : ",\n")
                    }
                    bytes.append("      ]")
                }
                bytes.append(",\n      \"path\": ")
                bytes.appendQuoted(path)
                bytes.append(position == paths.count - 1 ? "\n    }\n" : "\n    },\n")
                if bytes.count >= Self.chunkSize {
                    output.write(utf8: bytes)
                    bytes.removeAll()
                }
            }
            bytes.append("  ]")
            output.write(utf8: bytes)
        }

        /// Findings as elements of the findings array (indentation level 1), each an object at
        /// level 2 written member by member in sorted key order, exactly as `JSONValue.write`
        /// would lay it out (see `appendFinding`). The findings are gathered in a reusable
        /// buffer and handed to the output in writes of about `chunkSize`: a write per token
        /// costs more than the bytes.
        private mutating func writeFindings<Output: TextOutputStream>(_ findings: [Finding], to output: inout Output) {
            guard !findings.isEmpty else { return }
            var bytes = pending
            pending = ByteBuffer()
            bytes.removeAll()
            for finding in findings {
                notePath(finding.location.file)
                let parts = rendered(ruleAt: ruleIndex(finding))
                let start = bytes.count
                renderedBytes.withUnsafeBytes { rules in
                    quotedLastPath.withUnsafeBytes { quotedFile in
                        JSONReporter.appendFinding(
                            finding, parts: parts, rules: rules, quotedFile: quotedFile, to: &bytes)
                    }
                }
                // The piece starts with the `,` that follows a previous element.
                if findingsWritten == 0 { bytes[start] = UInt8(ascii: "[") }
                findingsWritten += 1
                // In chunks: a file with thousands of findings must not grow the buffer (kept
                // for the rest of the run) to the size of its findings.
                if bytes.count >= Self.chunkSize {
                    output.write(utf8: bytes)
                    bytes.removeAll()
                }
            }
            output.write(utf8: bytes)
            pending = bytes
        }

        /// Remembers a path only findings name (not one of the header's), once.
        private mutating func notePath(_ path: String) {
            // A file's findings all name it: one look-up per file, not per finding.
            // Byte for byte: `!=` would take two canonically equivalent spellings (two files)
            // for one.
            if let lastPath, path.hasSameUTF8(as: lastPath) { return }
            lastPath = path
            quotedLastPath = ByteBuffer()
            quotedLastPath.appendQuoted(path)
            if !headerPaths.contains(path), !otherPaths.contains(path) {
                otherPaths.append(path)
            }
        }

        /// The position of the finding's rule in the catalog, which lists it if it is new.
        private mutating func ruleIndex(_ finding: Finding) -> Int {
            // Findings of one rule tend to come together: a rule id (usually a short string,
            // compared inline) saves hashing it.
            if let last = lastRule, last.id == finding.ruleID { return last.index }
            let index = catalog.include(finding)
            lastRule = (finding.ruleID, index)
            return index
        }

        /// The rule's parts of a finding object, rendered when the rule first reports.
        private mutating func rendered(ruleAt index: Int) -> RuleParts {
            if index < renderedRules.count, let rendered = renderedRules[index] { return rendered }
            let rule = catalog.rules[index]
            let rendered = JSONReporter.appendParts(
                of: rule, principle: catalog.principle(rule.principle), to: &renderedBytes)
            if index >= renderedRules.count {
                renderedRules += Array(repeating: nil, count: index + 1 - renderedRules.count)
            }
            renderedRules[index] = rendered
            return rendered
        }
    }

    /// A writer for one report.
    public func makeWriter(context: ReportContext) -> Writer {
        Writer(context: context)
    }

    /// A finding's location as `json(_:)` lays it out at indentation level 3, appended member
    /// by member (keys in sorted order) without building the object; `quotedFile` is its file
    /// as a JSON string.
    ///
    /// The fields are read where the finding keeps them: a copy of its location retained and
    /// released each of its strings and lists for every finding written.
    static func writeLocation(
        of finding: Finding, quotedFile: UnsafeBufferPointer<UInt8>, to bytes: inout ByteBuffer
    ) {
        let span = finding.location.span
        bytes.append("{\n        \"byteOffset\": ")
        bytes.appendInteger(span.start.offset)
        bytes.append(",\n        \"column\": ")
        bytes.appendInteger(span.start.column)
        bytes.append(",\n        \"document\": ")
        bytes.appendInteger(finding.location.document)
        bytes.append(",\n        \"endByteOffset\": ")
        bytes.appendInteger(span.end.offset)
        bytes.append(",\n        \"endColumn\": ")
        bytes.appendInteger(span.end.column)
        bytes.append(",\n        \"endLine\": ")
        bytes.appendInteger(span.end.line)
        bytes.append(",\n        \"jsonPath\": ")
        if let path = finding.location.path {
            bytes.appendQuoted(path)
        } else {
            bytes.append("null")
        }
        bytes.append(",\n        \"line\": ")
        bytes.appendInteger(span.start.line)
        bytes.append(",\n        \"path\": ")
        bytes.append(quotedFile)
        bytes.append("\n      }")
    }

    /// A document summary as an object at indentation level 4 (as `JSONValue.write` lays out
    /// objects), appended member by member in sorted key order: `budgetByArea` (objects of
    /// `amount` and `area`), `country`, `currency`, `id`, `index`, `roles`, `routes`, `title`;
    /// absent values as `null`.
    fileprivate static func writeDocument(_ document: DocumentSummary, to bytes: inout ByteBuffer) {
        bytes.append("{\n          \"budgetByArea\": ")
        if document.budgetByArea.isEmpty {
            bytes.append("[]")
        } else {
            bytes.append("[\n")
            for (position, entry) in document.budgetByArea.enumerated() {
                bytes.append("            {\n              \"amount\": ")
                JSONValue.double(entry.amount).write(into: &bytes, indent: 7)
                bytes.append(",\n              \"area\": ")
                bytes.appendQuoted(entry.area)
                bytes.append(position == document.budgetByArea.count - 1 ? "\n            }\n" : "\n            },\n")
            }
            bytes.append("          ]")
        }
        bytes.append(",\n          \"country\": ")
        appendStringOrNull(document.country, to: &bytes)
        bytes.append(",\n          \"currency\": ")
        appendStringOrNull(document.currency, to: &bytes)
        bytes.append(",\n          \"id\": ")
        appendStringOrNull(document.id, to: &bytes)
        bytes.append(",\n          \"index\": ")
        bytes.appendInteger(document.index)
        bytes.append(",\n          \"roles\": ")
        appendStrings(document.roles, level: 5, to: &bytes)
        bytes.append(",\n          \"routes\": ")
        appendStrings(document.routes, level: 5, to: &bytes)
        bytes.append(",\n          \"title\": ")
        appendStringOrNull(document.title, to: &bytes)
        bytes.append("\n        }")
    }

    /// `text` quoted, or `null`.
    private static func appendStringOrNull(_ text: String?, to bytes: inout ByteBuffer) {
        if let text {
            bytes.appendQuoted(text)
        } else {
            bytes.append("null")
        }
    }

    /// A rule's object as `json(_:)` lays it out at indentation level `indent`, appended
    /// member by member (keys in sorted order) without building the object: rendering it
    /// through `JSONValue` cost some 25,000 instructions a rule.
    static func writeRule(_ rule: RuleMetadata, indent: Int, to bytes: inout ByteBuffer) {
        let level = indent + 1
        bytes.append("{\n")
        bytes.appendSpaces(level)
        bytes.append("\"help\": ")
        appendStringOrNull(rule.help, to: &bytes)
        appendKey("\"id\": ", level: level, to: &bytes)
        bytes.appendQuoted(rule.id)
        appendKey("\"name\": ", level: level, to: &bytes)
        bytes.appendQuoted(rule.name)
        appendKey("\"principle\": ", level: level, to: &bytes)
        bytes.appendQuoted(rule.principle)
        appendKey("\"rationale\": ", level: level, to: &bytes)
        appendStringOrNull(rule.rationale, to: &bytes)
        appendKey("\"scope\": ", level: level, to: &bytes)
        bytes.appendQuoted(rule.scope.rawValue)
        appendKey("\"severity\": ", level: level, to: &bytes)
        bytes.appendQuoted(rule.severity.rawValue)
        appendKey("\"sources\": ", level: level, to: &bytes)
        appendStrings(rule.sources, level: level, to: &bytes)
        appendKey("\"tags\": ", level: level, to: &bytes)
        appendStrings(rule.tags, level: level, to: &bytes)
        appendKey("\"title\": ", level: level, to: &bytes)
        bytes.appendQuoted(rule.title)
        bytes.append(UInt8(ascii: "\n"))
        bytes.appendSpaces(indent)
        bytes.append(UInt8(ascii: "}"))
    }

    /// A principle's object as `json(_:)` lays it out at indentation level `indent`, appended
    /// member by member (keys in sorted order).
    static func writePrinciple(_ principle: Principle, indent: Int, to bytes: inout ByteBuffer) {
        let level = indent + 1
        bytes.append("{\n")
        bytes.appendSpaces(level)
        bytes.append("\"description\": ")
        bytes.appendQuoted(principle.description)
        appendKey("\"id\": ", level: level, to: &bytes)
        bytes.appendQuoted(principle.id)
        appendKey("\"title\": ", level: level, to: &bytes)
        bytes.appendQuoted(principle.title)
        bytes.append(UInt8(ascii: "\n"))
        bytes.appendSpaces(indent)
        bytes.append(UInt8(ascii: "}"))
    }

    /// Ends the previous member and starts the next: `key` is the quoted key, colon and space.
    private static func appendKey(_ key: StaticString, level: Int, to bytes: inout ByteBuffer) {
        bytes.append(",\n")
        bytes.appendSpaces(level)
        bytes.append(key)
    }

    /// An array of strings as a member value at indentation level `level` (5 in a document
    /// summary, 3 in a rule of a finding, 2 in a listed rule).
    private static func appendStrings(_ texts: [String], level: Int, to bytes: inout ByteBuffer) {
        guard !texts.isEmpty else { return bytes.append("[]") }
        bytes.append("[\n")
        for (position, text) in texts.enumerated() {
            bytes.appendSpaces(level + 1)
            bytes.appendQuoted(text)
            bytes.append(position == texts.count - 1 ? "\n" : ",\n")
        }
        bytes.appendSpaces(level)
        bytes.append(UInt8(ascii: "]"))
    }

    /// Appends `value` as a member value of a finding object (indentation level 3).
    static func append(_ value: JSONValue, to bytes: inout ByteBuffer) {
        value.write(into: &bytes, indent: 3)
    }

    static func json(_ location: Location) -> JSONValue {
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
            "scope": .string(rule.scope.rawValue),
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
}
