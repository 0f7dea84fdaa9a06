import PactLint
import YAMLSource

/// The format for code-scanning services: SARIF 2.1.0 (OASIS), one run.
///
/// - `tool.driver.rules` holds every rule that ran, with its title, rationale, help (text and
///   Markdown, sources included), principle, tags, precision and default level; each result
///   names its rule by `ruleId` and `ruleIndex`.
/// - Columns are Unicode scalars (`columnKind: unicodeCodePoints`), as in `SourcePosition`;
///   regions also carry byte offsets.
/// - Artifact URIs are relative to `SRCROOT`, which `originalUriBaseIds` maps to the working
///   directory (a file outside it gets an absolute `file:` URI).
/// - `partialFingerprints["pactlint/v1"]` is the finding's baseline fingerprint, which does not
///   change when lines move.
/// - Waived findings stay, with an `inSource` suppression carrying the waiver's reason.
public struct SARIFReporter: StreamingReporter {
    /// What the SARIF output says about the tool.
    public struct Options: Sendable, Equatable {
        /// `tool.driver.informationUri`: where to read about pactlint.
        public var informationURI: String

        /// Options with pactlint's home page as the information URI.
        public init(informationURI: String = "https://github.com/pactlint/pactlint") {
            self.informationURI = informationURI
        }
    }

    /// The key of pactlint's fingerprint in `partialFingerprints`.
    public static let fingerprintKey = "pactlint/v1"

    /// The options this reporter renders with.
    public var options: Options

    /// A SARIF reporter with `options`.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Writes a SARIF 2.1.0 log with one run, and a newline: the run's artifacts and
    /// invocation first, each result as it arrives, then what is known only at the end (the
    /// rules, among them the tool's own rules that reported, and the run's properties).
    public struct Writer: ReportWriter {
        let reporter: SARIFReporter
        let context: ReportContext
        var catalog = RuleCatalog(rules: [], principles: [])
        var locations = LocationEncoder(workingDirectory: "", artifactIndex: [:])
        var resultsWritten = 0
        /// An event's results, gathered before they go to the output (kept for its capacity).
        var pending = ByteBuffer()
        /// The file the last result named, and its `artifactLocation` object as a result's
        /// location writes it: a file's results all name it.
        var lastArtifact: (path: String, bytes: ByteBuffer)?

