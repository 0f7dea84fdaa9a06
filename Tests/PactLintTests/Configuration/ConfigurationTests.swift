import PactLint
import Testing
import YAMLSource

/// `.pactlint.yml`: parsing, applying to a rule set, and located errors.
@Suite("Configuration")
struct ConfigurationTests {
    static let rules = """
        rules:
          - id: BAL-01
            name: budget-balance
            title: Balance
            principle: balanced
            severity: warning
            parameters: {max-control-share: 0.5, label: control}
            assert:
              share: {of: "$.lines[*]", weight: "@.amount", where: "@.area == 'border'", max: {param: max-control-share}}
            message: "{share} > {expected} ({label})"
          - id: TERM-01
            name: irregular-not-illegal
            title: Terms
            principle: comprehensive
            severity: info
            assert: {terms: {of: "$", avoid: {illegal migrant: irregular migrant}}}
            message: "{term}"
          - id: COMP-01
            name: key-areas
            title: Areas
            principle: comprehensive
            severity: warning
            assert: {exists: "$.areas"}
            message: "no areas"

        """
    static let document = "lines: [{amount: 60, area: border}, {amount: 40, area: other}]\nt: illegal migrant\n"

    func load(_ text: String) throws(RuleSetError) -> Configuration {
        try ConfigurationLoader().load(SourceFile(path: "cfg/.pactlint.yml", text: text))
    }

    func errors(_ text: String) -> String? {
        do {
            let configuration = try load(text)
            _ = try TestPack.ruleSet(Self.rules).applying(configuration)
            return nil
        } catch {
            return error.rendered()
        }
    }

    @Test func parsesEveryKey() throws {
        let configuration = try load(
            """
            rules: [extra, /abs/rules]
            default-rules: false
            severity: {TERM-01: warning, key-areas: off}
            disable: [BAL-01]
            parameters:
              BAL-01: {max-control-share: 0.4}
            include: ["**/*.yaml"]
            exclude: ["drafts/**"]
            fail-on: warning
            baseline: base.json

            """)
        #expect(configuration.ruleDirectories == ["cfg/extra", "/abs/rules"])
        #expect(configuration.defaultRules == false)
        #expect(configuration.severity.map(\.value.rule) == ["TERM-01", "key-areas"])
        #expect(configuration.severity.map(\.value.override) == [.level(.warning), .off])
        #expect(configuration.disable.map(\.value) == ["BAL-01"])
        #expect(configuration.parameters.first?.value.values.first?.value.value == .number(0.4))
        #expect(configuration.include == ["**/*.yaml"])
        #expect(configuration.exclude == ["drafts/**"])
        #expect(configuration.failOn == .severity(.warning))
        #expect(configuration.baseline == "cfg/base.json")
    }

    @Test func emptyFileIsTheDefault() throws {
        let configuration = try load("")
        #expect(configuration.defaultRules)
        #expect(configuration.failOn == nil)
    }

    @Test func appliesSeverityDisableAndParameters() throws {
        let ruleSet = try TestPack.ruleSet(Self.rules)
        let configuration = try load(
            "severity: {irregular-not-illegal: error}\ndisable: [key-areas]\nparameters: {budget-balance: {max-control-share: 0.7, label: tight}}\n"
        )
        let configured = try ruleSet.applying(configuration)
        #expect(configured.rules.map(\.id) == ["BAL-01", "TERM-01"])
        let findings = Engine(ruleSet: configured).check(file: SourceFile(path: "d.yaml", text: Self.document)).findings
        #expect(findings.map { "\($0.ruleID) \($0.severity.rawValue)" } == ["TERM-01 error"])
        let strict = try ruleSet.applying(load("parameters: {BAL-01: {max-control-share: 0.5, label: tight}}\n"))
        let balance = Engine(ruleSet: strict).check(file: SourceFile(path: "d.yaml", text: Self.document)).findings
            .filter { $0.ruleID == "BAL-01" }
        #expect(balance.map(\.message) == ["60% > 50% (tight)"])
    }

