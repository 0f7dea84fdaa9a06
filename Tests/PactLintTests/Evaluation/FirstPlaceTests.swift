import JSONPath
import Testing
import YAMLSource

@testable import PactLint

/// `ConditionEvaluator.firstPlace(_:)` (an `at:` check's place) follows a plain path once,
/// without listing matches; it must point where the first match of the JSONPath engine does,
/// with the same path, for `$` and `@` queries, with and without a query cache.
@Suite struct FirstPlaceTests {
    private static let document = """
        a: {b: 1, 'c d': [x, y]}
        list: [10, {x: 1}, 30]
        items:
          - {id: one, x: {y: 2}}
          - {id: two}
        """

    private static let queries = [
        "$", "$.a", "$.a.b", "$.a['c d'][1]", "$.list[0]", "$.list[-1]", "$.list[1].x", "$.items[0].x.y",
        // Missing: a member, an index past the end, a step through a scalar.
        "$.missing", "$.a.missing", "$.list[5]", "$.list[-4]", "$.a.b.c",
        // Not plain: the engine's own first match.
        "$.list[*]", "$..x", "$.items[?@.id == 'two']", "$.items[*].id", "$.nothing[*]",
        // Relative to the subject.
        "@", "@.x", "@.x.y", "@.id", "@.missing", "@.x[0]", "@..y", "@.*",
    ]

    @Test(arguments: [false, true])
    func firstPlaceIsTheEnginesFirstMatch(cached: Bool) throws {
        let file = try YAMLLoader().load(SourceFile(path: "f.yaml", text: Self.document))
        let root = try #require(file.documents.first).root
        let itemsQuery = try JSONPathQuery("$.items[0]")
        let subjectMatch = try #require(itemsQuery.evaluate(root: root).first)
        for (subject, subjectPath) in [(root, NormalizedPath.root), (subjectMatch.node, subjectMatch.path)] {
            let evaluator = ConditionEvaluator(
                root: root, subject: subject, subjectPath: subjectPath, parameters: [:],
                cache: cached ? QueryCache() : nil)
            for text in Self.queries {
                let query = try RuleQuery(text)
                let reference = try JSONPathQuery(text, allowingCurrentNodeRoot: true)
                    .evaluate(root: root, current: subject, currentPath: subjectPath).first
                let place = evaluator.firstPlace(query)
                #expect((place == nil) == (reference == nil), "\(text)")
                guard let place, let reference else { continue }
                #expect(place.node.identity == reference.node.identity, "\(text)")
                #expect(place.path == reference.path, "\(text): \(place.path) \(reference.path)")
                #expect(place.missing == nil && place.related.isEmpty, "\(text)")
            }
        }
    }

    /// The query set reaches both answers: some queries select nothing, some select a node
    /// below the subject.
    @Test func casesSelectAndMiss() throws {
        let file = try YAMLLoader().load(SourceFile(path: "f.yaml", text: Self.document))
        let root = try #require(file.documents.first).root
        let evaluator = ConditionEvaluator(root: root, subject: root, subjectPath: .root, parameters: [:])
        #expect(evaluator.firstPlace(try RuleQuery("$.list[-1]"))?.path.description == "$['list'][2]")
        #expect(evaluator.firstPlace(try RuleQuery("$.list[5]")) == nil)
        #expect(evaluator.firstPlace(try RuleQuery("$..x"))?.path.description == "$['list'][1]['x']")
    }
}
