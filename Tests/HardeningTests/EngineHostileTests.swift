import Foundation
import PactLint
import Testing
import YAMLSource

/// Hostile partnership files through the full default pack, as `pactlint check` runs it.
@Suite("hostile documents through the default pack")
struct EngineHostileTests {
    static let required = [
        "the description does not say its format: add `schema: partnership/v1`",
        "the description has no id (a stable kebab-case text such as eu-alv-2025-mou)",
        "the description has no title",
        "the partner country is not named (partner.country)",
    ]

    /// Every finding points inside the file and has a message.
    static func expectLocated(
        _ findings: [Finding], in text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let file = SourceFile(path: "hostile.yaml", text: text)
        for finding in findings {
            let start = finding.location.span.start
            #expect(start.line >= 1 && start.line <= file.lineCount, "\(finding)", sourceLocation: sourceLocation)
            #expect(start.offset >= 0 && start.offset <= file.bytes.count, sourceLocation: sourceLocation)
            #expect(!finding.message.isEmpty, sourceLocation: sourceLocation)
        }
    }

    @Test(
        "a root that is not a mapping: FMT-01 reports the four required fields at the root",
        arguments: ["hello\n", "- a\n- b\n", "~\n", "{}\n", "42\n", "[[[]]]\n", "!!str mapping\n", "--- |\n  text\n"])
    func rootNotAMapping(_ text: String) {
        let (findings, elapsed) = Hostile.check(text)
        #expect(elapsed < Hostile.timeBudget)
        Self.expectLocated(findings, in: text)
        let required = findings.filter { $0.ruleID == "FMT-01" }
        #expect(required.map(\.message) == Self.required)
        // At the root node: 1:1, or after the document marker.
        let root = (try? YAMLLoader().load(SourceFile(path: "hostile.yaml", text: text)))?.documents.first?.root
        #expect(required.allSatisfy { $0.location.span.start == root?.span.start })
        #expect(!findings.contains { $0.ruleID == Engine.yamlSyntaxRuleID })
    }

    @Test("an empty, blank or comment-only file has no document: one pactlint/no-document warning says so")
    func emptyFile() {
        let cases = [
            ("", "the file is empty: it holds no YAML document, so no rule ran on it"),
            (
                "# only a comment\n",
                "the file holds no YAML document (only blank lines or comments), so no rule ran on it"
            ),
            ("\n\n", "the file holds no YAML document (only blank lines or comments), so no rule ran on it"),
            ("\u{FEFF}", "the file holds no YAML document (only blank lines or comments), so no rule ran on it"),
        ]
        for (text, message) in cases {
            let result = Hostile.defaultEngine.check(file: SourceFile(path: "empty.yaml", text: text))
            #expect(result.documents.isEmpty)
            #expect(!result.failedToLoad)
            #expect(result.findings.map(\.ruleID) == [Engine.noDocumentRuleID], "\(text.debugDescription)")
            let finding = result.findings.first
            #expect(finding?.severity == .warning)
            #expect(finding?.message == message)
            #expect(finding?.location.span.start == SourcePosition(offset: 0, line: 1, column: 1))
        }
        // A document with nothing in it is a document: the rules run on its null root.
        let null = Hostile.defaultEngine.check(file: SourceFile(path: "null.yaml", text: "---\n"))
        #expect(null.documents.count == 1)
        #expect(!null.findings.contains { $0.ruleID == Engine.noDocumentRuleID })
        #expect(null.findings.contains { $0.ruleID == "FMT-01" })
    }

    @Test("a file that fails to load is one pactlint/yaml-syntax finding at the error's position")
    func syntaxFinding() {
        let cases: [(bytes: [UInt8], line: Int, column: Int)] = [
            (Array("a: [\n".utf8), 2, 1), (Array("a: 1\nb: \u{0}\n".utf8), 2, 4), ([0x89, 0x50, 0x4E, 0x47], 1, 1),
            (Array(("x: &a [" + String(repeating: "*a,", count: 1) + "]\n").utf8), 1, 8),
        ]
        for (bytes, line, column) in cases {
            let result = Hostile.defaultEngine.check(file: SourceFile(path: "bad.yaml", bytes: bytes))
            #expect(result.failedToLoad)
            #expect(result.findings.map(\.ruleID) == [Engine.yamlSyntaxRuleID])
            #expect(result.findings.first?.location.span.start.line == line)
            #expect(result.findings.first?.location.span.start.column == column)
        }
    }

