import PactLint
import Testing
import YAMLSource

/// Malformed rule packs beyond PactLintTests' rule-loading cases: wrong shapes at every level,
/// hostile YAML in a rule file, broken pack.yaml and principles.yaml. Each is refused with
/// located errors whose first headline is checked exactly.
@Suite("hostile rule files")
struct RuleFileHostileTests {
    static let pack = "name: test\nversion: 1.0.0\n"
    static let principles = "principles:\n  - {id: comprehensive, title: C, description: D}\n"
    static let head =
        "rules:\n  - id: COMP-01\n    name: key-areas\n    title: Key areas\n    principle: comprehensive\n    severity: warning\n"

    /// The rendered errors of a pack with these files, or `nil` when it loads.
    static func errors(pack: String = pack, principles: String = principles, rules: String?) -> String? {
        var texts = [("pack.yaml", pack), ("principles.yaml", principles)]
        if let rules { texts.append(("rules.yaml", rules)) }
        do {
            _ = try RulePackLoader().load(packs: [RulePackSource(directory: "pack", texts: texts)])
            return nil
        } catch {
            #expect(error.diagnostics.allSatisfy { $0.span.start.line >= 1 && $0.span.start.column >= 1 })
            return error.rendered()
        }
    }

    @Test(
        "a rule file of the wrong shape at every level",
        arguments: [
            ("- id: COMP-01\n", "pack/rules.yaml:1:1: error: a rule file must be a mapping, not a list"),
            ("rules\n", "pack/rules.yaml:1:1: error: a rule file must be a mapping, not the string 'rules'"),
            ("~\n", "pack/rules.yaml:1:1: error: a rule file must be a mapping, not null"),
            ("", "pack/rules.yaml:1:1: error: the file is empty"),
            ("# nothing but a comment\n", "pack/rules.yaml:1:1: error: the file is empty"),
            ("rules: []\n---\nrules: []\n", "pack/rules.yaml:2:1: error: the file holds 2 YAML documents"),
            ("rules:\n", "pack/rules.yaml:1:7: error: 'rules' must be a list, not null"),
            ("rules: {id: COMP-01}\n", "pack/rules.yaml:1:8: error: 'rules' must be a list, not a mapping"),
            ("rules:\n  - COMP-01\n", "pack/rules.yaml:2:5: error: a rule must be a mapping, not the string 'COMP-01'"),
            ("rules:\n  - [a, b]\n", "pack/rules.yaml:2:5: error: a rule must be a mapping, not a list"),
            ("rules:\n  -\n", "pack/rules.yaml:2:4: error: a rule must be a mapping, not null"),
            ("rules:\n  - ? [id]\n    : COMP-01\n", "pack/rules.yaml:2:7: error: keys of a rule must be plain names"),
            (
                head.replacingOccurrences(of: "id: COMP-01", with: "id: 42")
                    + "    assert: {exists: \"$.a\"}\n    message: m\n",
                "pack/rules.yaml:2:9: error: a rule's id must be a string, not the number 42"
            ),
            (
                head + "    assert: {exists: \"$.a\"}\n    message: m\n    tags: format\n",
                "pack/rules.yaml:9:11: error: 'tags' must be a list, not the string 'format'"
            ),
            (
                head + "    assert: {exists: \"$.a\"}\n    message: m\n    sources: {a: b}\n",
                "pack/rules.yaml:9:14: error: 'sources' must be a list, not a mapping"
            ),
            (
                head + "    parameters: [1, 2]\n    assert: {exists: \"$.a\"}\n    message: m\n",
                "pack/rules.yaml:7:17: error: 'parameters' must be a mapping of names to default values"
            ),
            (
                head + "    parameters: {p: {q: 1}}\n    assert: {exists: \"$.a\"}\n    message: m\n",
                "pack/rules.yaml:7:21: error: a parameter value is a number, a string, a boolean or a list of them"
            ),
            (
                head + "    assert:\n    message: m\n",
                "pack/rules.yaml:7:12: error: a condition must be a mapping with one key (exists, count, all, …), not null"
            ),
            (head + "    checks: []\n", "pack/rules.yaml:7:13: error: 'checks' must not be empty"),
            (
                head + "    assert: {all: []}\n    message: m\n",
                "pack/rules.yaml:7:19: error: 'all' needs at least one condition"
            ),
            (
                head + "    assert: {not: [{exists: \"$.a\"}]}\n    message: m\n",
                "pack/rules.yaml:7:19: error: a condition must be a mapping with one key (exists, count, all, …), not a list"
            ),
            (
                head + "    assert: {exists: 42}\n    message: m\n",
                "pack/rules.yaml:7:22: error: 'exists' must be a string, not the number 42"
            ),
            (
                head + "    scope: world\n    assert: {exists: \"$.a\"}\n    message: m\n",
                "pack/rules.yaml:7:12: error: 'scope' must be one of document, portfolio, not 'world'"
            ),
            (
                head + "    assert: {exists: \"$.a\\0\"}\n    message: m\n",
                "pack/rules.yaml:7:26: error: invalid JSONPath in 'exists': unexpected control character U+0 after the query; expected '.name', '..name' or a bracketed selection '[...]'"
            ),
        ] as [(String, String)])
    func wrongShapes(_ rules: String, _ headline: String) {
        #expect(Hostile.firstLine(Self.errors(rules: rules)) == headline)
    }

