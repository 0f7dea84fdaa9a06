import Testing
import YAMLSource

@testable import PactLint

/// `ConditionEvaluator.resolve(_:)` of an optional bound (used by `sum`, `share` and `covers`
/// instead of `flatMap(resolve)`) answers as the plain `flatMap` does.
@Suite struct OptionalBoundTests {
    @Test func optionalBoundsResolveAsFlatMap() throws {
        let file = try YAMLLoader().load(SourceFile(path: "b.yaml", text: "total: 12.5\nname: x\n"))
        let root = try #require(file.documents.first).root
        let evaluator = ConditionEvaluator(
            root: root, subject: root, subjectPath: .root,
            parameters: ["limit": .number(3), "label": .string("three")])
        let bounds: [Bound?] = [
            nil, .number(2), .number(-0.5), .parameter("limit"), .parameter("label"), .parameter("absent"),
            .query(try RuleQuery("$.total")), .query(try RuleQuery("$.name")), .query(try RuleQuery("$.absent")),
        ]
        let expected: [Double?] = [nil, 2, -0.5, 3, nil, nil, 12.5, nil, nil]
        for (bound, answer) in zip(bounds, expected) {
            #expect(evaluator.resolve(bound) == bound.flatMap { evaluator.resolve($0) }, "\(String(describing: bound))")
            #expect(evaluator.resolve(bound) == answer, "\(String(describing: bound))")
        }
    }
}
