import PactLint
import Testing

@testable import PactLintReporters

/// Findings rendered ahead, on the threads that check the files, give the same document as
/// findings written as they arrive.
@Suite struct JSONFindingsRendererTests {
    /// Writes `report` as a check run streams it to a rendering sink: each file's findings
    /// rendered by the writer's renderer when it renders them, as an event when it does not.
    private func renderedAhead(_ report: Report) -> (text: String, renderedFiles: Int) {
        var writer = JSONReporter().makeWriter(context: ReportFixture.context)
        var output = ""
        var renderedFiles = 0
        report.replay { event in
            if case .file(let file, let findings) = event,
                let rendered = writer.findingsRenderer?.render(findings, path: file.path)
            {
                writer.write(file, rendered: rendered, to: &output)
                renderedFiles += 1
            } else {
                writer.write(event, to: &output)
            }
        }
        return (output, renderedFiles)
    }

    @Test func renderedAheadIsTheDocumentWrittenAsFindingsArrive() {
        let expected = JSONReporter().render(ReportFixture.report, context: ReportFixture.context)
        let ahead = renderedAhead(ReportFixture.report)
        #expect(ahead.renderedFiles == ReportFixture.report.checkedPaths.count)
        #expect(ahead.text == expected)
    }

    @Test func onlyThePortfolioRenderedAheadIsTheSameDocument() {
        // Files without findings first: the first rendered piece opens the array.
        var report = ReportFixture.report
        report.findings = report.findings.filter { !$0.isWaived }
        #expect(renderedAhead(report).text == JSONReporter().render(report, context: ReportFixture.context))
        report.findings = []
        report.portfolioFindingCount = 0
        #expect(renderedAhead(report).text == JSONReporter().render(report, context: ReportFixture.context))
    }

    @Test func eachFindingIsOnePiece() throws {
        let file = try #require(ReportFixture.report.files.first)
        let findings = ReportFixture.report.findings.filter { $0.location.file == file.path }
        #expect(!findings.isEmpty)
        var writer = JSONReporter().makeWriter(context: ReportFixture.context)
        var ignored = ""
        writer.write(.begin(ReportHeader(report: ReportFixture.report)), to: &ignored)
        let rendered = try #require(writer.findingsRenderer?.render(findings, path: file.path))
        #expect(rendered.count == findings.count)
        #expect(rendered.ends.last == rendered.byteCount)
        let text = String(decoding: rendered.bytes, as: UTF8.self)
        #expect(text.hasPrefix(",\n    {\n      \"fingerprint\": "))
        // A piece a finding, each a complete object after its comma.
        var start = 0
        for (end, finding) in zip(rendered.ends, findings) {
            let piece = String(decoding: rendered.bytes[start..<end], as: UTF8.self)
            #expect(piece.hasPrefix(",\n    {"))
            #expect(piece.hasSuffix("\n    }"))
            #expect(piece.contains(JSONValue.quoted(finding.fingerprint)))
            start = end
        }
    }

    @Test func findingsItCannotRenderAloneAreLeftToTheWriter() throws {
        var writer = JSONReporter().makeWriter(context: ReportFixture.context)
        var ignored = ""
        writer.write(.begin(ReportHeader(report: ReportFixture.report)), to: &ignored)
        let renderer = try #require(writer.findingsRenderer)
        let finding = try #require(ReportFixture.report.findings.first)
        let path = finding.location.file
        #expect(renderer.render([finding], path: path) != nil)
        #expect(renderer.render([], path: path)?.count == 0)
        // A rule the header does not list: the writer lists a stand-in made from the first
        // finding that names it, which depends on the order of the run.
        var unknown = finding
        unknown.ruleID = "NOT-LISTED"
        #expect(renderer.render([finding, unknown], path: path) == nil)
        // A finding in another file: its path may be one only findings name.
        #expect(renderer.render([finding], path: path + ".other") == nil)
        // Thousands of findings: the writer writes them in chunks instead of holding them.
        let many = Array(repeating: finding, count: JSONFindingsRenderer.largestRendering / 1024 + 1)
        #expect(renderer.render(many, path: path) == nil)
        #expect(renderer.render(Array(many.prefix(100)), path: path)?.count == 100)
    }