    /// The top-level sections of partnership/v1.
    static let sections = [
        "partner", "routes", "agreement", "policy_frame", "context", "pillars", "actions", "commitments",
        "legal_pathways", "readmission", "conditionality", "budget", "agencies", "international_partners",
        "team_europe", "safeguards", "monitoring", "benefits", "partner_positions", "assessments", "unknowns",
        "sources",
    ]

    @Test(
        "every section with a value of the wrong type: checked without a crash, findings located",
        arguments: sections, ["\"text\"", "42", "true", "[1, [2]]", "{x: {y: 1}}", "!!null", "''"])
    func wrongTypes(_ section: String, _ value: String) {
        var text = "schema: partnership/v1\nid: eu-x-2025\ntitle: T\n"
        if section != "partner" { text += "partner: {country: C}\n" }
        text += "\(section): \(value)\n"
        let line = text.split(separator: "\n").count
        let (findings, elapsed) = Hostile.check(text)
        #expect(elapsed < Hostile.timeBudget)
        Self.expectLocated(findings, in: text)
        #expect(!findings.contains { $0.ruleID == Engine.yamlSyntaxRuleID })
        // Every section is type-checked by the format rules (FMT-01/FMT-03 for `partner` and
        // `routes`, FMT-11 for the others' shape, FMT-10 for a group's unknown keys, FMT-11/12
        // for entries of a list): any value but `~` of the wrong type is reported on its line.
        if value != "!!null" {
            #expect(
                findings.contains { $0.ruleID.hasPrefix("FMT-") && $0.location.span.start.line == line },
                "\(section): \(value)")
        }
        if section == "partner" {
            #expect(findings.contains { $0.ruleID == "FMT-01" && $0.location.span.start.line == line })
        }
    }

    @Test("a large document: 2,000 actions through every rule in time")
    func manyActions() {
        var text = "schema: partnership/v1\nid: eu-x-2025\ntitle: T\npartner: {country: C, roles: [origin]}\nactions:\n"
        for index in 0..<2_000 {
            text += "  - {id: a\(index), title: Action \(index), area: return-readmission, activities: [training]}\n"
        }
        let (findings, elapsed) = Hostile.check(text)
        #expect(elapsed < Hostile.timeBudget, "took \(elapsed)")
        Self.expectLocated(findings, in: text)
    }

    @Test("a 1 MB free-text field through the terminology and similarity rules in time")
    func hugeText() {
        let words = ["migration", "partnership", "illegal", "return", "border", "protection", "the", "of"]
        var summary = ""
        summary.reserveCapacity(1_100_000)
        var index = 0
        while summary.utf8.count < 1_000_000 {
            summary += words[index % words.count] + (index % 17 == 0 ? ". " : " ")
            index += 1
        }
        let text =
            "schema: partnership/v1\nid: eu-x-2025\ntitle: T\npartner: {country: C}\ncontext:\n  summary: \"\(summary)\"\n"
        let (findings, elapsed) = Hostile.check(text)
        #expect(elapsed < Hostile.timeBudget, "took \(elapsed)")
        Self.expectLocated(findings, in: text)
    }

    @Test("nesting at the depth limit through every rule")
    func deepDocument() {
        let text =
            "schema: partnership/v1\nid: eu-x-2025\ntitle: T\npartner: {country: C}\ncontext: "
            + String(repeating: "[", count: 255) + String(repeating: "]", count: 255) + "\n"
        let (findings, elapsed) = Hostile.check(text)
        #expect(elapsed < Hostile.timeBudget)
        Self.expectLocated(findings, in: text)
    }

    @Test("a stream of 300 documents, with the portfolio rules over all of them")
    func manyDocuments() {
        var text = ""
        for index in 0..<300 {
            text +=
                "---\nschema: partnership/v1\nid: eu-x-\(index)\ntitle: Partnership \(index)\npartner: {country: C\(index % 7)}\ncontext: {summary: the same words in every document of this stream \(index % 3)}\n"
        }
        let (findings, elapsed) = Hostile.check(text)
        #expect(elapsed < Hostile.timeBudget, "took \(elapsed)")
        Self.expectLocated(findings, in: text)
    }
}
