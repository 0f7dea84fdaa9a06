import PactLint
import Testing
import YAMLSource

/// Malformed rule files: each kind of mistake gives a located, compiler-style error, tested
/// as its full rendering.
@Suite("Rule loading errors")
struct RuleLoadingErrorTests {
    /// A valid rule's head; cases append or replace lines.
    static let head = """
        rules:
          - id: COMP-01
            name: key-areas
            title: Key areas
            principle: comprehensive
            severity: warning

        """

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var rules: String
        var rendering: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown key with suggestion",
            rules: head + "    asert: {exists: \"$.a\"}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:5: error: unknown key 'asert' in a rule
                    asert: {exists: "$.a"}
                    ^~~~~
                  help: did you mean 'assert'?
                """),
        Case(
            name: "missing required field",
            rules: """
                rules:
                  - id: COMP-01
                    name: key-areas
                    principle: comprehensive
                    severity: warning
                    assert: {exists: "$.a"}
                    message: m

                """,
            rendering: """
                pack/rules.yaml:2:5: error: rule 'COMP-01' is missing the required field 'title'
                  - id: COMP-01
                    ^
                """),
        Case(
            name: "bad severity",
            rules: head.replacingOccurrences(of: "severity: warning", with: "severity: fatal")
                + "    assert: {exists: \"$.a\"}\n    message: m\n",
            rendering: """
                pack/rules.yaml:6:15: error: 'severity' must be one of error, warning, info, not 'fatal'
                    severity: fatal
                              ^~~~~
                """),
        Case(
            name: "duplicate id in the same file",
            rules: head + "    assert: {exists: \"$.a\"}\n    message: m\n"
                + """
                  - id: COMP-01
                    name: other-name
                    title: t
                    principle: comprehensive
                    severity: warning
                    assert: {exists: "$.a"}
                    message: m