        /// Writes the part of the log the event brings.
        public mutating func write<Output: TextOutputStream>(_ event: ReportEvent, to output: inout Output) {
            switch event {
            case .begin(let header):
                catalog = RuleCatalog(header)
                let artifactIndex = Dictionary(
                    header.paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                locations = LocationEncoder(workingDirectory: context.workingDirectory, artifactIndex: artifactIndex)
                lastArtifact = nil
                var invocation: [String: JSONValue] = [
                    "executionSuccessful": .bool(true),
                    "workingDirectory": .object(["uri": .string(FileURI.directory(context.workingDirectory))]),
                ]
                if let time = Timestamp.utc(context.timestamp) {
                    invocation["endTimeUtc"] = .string(time)
                }
                output.write("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n")
                output.write("  \"runs\": [\n    {\n")
                let artifacts: JSONValue = .array(
                    header.paths.map {
                        .object(["location": locations.artifactLocation($0), "sourceLanguage": .string("yaml")])
                    })
                Self.member("artifacts", artifacts, to: &output)
                Self.member("columnKind", .string("unicodeCodePoints"), to: &output)
                Self.member("invocations", .array([.object(invocation)]), to: &output)
                Self.member(
                    "originalUriBaseIds",
                    .object(["SRCROOT": .object(["uri": .string(FileURI.directory(context.workingDirectory))])]),
                    to: &output)
                output.write("      \"results\": ")
            case .file(_, let findings), .portfolio(let findings):
                guard !findings.isEmpty else { return }
                pending.removeAll()
                for finding in findings {
                    let ruleIndex = catalog.include(finding)
                    pending.append(resultsWritten == 0 ? "[\n        " : ",\n        ")
                    resultsWritten += 1
                    if finding.related.isEmpty, !finding.isWaived {
                        // Most results: written member by member (see `appendResult`).
                        let artifact = artifactLocation(of: finding.location.file)
                        Self.appendResult(
                            finding, ruleIndex: ruleIndex, principle: catalog.rules[ruleIndex].principle,
                            artifactLocation: artifact, to: &pending)
                    } else {
                        reporter.result(finding, catalog: catalog, locations: locations)
                            .write(into: &pending, indent: 4)
                    }
                    if pending.count >= Self.chunkSize {
                        output.write(utf8: pending)
                        pending.removeAll()
                    }
                }
                output.write(utf8: pending)
            case .end(let summary):
                output.write(resultsWritten == 0 ? "[],\n" : "\n      ],\n")
                let tool: JSONValue = .object([
                    "driver": .object([
                        "name": .string("pactlint"),
                        "version": .string(context.toolVersion),
                        "informationUri": .string(reporter.options.informationURI),
                        "rules": .array(catalog.rules.map { reporter.descriptor($0, catalog: catalog) }),
                        "properties": .object(["rulePackVersion": .string(context.rulePackVersion)]),
                    ])
                ])
                Self.member("tool", tool, to: &output)
                Self.member(
                    "properties", .object(["baselineSuppressed": .int(summary.baselineSuppressed)]), to: &output,
                    last: true)
                output.write("    }\n  ],\n  \"version\": \"2.1.0\"\n}\n")
            }
        }

        /// How many bytes of results are gathered before they are handed to the output.
        static let chunkSize = 64 * 1024

        /// The `artifactLocation` object of `path` at indentation level 8, as `result` makes it
        /// and `JSONValue.write` lays it out: made once for each run of results in one file
        /// (each made a URI out of the path again, some 40,000 instructions).
        private mutating func artifactLocation(of path: String) -> ByteBuffer {
            if let lastArtifact, lastArtifact.path.hasSameUTF8(as: path) { return lastArtifact.bytes }
            var bytes = ByteBuffer()
            locations.artifactLocation(path).write(into: &bytes, indent: 8)
            lastArtifact = (path, bytes)
            return bytes
        }

        /// Appends the result of `finding` (which has no related locations and no waiver) at
        /// indentation level 4, byte for byte as `result(_:catalog:locations:)` would make it
        /// and `JSONValue.write` lay it out, without building the value: its members in sorted
        /// key order, the fixed text between values literal. A tree of values, its dictionaries
        /// and their sorting took about two thirds of a SARIF run's instructions.
        static func appendResult(
            _ finding: Finding, ruleIndex: Int, principle: String, artifactLocation: ByteBuffer,
            to bytes: inout ByteBuffer
        ) {
            bytes.append("{\n          \"level\": \"")
            bytes.append(utf8Of: SARIFReporter.level(finding.severity))
            bytes.append("\",\n          \"locations\": [\n            {\n")
            if let path = finding.location.path {
                bytes.append(
                    "              \"logicalLocations\": [\n                {\n                  \"fullyQualifiedName\": "
                )
                bytes.appendQuoted(path)
                bytes.append("\n                }\n              ],\n")
            }
            bytes.append("              \"physicalLocation\": {\n                \"artifactLocation\": ")
            bytes.append(artifactLocation)
            let region = LocationEncoder.region(of: finding.location.span)
            bytes.append(",\n                \"region\": {\n                  \"byteLength\": ")
            bytes.appendInteger(region.byteLength)
            bytes.append(",\n                  \"byteOffset\": ")
            bytes.appendInteger(region.byteOffset)
            bytes.append(",\n                  \"endColumn\": ")
            bytes.appendInteger(region.endColumn)
            bytes.append(",\n                  \"endLine\": ")
            bytes.appendInteger(region.endLine)
            bytes.append(",\n                  \"startColumn\": ")
            bytes.appendInteger(region.startColumn)
            bytes.append(",\n                  \"startLine\": ")
            bytes.appendInteger(region.startLine)
            bytes.append(
                "\n                }\n              }\n            }\n          ],\n          \"message\": {\n            \"text\": "
            )
            bytes.appendQuoted(finding.message)
            bytes.append("\n          },\n          \"partialFingerprints\": {\n            ")
            bytes.appendQuoted(SARIFReporter.fingerprintKey)
            bytes.append(": ")
            bytes.appendQuotedFingerprint(of: finding)
            bytes.append("\n          },\n          \"properties\": {\n            \"document\": ")
            bytes.appendInteger(finding.location.document)
            bytes.append(",\n            \"principle\": ")
            bytes.appendQuoted(principle)
            bytes.append("\n          },\n          \"ruleId\": ")
            bytes.appendQuoted(finding.ruleID)
            bytes.append(",\n          \"ruleIndex\": ")
            bytes.appendInteger(ruleIndex)
            bytes.append("\n        }")
        }

        /// `"key": value` as a member of the run object (indentation level 3).
        private static func member<Output: TextOutputStream>(
            _ key: String, _ value: JSONValue, to output: inout Output, last: Bool = false
        ) {
            output.write("      ")
            output.write(JSONValue.quoted(key))
            output.write(": ")
            value.write(to: &output, indent: 3)
            output.write(last ? "\n" : ",\n")
        }
    }

    /// A writer for one log.
    public func makeWriter(context: ReportContext) -> Writer {
        Writer(reporter: self, context: context)
    }

