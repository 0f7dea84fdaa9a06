import Foundation
import PactLint
import Testing
import YAMLSource

/// Every YAML example of `docs/rule-language.md` loads: whole rule files and rules as they
/// are, condition and field fragments inside a minimal rule, the configuration example with
/// the configuration loader, and the fixture example through the self-test runner.
@Suite("docs/rule-language.md examples")
struct RuleLanguageDocTests {
    static let docPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/rule-language.md").path

    static let principles = """
        principles:
          - {id: comprehensive, title: C, description: D}
          - {id: balanced, title: B, description: D}
          - {id: whole-of-route, title: W, description: D}
          - {id: tailor-made, title: T, description: D}

        """

    /// The YAML code blocks of the document, with the line each starts on.
    static func blocks() -> [(line: Int, text: String)] {
        guard let text = try? String(contentsOfFile: docPath, encoding: .utf8) else { return [] }
        var blocks: [(Int, String)] = []
        var current: [String]?
        var start = 0
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if current == nil, line == "```yaml" {
                current = []
                start = index + 2
            } else if current != nil, line == "```" {
                blocks.append((start, (current ?? []).joined(separator: "\n") + "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// A rule file for a block: as it is, or a fragment wrapped in a minimal rule.
    static func ruleFile(for block: String) -> String? {
        let first = block.split(separator: "\n").first.map(String.init) ?? ""
        if first.hasPrefix("rules:") { return first.hasPrefix("rules: [") ? nil : block }
        if first.hasPrefix("- id:") {
            return "rules:\n"
                + block.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
                .joined(separator: "\n")
        }
        let keys = ["assert:", "when:", "given:", "checks:", "parameters:", "scope:", "severity:"]
        guard keys.contains(where: { first.hasPrefix($0) }) else { return nil }
        var body = block
        if !block.contains("\nmessage:") && !block.hasPrefix("message:") && !block.contains("checks:") {
            body += "message: \"failed\"\n"
        }
        if !block.contains("assert:") && !block.contains("checks:") { body += "assert: {exists: \"$\"}\n" }
        if !block.contains("parameters:") && block.contains("{param: max-control-share}") {
            body += "parameters: {max-control-share: 0.5}\n"
        }
        if !block.contains("parameters:") && block.contains("{param: max-similarity}") {
            body += "parameters: {max-similarity: 0.8}\n"
        }
        if !block.contains("parameters:") && block.contains("{param: min-pillars}") {
            body += "parameters: {min-pillars: 2}\n"
        }
        var head = "id: DOC-01\nname: doc-example\ntitle: Doc example\nprinciple: comprehensive\n"
        if !block.contains("\nseverity:") && !first.hasPrefix("severity:") { head += "severity: warning\n" }
        let rule = head + body
        return "rules:\n"
            + rule.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                ($0.offset == 0 ? "  - " : "    ") + $0.element
            }.joined(separator: "\n")
    }

    @Test func everyRuleExampleLoads() throws {
        let blocks = Self.blocks()
        #expect(blocks.count >= 25)
        var loaded = 0
        for block in blocks {
            guard let file = Self.ruleFile(for: block.text) else { continue }
            do {
                _ = try RulePackLoader().load(packs: [
                    RulePackSource(
                        directory: "doc",
                        texts: [
                            ("pack.yaml", "name: doc\nversion: '1'\n"), ("principles.yaml", Self.principles),
                            ("rules.yaml", file),
                        ])
                ])
                loaded += 1
            } catch {
                Issue.record("docs/rule-language.md:\(block.line): example does not load:\n\(error.rendered())")
            }
        }
        #expect(loaded >= 20)
    }

    @Test func packPrinciplesAndConfigurationExamplesLoad() throws {
        let blocks = Self.blocks().map(\.text)
        let pack = try #require(blocks.first { $0.hasPrefix("name:") })
        let principles = try #require(blocks.first { $0.hasPrefix("principles:") })
        _ = try RulePackLoader().load(packs: [
            RulePackSource(directory: "p", texts: [("pack.yaml", pack), ("principles.yaml", principles)])
        ])
        let configuration = try #require(blocks.first { $0.hasPrefix("rules: [") })
        let loaded = try ConfigurationLoader().load(SourceFile(path: ".pactlint.yml", text: configuration))
        #expect(loaded.parameters.first?.value.rule == "BAL-01")
    }

    @Test func fixtureExampleRunsGreenWithTheSubjectExample() throws {
        let blocks = Self.blocks().map(\.text)
        let fixture = try #require(blocks.first { $0.hasPrefix("schema: partnership/v1") })
        let subjectRule = try #require(
            blocks.first { $0.hasPrefix("given: \"$.actions[?@.area == 'border-management']\"") })
        let file = try #require(Self.ruleFile(for: subjectRule)).replacingOccurrences(of: "DOC-01", with: "PROT-04")
        let ruleSet = try RulePackLoader().load(packs: [
            RulePackSource(
                directory: "doc",
                texts: [
                    ("pack.yaml", "name: doc\nversion: '1'\n"), ("principles.yaml", Self.principles), ("r.yaml", file),
                ])
        ])
        let report = RuleTestRunner(ruleSet: ruleSet).run(fixtures: [
            RuleFixture(ruleID: "PROT-04", file: SourceFile(path: "fixtures/PROT-04/fail.yaml", text: fixture))
        ])
        let passed = report.passed
        #expect(passed, Comment(rawValue: report.rendered()))
        #expect(report.matched == 2)
    }
}