    @Test func severityOffRemovesTheRule() throws {
        let configured = try TestPack.ruleSet(Self.rules).applying(load("severity: {COMP-01: off}\n"))
        #expect(configured.rules.map(\.id) == ["BAL-01", "TERM-01"])
    }

    @Test func unknownKey() {
        #expect(
            errors("fail_on: error\n") == """
                cfg/.pactlint.yml:1:1: error: unknown key 'fail_on' in the configuration
                fail_on: error
                ^~~~~~~
                  help: did you mean 'fail-on'?
                """)
    }

    @Test func unknownRule() {
        #expect(
            errors("disable: [COMP-1]\nseverity: {budget-balanse: info}\n") == """
                cfg/.pactlint.yml:1:11: error: unknown rule 'COMP-1'
                disable: [COMP-1]
                          ^~~~~~
                  help: did you mean 'COMP-01'?
                cfg/.pactlint.yml:2:12: error: unknown rule 'budget-balanse'
                severity: {budget-balanse: info}
                           ^~~~~~~~~~~~~~
                  help: did you mean 'budget-balance'?
                """)
    }

    @Test func unknownParameterAndWrongType() {
        #expect(
            errors("parameters:\n  BAL-01: {max-control: 0.4, label: 3}\n") == """
                cfg/.pactlint.yml:2:12: error: rule BAL-01 has no parameter 'max-control'
                  BAL-01: {max-control: 0.4, label: 3}
                           ^~~~~~~~~~~
                  help: did you mean 'max-control-share'?
                cfg/.pactlint.yml:2:30: error: parameter 'label' of BAL-01 is a string, not a number
                  BAL-01: {max-control: 0.4, label: 3}
                                             ^~~~~
                """)
    }

    @Test func badSeverityAndFailOn() {
        #expect(
            errors("severity: {BAL-01: fatal}\nfail-on: sometimes\n") == """
                cfg/.pactlint.yml:1:20: error: the severity of 'BAL-01' must be one of error, warning, info, off, not 'fatal'
                severity: {BAL-01: fatal}
                                   ^~~~~
                cfg/.pactlint.yml:2:10: error: 'fail-on' must be one of error, warning, info, never, not 'sometimes'
                fail-on: sometimes
                         ^~~~~~~~~
                """)
    }
}

@Suite("Globs")
struct GlobTests {
    @Test(arguments: [
        ("*.yaml", "a.yaml", true), ("*.yaml", "deep/dir/a.yaml", true), ("*.yaml", "a.yml", false),
        ("partnerships/**/*.yaml", "partnerships/a.yaml", true),
        ("partnerships/**/*.yaml", "partnerships/x/y/a.yaml", true),
        ("partnerships/**/*.yaml", "other/a.yaml", false), ("**/drafts/**", "a/drafts/b/c.yaml", true),
        ("**/drafts/**", "drafts/c.yaml", true), ("**/drafts/**", "a/draftsx/c.yaml", false),
        ("doc?.yaml", "doc1.yaml", true), ("doc?.yaml", "doc12.yaml", false), ("./a/*.yaml", "a/b.yaml", true),
        ("a/*.yaml", "a/b/c.yaml", false),
    ])
    func matches(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(GlobPattern(pattern).matches(path) == expected)
    }

    @Test func includeAndExclude() throws {
        let configuration = try ConfigurationLoader().load(
            SourceFile(path: ".pactlint.yml", text: "include: [\"p/**/*.yaml\"]\nexclude: [\"**/drafts/**\"]\n"))
        let selection = FileDiscovery(configuration)
        #expect(selection.isSelected("p/a.yaml"))
        #expect(!selection.isSelected("p/drafts/a.yaml"))
        #expect(!selection.isSelected("q/a.yaml"))
        #expect(FileDiscovery(Configuration()).isSelected("anything.yaml"))
    }
}