                """,
            rendering: """
                pack/rules.yaml:9:9: error: duplicate rule id 'COMP-01'
                  - id: COMP-01
                        ^~~~~~~
                  help: rule ids and names are unique across every loaded pack
                  note: first used as a rule id at pack/rules.yaml:2:9
                """),
        Case(
            name: "invalid JSONPath points inside the string",
            rules: head + "    assert: {exists: \"$.actions[?@.area == ]\"}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:44: error: invalid JSONPath in 'exists': expected a literal, a singular query or a function call after '=='
                    assert: {exists: "$.actions[?@.area == ]"}
                                                           ^
                """),
        Case(
            name: "invalid JSONPath in a single-quoted string with '' escapes",
            rules: head + "    assert: {exists: '$.a[?@.b == ''x'' &&]'}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:43: error: invalid JSONPath in 'exists': expected a test or a comparison: a query ('@...' or '$...'), a literal, a function call, '!' or '('
                    assert: {exists: '$.a[?@.b == ''x'' &&]'}
                                                          ^
                """),
        Case(
            name: "invalid JSONPath: the caret lands on a YAML escape after another escape",
            rules: head + "    assert: {exists: \"$['\\u00e9\\t', ]\"}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:32: error: invalid JSONPath in 'exists': control character U+9 must be escaped in a string (e.g. \\n, \\t or \\u00XX)
                    assert: {exists: "$['\\u00e9\\t', ]"}
                                               ^~
                """),
        Case(
            name: "invalid regex",
            rules: head + "    assert:\n      matches: {of: \"$.a\", regex: 'ab(c'}\n    message: m\n",
            rendering: """
                pack/rules.yaml:8:38: error: invalid regular expression in 'regex': expected ')' to close the group opened here
                      matches: {of: "$.a", regex: 'ab(c'}
                                                     ^
                  help: regular expressions are I-Regexp (RFC 9485): no anchors, no \\d, no back-references
                """),
        Case(
            name: "invalid regex inside a query's match()",
            rules: head + "    assert: {exists: \"$[?match(@.a, 'x{2')]\"}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:41: error: invalid regular expression in 'exists': invalid I-Regexp pattern: expected '}' to close the repetition count
                    assert: {exists: "$[?match(@.a, 'x{2')]"}
                                                        ^
                  help: regular expressions are I-Regexp (RFC 9485): no anchors, no \\d, no back-references
                """),
        Case(
            name: "unknown principle",
            rules: head.replacingOccurrences(of: "principle: comprehensive", with: "principle: comprehensiv")
                + "    assert: {exists: \"$.a\"}\n    message: m\n",
            rendering: """
                pack/rules.yaml:5:16: error: unknown principle 'comprehensiv'
                    principle: comprehensiv
                               ^~~~~~~~~~~~
                  help: did you mean 'comprehensive'?
                """),
        Case(
            name: "unknown condition",
            rules: head + "    assert: {exist: \"$.a\"}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:14: error: unknown condition 'exist'
                    assert: {exist: "$.a"}
                             ^~~~~
                  help: did you mean 'exists'?
                """),
        Case(
            name: "condition with two keys",
            rules: head + "    assert: {exists: \"$.a\", absent: \"$.b\"}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:13: error: a condition has exactly one key, found 2: exists, absent
                    assert: {exists: "$.a", absent: "$.b"}
                            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
                  help: combine conditions with 'all: [...]' or 'any: [...]'
                """),
        Case(
            name: "condition without a bound",
            rules: head + "    assert: {count: {of: \"$.a\"}}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:21: error: 'count' needs a bound: 'min' or 'max'
                    assert: {count: {of: "$.a"}}
                                    ^~~~~~~~~~~
                """),
        Case(
            name: "condition of the wrong shape",
            rules: head + "    assert: {covers: \"$.a\"}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:22: error: 'covers' takes a mapping {of, values, min}, not the string '$.a'
                    assert: {covers: "$.a"}
                                     ^~~~~
                """),
        Case(
            name: "undeclared parameter",
            rules: head + "    assert: {count: {of: \"$.a\", min: {param: min-n}}}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:46: error: 'min-n' is not a parameter of this rule
                    assert: {count: {of: "$.a", min: {param: min-n}}}
                                                             ^~~~~
                  help: declare it under 'parameters:' with a default value
                """),
        Case(
            name: "misspelt parameter",
            rules: head + "    parameters: {min-pillars: 2}\n"
                + "    assert: {count: {of: \"$.a\", min: {param: min-pilars}}}\n    message: m\n",
            rendering: """
                pack/rules.yaml:8:46: error: 'min-pilars' is not a parameter of this rule
                    assert: {count: {of: "$.a", min: {param: min-pilars}}}
                                                             ^~~~~~~~~~
                  help: did you mean 'min-pillars'?
                """),
        Case(
            name: "unknown placeholder in message",
            rules: head + "    assert: {covers: {of: \"$.a\", values: [x]}}\n    message: \"missing {mising}\"\n",
            rendering: """
                pack/rules.yaml:8:23: error: unknown placeholder '{mising}' in message
                    message: "missing {mising}"
                                      ^
                  help: values here: count, expected, field, missing; or a query such as {@.id}
                """),
        Case(
            name: "unclosed placeholder",
            rules: head + "    assert: {exists: \"$.a\"}\n    message: \"{$.a[}\"\n",
            rendering: """
                pack/rules.yaml:8:15: error: unclosed '{' in message
                    message: "{$.a[}"
                              ^
                  help: close the placeholder with '}', or write '{{' for a literal brace
                """),
        Case(
            name: "invalid query in a message placeholder",
            rules: head + "    assert: {exists: \"$.a\"}\n    message: \"country {$.partner..} missing\"\n",
            rendering: """
                pack/rules.yaml:8:35: error: invalid JSONPath in message placeholder: expected a member name, '*' or '[' after '..'
                    message: "country {$.partner..} missing"
                                                  ^
                """),
        Case(
            name: "assert without message",
            rules: head + "    assert: {exists: \"$.a\"}\n",
            rendering: """
                pack/rules.yaml:2:5: error: rule 'COMP-01' has 'assert' but no 'message'
                  - id: COMP-01
                    ^
                  help: add 'message:' saying what is wrong when the assertion fails
                """),
        Case(
            name: "both assert and checks",
            rules: head + "    assert: {exists: \"$.a\"}\n    checks: []\n    message: m\n",
            rendering: """
                pack/rules.yaml:8:5: error: rule 'COMP-01' has both 'assert' and 'checks'
                    checks: []
                    ^~~~~~
                  help: use 'assert' + 'message' for one outcome, or 'checks' for several
                """),
        Case(
            name: "neither assert nor checks",
            rules: head + "    message: m\n",
            rendering: """
                pack/rules.yaml:2:5: error: rule 'COMP-01' has neither 'assert' nor 'checks'
                  - id: COMP-01
                    ^
                  help: add 'assert:' (a condition) and 'message:', or a list of 'checks:'
                """),
        Case(
            name: "query that does not start with $ or @",
            rules: head + "    assert: {exists: \"partner.country\"}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:22: error: 'exists' must be a JSONPath query starting with '$' (the document) or '@' (the subject)
                    assert: {exists: "partner.country"}
                                     ^~~~~~~~~~~~~~~~~
                  help: e.g. "$.partner.roles"
                """),
        Case(
            name: "bad id and name",
            rules: head.replacingOccurrences(of: "id: COMP-01", with: "id: comp1")
                .replacingOccurrences(of: "name: key-areas", with: "name: Key_Areas")
                + "    assert: {exists: \"$.a\"}\n    message: m\n",
            rendering: """
                pack/rules.yaml:2:9: error: rule id 'comp1' is not of the form PREFIX-NN
                  - id: comp1
                        ^~~~~
                  help: use upper-case letters, digits and '-', e.g. COMP-03
                pack/rules.yaml:3:11: error: rule name 'Key_Areas' is not a kebab-case slug
                    name: Key_Areas
                          ^~~~~~~~~
                  help: use lower-case words joined by '-', e.g. return-needs-reintegration
                """),
        Case(
            name: "share bound outside 0..1",
            rules: head + "    assert:\n      share: {of: \"$.a\", where: \"@.x == 1\", max: 1.5}\n    message: m\n",
            rendering: """
                pack/rules.yaml:8:50: error: 'max' must be a fraction between 0 and 1, not 1.5
                      share: {of: "$.a", where: "@.x == 1", max: 1.5}
                                                                 ^~~
                """),
        Case(
            name: "invalid filter expression",
            rules: head + "    assert: {expr: \"@.a >\"}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:26: error: invalid expression in 'expr': expected a literal, a singular query or a function call after '>'
                    assert: {expr: "@.a >"}
                                         ^
                """),
        Case(
            name: "message that YAML reads as a mapping",
            rules: head + "    assert: {exists: \"$.a\"}\n    message: {count}\n",
            rendering: """
                pack/rules.yaml:8:14: error: 'message' must be a string, not a mapping
                    message: {count}
                             ^~~~~~~
                  help: quote the text: a value that starts with '{' is read as a YAML mapping
                """),
        Case(
            name: "YAML syntax error in a rule file",
            rules: head + "    assert: {exists: \"$.a\"}\n    message: m\n   bad: [\n",
            rendering: """
                pack/rules.yaml:9:4: error: did not find expected '-' indicator
                   bad: [
                   ^
                  help: the items of a block sequence start with '- ' in the same column
                  note: while parsing a block collection that starts at line 2, column 3
                """),
        Case(
            name: "unknown key in a check",
            rules: head + "    checks:\n      - assert: {exists: \"$.a\"}\n        mesage: m\n",
            rendering: """
                pack/rules.yaml:9:9: error: unknown key 'mesage' in a check
                        mesage: m
                        ^~~~~~
                  help: did you mean 'message'?
                pack/rules.yaml:8:9: error: a check is missing the required field 'message'
                      - assert: {exists: "$.a"}
                        ^
                """),
        Case(
            name: "bad type name",
            rules: head + "    assert: {type: {of: \"$.a\", is: datetime}}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:36: error: 'is' must be one of string, number, integer, boolean, null, date, list, map, not 'datetime'
                    assert: {type: {of: "$.a", is: datetime}}
                                                   ^~~~~~~~
                  help: did you mean 'date'?
                """),
        Case(
            name: "keys without allowed",
            rules: head + "    assert: {keys: {of: \"$.partner\", allow: [country]}}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:38: error: unknown key 'allow' in 'keys'
                    assert: {keys: {of: "$.partner", allow: [country]}}
                                                     ^~~~~
                  help: did you mean 'allowed'?
                pack/rules.yaml:7:20: error: 'keys' is missing the required field 'allowed'
                    assert: {keys: {of: "$.partner", allow: [country]}}
                                   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
                """),
        Case(
            name: "keys with a non-name entry and a repeated name",
            rules: head
                + "    assert: {keys: {of: \"$.partner\", allowed: [country, [iso3], country]}}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:57: error: each entry of 'allowed' must be a key name, not a list
                    assert: {keys: {of: "$.partner", allowed: [country, [iso3], country]}}
                                                                        ^~~~~~
                pack/rules.yaml:7:65: error: 'country' is listed twice in 'allowed'
                    assert: {keys: {of: "$.partner", allowed: [country, [iso3], country]}}
                                                                                ^~~~~~~
                  help: remove the repeated name
                """),
        Case(
            name: "keys as a list, stated as a mapping",
            rules: head + "    assert: {all: [{keys: [country]}, {stated: {of: \"$.a\"}}]}\n    message: m\n",
            rendering: """
                pack/rules.yaml:7:27: error: 'keys' takes a mapping {of, allowed}, not a list
                    assert: {all: [{keys: [country]}, {stated: {of: "$.a"}}]}
                                          ^~~~~~~~~
                pack/rules.yaml:7:48: error: 'stated' must be a string, not a mapping
                    assert: {all: [{keys: [country]}, {stated: {of: "$.a"}}]}
                                                               ^~~~~~~~~~~
                  help: quote the text: a value that starts with '{' is read as a YAML mapping
                """),
    ]

    @Test("rendering", arguments: cases)
    func rendering(_ testCase: Case) {
        #expect(TestPack.errors(testCase.rules) == testCase.rendering)
    }

    @Test("all errors of all files are reported together, and the rule set is refused")
    func collectsEveryError() {
        let rules =
            Self.head + "    asert: {exists: \"$.a\"}\n    message: m\n"
            + "  - id: BAL-01\n    name: b\n    title: t\n    principle: nowhere\n    severity: info\n"
            + "    assert: {exists: \"$\"}\n    message: m\n"
        let rendered = TestPack.errors(rules) ?? ""
        #expect(rendered.components(separatedBy: ": error: ").count - 1 == 2)
        #expect(rendered.contains("unknown key 'asert'"))
        #expect(rendered.contains("unknown principle 'nowhere'"))
    }

    @Test("duplicate ids across packs name the first pack's file")
    func duplicateAcrossPacks() {
        let rule = Self.head + "    assert: {exists: \"$.a\"}\n    message: m\n"
        let first = RulePackSource(
            directory: "one",
            texts: [("pack.yaml", TestPack.packYAML), ("principles.yaml", TestPack.principlesYAML), ("a.yaml", rule)])
        let second = RulePackSource(
            directory: "two",
            texts: [
                ("pack.yaml", "name: two\nversion: '1'\n"),
                ("b.yaml", rule.replacingOccurrences(of: "key-areas", with: "other-areas")),
            ])
        do {
            _ = try RulePackLoader().load(packs: [first, second])
            Issue.record("expected a duplicate-id error")
        } catch {
            #expect(
                error.rendered() == """
                    two/b.yaml:2:9: error: duplicate rule id 'COMP-01'
                      - id: COMP-01
                            ^~~~~~~
                      help: rule ids and names are unique across every loaded pack
                      note: first used as a rule id at one/a.yaml:2:9
                    """)
        }
    }

    @Test("a pack without pack.yaml and a duplicate principle")
    func packFiles() {
        let principles = "principles:\n  - {id: comprehensive, title: C, description: D}\n"
        let first = RulePackSource(
            directory: "one", texts: [("pack.yaml", TestPack.packYAML), ("principles.yaml", principles)])
        let second = RulePackSource(directory: "two", texts: [("principles.yaml", principles)])
        do {
            _ = try RulePackLoader().load(packs: [first, second])
            Issue.record("expected errors")
        } catch {
            #expect(
                error.rendered() == """
                    two:1:1: error: the rule pack 'two' has no pack.yaml
                      help: add pack.yaml with 'name:' and 'version:'
                    two/principles.yaml:2:10: error: duplicate principle id 'comprehensive'
                      - {id: comprehensive, title: C, description: D}
                             ^~~~~~~~~~~~~
                      note: first declared at one/principles.yaml:2:10
                    """)
        }
    }

    @Test("a query error column counts Unicode scalars, not bytes")
    func unicodeColumn() {
        let rules =
            Self.head.replacingOccurrences(of: "title: Key areas", with: "title: Schlüsselbereiche 🇺🇳")
            + "    assert: {exists: \"$['größe', 🇺🇳]\"}\n    message: m\n"
        let rendered = TestPack.errors(rules) ?? ""
        #expect(rendered.hasPrefix("pack/rules.yaml:7:34: error: invalid JSONPath in 'exists'"), "\(rendered)")
    }

    /// A message whose error follows non-ASCII text, and the character the caret must be under.
    struct MessageCase: CustomTestStringConvertible, Sendable {
        var message: String
        var error: String
        var caretUnder: Character
        var testDescription: String { error }
    }

    @Test(
        "a message error column counts Unicode scalars, not bytes",
        arguments: [
            MessageCase(
                message: "\"größe 🇺🇳 {mising}\"", error: "unknown placeholder '{mising}' in message", caretUnder: "{"),
            MessageCase(message: "\"größe 🇺🇳 } x\"", error: "unmatched '}' in message", caretUnder: "}"),
            MessageCase(message: "\"größe 🇺🇳 {x\"", error: "unclosed '{' in message", caretUnder: "{"),
            MessageCase(
                message: "\"größe 🇺🇳 {$.a[%]}\"", error: "invalid JSONPath in message placeholder: expected a selector",
                caretUnder: "%"),
        ])
    func unicodeMessageColumn(_ example: MessageCase) throws {
        let line = "    message: \(example.message)"
        let rules = Self.head + "    assert: {exists: \"$.a\"}\n" + line + "\n"
        let rendered = try #require(TestPack.errors(rules))
        let scalarsBefore = line.unicodeScalars.prefix { $0 != example.caretUnder.unicodeScalars.first }.count
        let column = scalarsBefore + 1
        #expect(rendered.hasPrefix("pack/rules.yaml:8:\(column): error: \(example.error)"), "\(rendered)")
    }
}

@Suite struct ReservedParameterNameTests {
    @Test(arguments: ["count", "share", "key", "hint"])
    func aParameterCannotTakeTheNameOfAMessageValue(name: String) throws {
        let rules = TestPack.rule(assert: "exists: \"$.a\"", extra: "    parameters: {\(name): 1}\n")
        let errors = try #require(TestPack.errors(rules))
        #expect(errors.contains("error: parameter name '\(name)' is taken by a message value"), "\(errors)")
    }
}
