import Foundation
import PactLint
import YAMLSource

/// Builds in-memory packs and runs them, for tests.
enum TestPack {
    static let packYAML = "name: test\nversion: 1.0.0\n"
    static let principlesYAML = """
        principles:
          - {id: comprehensive, title: Comprehensive, description: All areas together.}
          - {id: balanced, title: Balanced, description: Control balanced by protection.}

        """

    /// Loads one rule file (plus pack and principles files) from memory.
    static func ruleSet(_ rules: String, file: String = "rules.yaml") throws(RuleSetError) -> RuleSet {
        try RulePackLoader().load(packs: [
            RulePackSource(
                directory: "pack",
                texts: [("pack.yaml", packYAML), ("principles.yaml", principlesYAML), (file, rules)])
        ])
    }

    /// The rendered errors of loading `rules`, or `nil` if it loads.
    static func errors(_ rules: String, file: String = "rules.yaml") -> String? {
        do {
            _ = try ruleSet(rules, file: file)
            return nil
        } catch {
            return error.rendered()
        }
    }

    /// The findings of `rules` on `document`.
    static func findings(_ rules: String, _ document: String, path: String = "doc.yaml") throws -> [Finding] {
        let engine = Engine(ruleSet: try ruleSet(rules))
        return engine.check(file: SourceFile(path: path, text: document)).findings
    }

    /// A rule with one `assert`, wrapped in a rule file.
    static func rule(
        assert: String, message: String = "failed", given: String? = nil, extra: String = ""
    ) -> String {
        var text = """
            rules:
              - id: T-01
                name: test-rule
                title: Test rule
                principle: comprehensive
                severity: warning

            """
        if let given { text += "    given: \"\(given)\"\n" }
        text += "    assert:\n"
        for line in assert.split(separator: "\n", omittingEmptySubsequences: false) {
            text += "      " + line + "\n"
        }
        text += "    message: \"\(message)\"\n"
        text += extra
        return text
    }

    /// `line:column message` of each finding, for compact expectations.
    static func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.location.span.start.line):\($0.location.span.start.column) \($0.message)" }
    }

    /// The example pack's directory inside the test bundle.
    static var examplePackDirectory: String {
        Bundle.module.url(forResource: "ExamplePack", withExtension: nil, subdirectory: "Resources")?.path
            ?? (Bundle.module.resourcePath ?? ".") + "/Resources/ExamplePack"
    }
}
