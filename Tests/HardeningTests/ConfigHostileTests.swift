import PactLint
import Testing
import YAMLSource

/// Malformed `.pactlint.yml` beyond PactLintTests' configuration cases: every key with a value
/// of the wrong shape, hostile YAML, several documents, keys that are not names.
@Suite("hostile configuration files")
struct ConfigHostileTests {
    static func errors(_ text: String) -> String? {
        do {
            _ = try ConfigurationLoader().load(SourceFile(path: "cfg/.pactlint.yml", text: text))
            return nil
        } catch {
            #expect(error.diagnostics.allSatisfy { $0.span.start.line >= 1 && $0.span.start.column >= 1 })
            return error.rendered()
        }
    }

    @Test(
        "every key with a value of the wrong shape",
        arguments: [
            ("- rules\n", "cfg/.pactlint.yml:1:1: error: the configuration must be a mapping, not a list"),
            ("strict\n", "cfg/.pactlint.yml:1:1: error: the configuration must be a mapping, not the string 'strict'"),
            ("rules: Rules\n", "cfg/.pactlint.yml:1:8: error: 'rules' must be a list, not the string 'Rules'"),
            (
                "rules: [1, 2]\n",
                "cfg/.pactlint.yml:1:9: error: each entry of 'rules' must be a string, not the number 1"
            ),
            (
                "default-rules: yes\n",
                "cfg/.pactlint.yml:1:16: error: 'default-rules' must be true or false, not the string 'yes'"
            ),
            (
                "severity: [BAL-01]\n",
                "cfg/.pactlint.yml:1:11: error: 'severity' must be a mapping of rule ids to error, warning, info or off"
            ),
            (
                "severity: {BAL-01: }\n",
                "cfg/.pactlint.yml:1:20: error: the severity of 'BAL-01' must be a string, not null"
            ),
            ("disable: BAL-01\n", "cfg/.pactlint.yml:1:10: error: 'disable' must be a list, not the string 'BAL-01'"),
            (
                "disable: [[BAL-01]]\n",
                "cfg/.pactlint.yml:1:11: error: each entry of 'disable' must be a string, not a list"
            ),
            (
                "parameters: [a]\n",
                "cfg/.pactlint.yml:1:13: error: 'parameters' must be a mapping of rule ids to {name: value}"
            ),
            (
                "parameters: {BAL-01: 0.5}\n",
                "cfg/.pactlint.yml:1:22: error: the parameters of 'BAL-01' must be a mapping of names to values"
            ),
            (
                "parameters: {BAL-01: {max-control-share: {a: 1}}}\n",
                "cfg/.pactlint.yml:1:42: error: a parameter value is a number, a string, a boolean or a list of them"
            ),
            ("include: '*.yaml'\n", "cfg/.pactlint.yml:1:10: error: 'include' must be a list, not the string '*.yaml'"),
            (
                "exclude: [1]\n",
                "cfg/.pactlint.yml:1:11: error: each entry of 'exclude' must be a string, not the number 1"
            ),
            ("fail-on: [error]\n", "cfg/.pactlint.yml:1:10: error: 'fail-on' must be a string, not a list"),
            ("baseline:\n", "cfg/.pactlint.yml:1:10: error: 'baseline' must be a string, not null"),
            ("fail-on: [error\n", "cfg/.pactlint.yml:2:1: error: did not find expected ',' or ']'"),
            ("\u{0}\u{1}", "cfg/.pactlint.yml:1:1: error: control characters are not allowed (U+0000)"),
            ("fail-on: error\nfail-on: never\n", "cfg/.pactlint.yml:2:1: error: duplicate key 'fail-on' in a mapping"),
            (
                "a: &x error\nfail-on: *x\n",
                "cfg/.pactlint.yml:1:1: error: unknown key 'a' in the configuration"
            ),
            (
                "severity: " + String(repeating: "{a: ", count: 300),
                "cfg/.pactlint.yml:1:1031: error: collections nest deeper than 256 levels"
            ),
        ] as [(String, String)])
    func wrongShapes(_ text: String, _ headline: String) {
        #expect(Hostile.firstLine(Self.errors(text)) == headline)
    }

    // Regression: a second document was ignored silently, so its settings never applied.
    @Test("a configuration with two documents is refused at the second")
    func twoDocuments() {
        #expect(
            Self.errors("fail-on: error\n---\nfail-on: never\n") == """
                cfg/.pactlint.yml:2:1: error: the configuration holds 2 YAML documents
                ---
                ^
                  help: put every setting in one document: remove the '---' line
                """)
    }

    // Regression: a key that is not a name (a list, a mapping) was skipped without a word.
    @Test("keys of severity and parameters that are not rule names are located errors")
    func nonScalarKeys() {
        #expect(
            Self.errors("severity: {[a]: error}\n") == """
                cfg/.pactlint.yml:1:12: error: keys of 'severity' must be rule ids or names
                severity: {[a]: error}
                           ^~~
                """)
        #expect(
            Self.errors("parameters:\n  ? {a: 1}\n  : {x: 1}\n") == """
                cfg/.pactlint.yml:2:5: error: keys of 'parameters' must be rule ids or names
                  ? {a: 1}
                    ^~~~~~
                """)
        #expect(
            Self.errors("parameters: {BAL-01: {[p]: 1}}\n") == """
                cfg/.pactlint.yml:1:23: error: parameter names of 'BAL-01' must be plain names
                parameters: {BAL-01: {[p]: 1}}
                                      ^~~
                """)
    }
}
