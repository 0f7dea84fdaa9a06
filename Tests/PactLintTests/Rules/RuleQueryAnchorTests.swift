import JSONPath
import Testing

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
}
