import JSONPath
import Testing
import YAMLSource

@testable import PactLint

/// A rule query's anchor — its leading one-member or one-element steps — and whether the
/// anchor is the whole query (then the query is answered by walking the tree, without the
/// JSONPath evaluator, so a wrong anchor would change results).
@Suite("Rule query anchors")
struct RuleQueryAnchorTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var query: String
        var anchor: [NormalizedPath.Element]
        var isPlainPath: Bool
        var testDescription: String { query }
    }

    @Test(
        arguments: [
            Example(query: "$.partner.country", anchor: [.name("partner"), .name("country")], isPlainPath: true),
            Example(query: "@.id", anchor: [.name("id")], isPlainPath: true),
            Example(query: "$", anchor: [], isPlainPath: true),
            Example(query: "$.größe.a_1", anchor: [.name("größe"), .name("a_1")], isPlainPath: true),
            Example(query: "$['größe 🇺🇳'][0]", anchor: [.name("größe 🇺🇳"), .index(0)], isPlainPath: true),
            Example(query: "$[ \"a\\\"b\\\\c\\n\" ][-1]", anchor: [.name("a\"b\\c\n"), .index(-1)], isPlainPath: true),
            Example(query: "$ .a [ 2 ]", anchor: [.name("a"), .index(2)], isPlainPath: true),
            Example(query: "$.actions[*].area", anchor: [.name("actions")], isPlainPath: false),
            Example(query: "$.a[?@.b == 'c']", anchor: [.name("a")], isPlainPath: false),
            Example(query: "$.a..b", anchor: [.name("a")], isPlainPath: false),
            Example(query: "$.a['\\u0041'].b", anchor: [.name("a")], isPlainPath: false),
            Example(query: "$.a[1:2]", anchor: [.name("a")], isPlainPath: false),
            Example(query: "$['a','b']", anchor: [], isPlainPath: false),
        ])
    func anchor(_ example: Example) throws {
        let query = try RuleQuery(example.query)
        #expect(query.anchor == example.anchor)
        #expect(query.isPlainPath == example.isPlainPath)
    }

    /// A plain path is followed without the evaluator; it must select what the evaluator does.
    @Test(arguments: [
        "$.a.b", "$.a.list[0]", "$.a.list[-1]", "$.a.list[2]", "$.a.list[-3]", "$.a.list.x", "$.a[0]",
        "$['größe 🇺🇳']", "$.grö", "$.missing.b", "$", "$['1']", "$.a.b.c",
    ])
    func plainPathSelectsWhatTheEvaluatorSelects(text: String) throws {
        let source = "a: {b: bee, list: [x, y]}\n'größe 🇺🇳': flag\n1: one\n"
        let root = try YAMLLoader().load(SourceFile(path: "t.yaml", text: source)).documents[0].root
        let query = try RuleQuery(text)
        try #require(query.isPlainPath)
        let followed = query.node(atAnchorFrom: root)
        let evaluated = query.query.nodes(root: root)
        #expect(followed.map { [$0] } ?? [] == evaluated)
    }
}