    @Test("hostile YAML in a rule file: the loader's error, located in the rule file")
    func hostileYAML() {
        let bomb =
            "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nrules: [*e]\n"
        #expect(
            Hostile.firstLine(Self.errors(rules: bomb))
                == "pack/rules.yaml:5:29: error: aliases expand to more than 100000 nodes (an alias bomb?)")
        #expect(
            Hostile.firstLine(Self.errors(rules: "rules:\n\t- id: COMP-01\n"))
                == "pack/rules.yaml:2:1: error: found character that cannot start any token")
        #expect(
            Hostile.firstLine(Self.errors(rules: "rules: " + String(repeating: "[", count: 10_000)))
                == "pack/rules.yaml:1:263: error: collections nest deeper than 256 levels")
        let binary = RulePackSource(
            directory: "pack",
            files: [
                SourceFile(path: "pack/pack.yaml", text: Self.pack),
                SourceFile(path: "pack/principles.yaml", text: Self.principles),
                SourceFile(path: "pack/rules.yaml", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]),
            ])
        do {
            _ = try RulePackLoader().load(packs: [binary])
            Issue.record("a binary rule file must be refused")
        } catch {
            #expect(
                Hostile.firstLine(error.rendered())
                    == "pack/rules.yaml:1:1: error: invalid UTF-8: byte 0x89 at byte offset 0 cannot start a character")
        }
    }

    @Test("conditions and queries nested deeply: loaded within the limits, refused beyond")
    func deepConditions() {
        // 120 nested 'all' are 240 YAML levels, under the depth limit: the rule loads and runs.
        let deepAll =
            Self.head + "    assert: " + String(repeating: "{all: [", count: 120) + "{exists: \"$.a\"}"
            + String(repeating: "]}", count: 120) + "\n    message: m\n"
        #expect(Self.errors(rules: deepAll) == nil)
        let deepExpression =
            Self.head + "    assert: {expr: \"" + String(repeating: "(", count: 2_000) + "@.a"
            + String(repeating: ")", count: 2_000)
            + "\"}\n    message: m\n"
        #expect(
            Hostile.firstLine(Self.errors(rules: deepExpression))
                == "pack/rules.yaml:7:149: error: invalid expression in 'expr': the expression nests too deeply")
        let hugeRegex =
            Self.head + "    assert: {matches: {of: \"$.a\", regex: \"" + String(repeating: "(a{1000})", count: 30)
            + "\"}}\n    message: m\n"
        #expect(
            Hostile.firstLine(Self.errors(rules: hugeRegex))
                == "pack/rules.yaml:7:43: error: invalid regular expression in 'regex': the pattern is too large once its repetitions are expanded (limit 20000 steps)"
        )
    }

    @Test("pack.yaml and principles.yaml of the wrong shape")
    func metadata() {
        #expect(
            Hostile.firstLine(Self.errors(pack: "- a\n", rules: nil))
                == "pack/pack.yaml:1:1: error: pack.yaml must be a mapping, not a list")
        #expect(
            Hostile.firstLine(Self.errors(pack: "name: x\nversion: {a: 1}\n", rules: nil))
                == "pack/pack.yaml:2:10: error: the pack's version must be a string, not a mapping")
        #expect(
            Hostile.firstLine(Self.errors(pack: "name: x\nversion: '1'\nauthor: me\n", rules: nil))
                == "pack/pack.yaml:3:1: error: unknown key 'author' in pack.yaml")
        #expect(
            Hostile.firstLine(Self.errors(principles: "principles: {id: a}\n", rules: nil))
                == "pack/principles.yaml:1:13: error: 'principles' must be a list, not a mapping")
        #expect(
            Hostile.firstLine(
                Self.errors(principles: "principles:\n  - {id: 1, title: C, description: D}\n", rules: nil))
                == "pack/principles.yaml:2:10: error: a principle's id must be a string, not the number 1")
        #expect(
            Hostile.firstLine(Self.errors(principles: "- {id: a}\n", rules: nil))
                == "pack/principles.yaml:1:1: error: principles.yaml must be a mapping, not a list")
    }

    // Regression: an empty pack.yaml was reported twice, once with the rule-file help and
    // once as "the rule pack has no pack.yaml", though it has one.
    @Test("an empty or multi-document pack.yaml: one error, with pack.yaml's own help")
    func emptyPackFile() {
        #expect(
            Self.errors(pack: "", rules: nil) == """
                pack/pack.yaml:1:1: error: the file is empty

                ^
                  help: pack.yaml holds one YAML document with 'name:' and 'version:'
                """)
        #expect(
            Self.errors(principles: "principles: []\n---\nprinciples: []\n", rules: nil) == """
                pack/principles.yaml:2:1: error: the file holds 2 YAML documents
                ---
                ^
                  help: principles.yaml holds one YAML document with a 'principles:' list
                """)
    }
}
