import JSONPath
import Testing
import _PactLintTestSupport

/// Standalone logical expressions, as rules use them in `expr:`.
@Suite struct ExpressionTests {
    private let root = json(
        #"{"limit": 2, "items": [{"period": {"start": "2024-01-01", "end": "2023-12-31"}, "actions": [1, 2]}]}"#)

    private func holds(_ text: String) throws -> Bool {
        guard case .object(let members) = root, case .array(let items) = members[1].1 else { return false }
        return try JSONPathExpression(text).evaluate(current: items[0], root: root)
    }

    @Test func comparisonsOnTheCurrentNode() throws {
        #expect(try !holds("@.period.end > @.period.start"))
        #expect(try holds("@.period.end < @.period.start"))
        #expect(try holds("length(@.actions) >= 2"))
        #expect(try holds("length(@.actions) == $.limit"))
        #expect(try holds(" @.actions && !@.missing "))
        #expect(try holds("match(@.period.start, '[0-9]{4}-[0-9]{2}-[0-9]{2}')"))
    }

    @Test func rejectsWhatIsNotALogicalExpression() {
        for text in ["length(@.actions)", "1", "'a'", "@.a ==", "@.a == 1 extra", "$.a[", ""] {
            #expect(throws: JSONPathError.self, "\(text)") { try JSONPathExpression(text) }
        }
    }

    @Test func reportsInvalidLiteralPatterns() throws {
        let expression = try JSONPathExpression("match(@.a, '(a)\\\\1') || search(@.b, 'ok')")
        #expect(expression.patternErrors.map(\.offset) == [15])
        #expect(expression.patternErrors.first?.message.hasPrefix("invalid I-Regexp pattern: '\\1'") == true)
        #expect(try JSONPathQuery("$[?match(@, 'a+')]").patternErrors.isEmpty)
        #expect(try JSONPathQuery("$[?search(@, 'a**')]").patternErrors.count == 1)
    }
}
