import PactLint
import Testing
import YAMLSource

/// A file written on one line (JSON, or minified YAML) with a finding on every item: each
/// finding's excerpt keeps a window of the line, not the line, so memory and time stay linear
/// in the findings (the whole line per finding took 81 s and 2.2 GB for 2,000 findings on a
/// 1.1 MB line).
@Suite("Excerpts of long lines")
struct LongLineExcerptTests {
    static let rules = """
        rules:
          - id: COMP-09
            name: titled
            title: Titled
            principle: comprehensive
            severity: warning
            given: "$.actions[*]"
            assert: {exists: "@.title"}
            message: "untitled action"

        """

    @Test("every finding on a one-line file has a window around its own position", arguments: [0, 2])
    func windows(context: Int) throws {
        let actions = (0..<600).map { "{\"id\": \"a\($0)\", \"note\": \"ä叶 \($0)\"}" }.joined(separator: ", ")
        let text = "{\"schema\": \"partnership/v1\", \"actions\": [\(actions)]}"
        let file = SourceFile(path: "one-line.yaml", text: text)
        var engine = Engine(ruleSet: try TestPack.ruleSet(Self.rules))
        engine.excerptContext = context
        let findings = engine.check(file: file).findings
        #expect(findings.count == 600)
        let line = Array(file.line(1).unicodeScalars)
        #expect(line.count > 10 * SourceExcerpt.maximumLineLength)
        for finding in findings {
            let excerpt = try #require(finding.location.excerpt)
            #expect(excerpt.lines.count == 1)
            let shown = Array(excerpt.lines[0].unicodeScalars)
            #expect(shown.count <= SourceExcerpt.maximumLineLength + 2)
            let column = finding.location.span.start.column
            let index = column - excerpt.firstColumn(ofLineAt: 0)
            #expect(shown.indices.contains(index))
            if shown.indices.contains(index) {
                #expect(shown[index] == line[column - 1])
                #expect(shown[index] == "{")
            }
        }
    }
}