    /// A `reportingDescriptor` for `rule`.
    fileprivate func descriptor(_ rule: RuleMetadata, catalog: RuleCatalog) -> JSONValue {
        let principleTitle = catalog.principle(rule.principle)?.title
        var text: [String] = [rule.title]
        var markdown: [String] = ["**" + MarkdownEscaping.inline(rule.title) + "**"]
        if let rationale = rule.rationale, !rationale.isEmpty {
            text.append(rationale)
            markdown.append(MarkdownEscaping.inline(rationale))
        }
        if let help = rule.help, !help.isEmpty {
            text.append("How to fix: " + help)
            markdown.append("**How to fix:** " + MarkdownEscaping.inline(help))
        }
        if !rule.sources.isEmpty {
            text.append("Sources:\n" + rule.sources.map { "- " + $0 }.joined(separator: "\n"))
            markdown.append(
                "**Sources:**\n\n" + rule.sources.map { "- " + MarkdownEscaping.inline($0) }.joined(separator: "\n"))
        }
        if let principleTitle {
            text.append("Principle: " + principleTitle)
            markdown.append("**Principle:** " + MarkdownEscaping.inline(principleTitle))
        }
        return .object([
            "id": .string(rule.id),
            "name": .string(rule.name),
            "shortDescription": .object(["text": .string(rule.title)]),
            "fullDescription": .object(["text": .string(rule.rationale.flatMap { $0.isEmpty ? nil : $0 } ?? rule.title)]
            ),
            "help": .object([
                "text": .string(text.joined(separator: "\n\n")),
                "markdown": .string(markdown.joined(separator: "\n\n")),
            ]),
            "defaultConfiguration": .object(["level": .string(Self.level(rule.severity))]),
            "properties": .object([
                "principle": .string(rule.principle),
                "tags": .strings(rule.tags),
                "precision": .string("very-high"),
                "sources": .strings(rule.sources),
            ]),
        ])
    }

    /// The `result` object of `finding` as a value (the writer writes most results without one:
    /// `Writer.appendResult`).
    func result(_ finding: Finding, catalog: RuleCatalog, locations: LocationEncoder) -> JSONValue {
        var location = locations.physicalLocation(finding.location)
        if let path = finding.location.path {
            location["logicalLocations"] = .array([.object(["fullyQualifiedName": .string(path)])])
        }
        var result: [String: JSONValue] = [
            "ruleId": .string(finding.ruleID),
            "level": .string(Self.level(finding.severity)),
            "message": .object(["text": .string(finding.message)]),
            "locations": .array([.object(location)]),
            "partialFingerprints": .object([Self.fingerprintKey: .string(finding.fingerprint)]),
            "properties": .object([
                "document": .int(finding.location.document),
                "principle": .string(catalog.rule(finding.ruleID).principle),
            ]),
        ]
        if let ruleIndex = catalog.index(of: finding.ruleID) {
            result["ruleIndex"] = .int(ruleIndex)
        }
        if !finding.related.isEmpty {
            result["relatedLocations"] = .array(
                finding.related.enumerated().map { index, related in
                    var entry = locations.physicalLocation(related.location)
                    entry["id"] = .int(index + 1)
                    entry["message"] = .object(["text": .string(related.message)])
                    return .object(entry)
                })
        }
        if let waiver = finding.waiver {
            var properties: [String: JSONValue] = ["scope": .string(waiver.scope.rawValue)]
            if let until = waiver.until { properties["until"] = .string(until) }
            result["suppressions"] = .array([
                .object([
                    "kind": .string("inSource"),
                    "status": .string("accepted"),
                    "justification": .string(waiver.reason),
                    "location": .object(locations.physicalLocation(waiver.location)),
                    "properties": .object(properties),
                ])
            ])
        }
        return .object(result)
    }

    /// SARIF's level for a severity: `info` is a `note`.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}

/// Builds SARIF `location` objects for one run.
struct LocationEncoder {
    let workingDirectory: String
    let artifactIndex: [String: Int]

    func artifactLocation(_ path: String) -> JSONValue {
        let (uri, isRelative) = FileURI.artifact(path, workingDirectory: workingDirectory)
        var location: [String: JSONValue] = ["uri": .string(uri)]
        if isRelative { location["uriBaseId"] = .string("SRCROOT") }
        if let index = artifactIndex[path] { location["index"] = .int(index) }
        return .object(location)
    }

    /// `{"physicalLocation": {...}}`, as a dictionary so callers can add members. The region
    /// is clamped to what SARIF allows (lines and columns from 1, an end not before the start),
    /// so a malformed span cannot make the log invalid.
    func physicalLocation(_ location: Location) -> [String: JSONValue] {
        let region = Self.region(of: location.span)
        return [
            "physicalLocation": .object([
                "artifactLocation": artifactLocation(location.file),
                "region": .object([
                    "startLine": .int(region.startLine),
                    "startColumn": .int(region.startColumn),
                    "endLine": .int(region.endLine),
                    "endColumn": .int(region.endColumn),
                    "byteOffset": .int(region.byteOffset),
                    "byteLength": .int(region.byteLength),
                ]),
            ])
        ]
    }

    /// The members of a `region` for `span`, clamped to what SARIF allows (see
    /// `physicalLocation`).
    static func region(
        of span: SourceSpan
    ) -> (startLine: Int, startColumn: Int, endLine: Int, endColumn: Int, byteOffset: Int, byteLength: Int) {
        let start = span.start
        let end = span.end
        let startLine = max(start.line, 1)
        let startColumn = max(start.column, 1)
        let endLine = max(end.line, startLine)
        let endColumn = endLine == startLine ? max(end.column, startColumn) : max(end.column, 1)
        let byteOffset = max(start.offset, 0)
        return (startLine, startColumn, endLine, endColumn, byteOffset, max(end.offset - byteOffset, 0))
    }
}