    @Test func findingsOfRulesWithLongOrEquivalentIdsRenderAsTheWriterWritesThem() throws {
        // The renderer finds most rules by the words of the finding's id: ids longer than a
        // small string, made apart from the listed rule's (other storage), and two listed ids
        // that spell one text composed and decomposed must still give the writer's document.
        let template = try #require(ReportFixture.report.rules.first)
        let ids = ["pactlint/a-rule-id-longer-than-fifteen", "CAF\u{C9}-1", "CAFE\u{301}-1", "SHORT-1"]
        let rules = ids.map { id -> RuleMetadata in
            var rule = template
            rule.id = id
            rule.title = "Rule " + id
            return rule
        }
        var report = ReportFixture.report
        report.rules = rules + report.rules
        let spellings = [
            String(decoding: Array(ids[0].utf8), as: UTF8.self), ids[1], ids[2],
            String(decoding: Array(ids[2].utf8), as: UTF8.self), ids[3],
        ]
        var findings: [Finding] = []
        for finding in report.findings {
            findings.append(finding)
            guard finding.location.file == ReportFixture.report.files.first?.path else { continue }
            for spelling in spellings {
                var renamed = finding
                renamed.ruleID = spelling
                findings.append(renamed)
            }
        }
        report.findings = findings
        let ahead = renderedAhead(report)
        #expect(ahead.renderedFiles == report.checkedPaths.count)
        #expect(ahead.text == JSONReporter().render(report, context: ReportFixture.context))
    }

    @Test func noRendererBeforeTheHeaderNorForOneFile() {
        var writer = JSONReporter().makeWriter(context: ReportFixture.context)
        #expect(writer.findingsRenderer == nil)
        var ignored = ""
        let header = ReportHeader(report: ReportFixture.report)
        #expect(header.paths.count > 1)
        writer.write(
            .begin(
                ReportHeader(
                    paths: Array(header.paths.prefix(1)), rules: header.rules, toolRules: header.toolRules,
                    principles: header.principles, failOn: header.failOn)), to: &ignored)
        #expect(writer.findingsRenderer == nil)
        writer = JSONReporter().makeWriter(context: ReportFixture.context)
        writer.write(.begin(header), to: &ignored)
        #expect(writer.findingsRenderer != nil)
    }
}

extension ReportHeader {
    /// The header `Report.replay` hands a writer first.
    init(report: Report) {
        var header: ReportHeader?
        report.replay { event in
            if case .begin(let first) = event, header == nil { header = first }
        }
        self = header ?? ReportHeader(paths: [], rules: [], principles: [], failOn: nil)
    }
}

/// The `rules` member written from the renderer's bytes (its level-3 objects with two spaces
/// dropped after each line break) against the rule rendered at level 2.
@Suite struct JSONListedRuleTests {
    static let hostile = RuleMetadata(
        id: "HOST-1", name: "hostile", title: "Quotes \" and \\ backslashes", principle: "none",
        severity: .info, help: "Line one\nline two\u{2028}\tTabbed — «ça»",
        rationale: "  Leading spaces\n\n  and a blank line\r\n\u{1}\u{7F}\u{85}", sources: [], tags: ["a", "\n b"])

    @Test func listedRulesAreTheRulesRenderedAtLevelTwo() {
        let rules = ReportFixture.rules + [Self.hostile]
        let renderer = JSONFindingsRenderer(
            ReportHeader(
                paths: ["a.yaml", "b.yaml"], rules: rules, principles: ReportFixture.principles, failOn: .error))
        for rule in rules {
            var listed = ByteBuffer()
            #expect(renderer.appendListedRule(rule, to: &listed))
            var rendered = ByteBuffer()
            JSONReporter.writeRule(rule, indent: 2, to: &rendered)
            #expect(listed.withUnsafeBytes { Array($0) } == rendered.withUnsafeBytes { Array($0) }, "\(rule.id)")
        }
    }

    @Test func aRuleTheRendererDidNotRenderIsLeftToTheWriter() {
        let renderer = JSONFindingsRenderer(
            ReportHeader(paths: ["a.yaml", "b.yaml"], rules: [Self.hostile], principles: [], failOn: .error))
        var changed = Self.hostile
        changed.title = "Another title"
        var other = Self.hostile
        other.id = "HOST-2"
        var bytes = ByteBuffer()
        #expect(!renderer.appendListedRule(changed, to: &bytes))
        #expect(!renderer.appendListedRule(other, to: &bytes))
        #expect(bytes.count == 0)
    }
}
