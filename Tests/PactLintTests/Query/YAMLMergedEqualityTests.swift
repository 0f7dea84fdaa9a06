import PactLint
import Testing
import YAMLSource

@testable import JSONPath

/// The merged equality tests (`q == 'a' || q == 'b'`, `!q || q == null`, `q != 'a' && …`)
/// read a loaded YAML tree in place (`YAMLNodeCursor.isString(anyOf:)`, small strings by
/// their words) and must select what the plain RFC 9535 comparisons select on it: plain
/// scalars resolved to numbers, booleans and null are not strings, quoted ones are; strings
/// compare by Unicode scalars (precomposed and decomposed forms differ).
@Suite struct YAMLMergedEqualityTests {
    private static let text = """
        items:
          - {a: x, b: 1}
          - {a: y}
          - {b: x}
          - {a: 1}
          - {a: '1'}
          - {a: 1.0, b: ~}
          - {a: true}
          - {a: 'true'}
          - {a: null}
          - {a: 'null'}
          - {a: ~}
          - {a: }
          - {a: [x]}
          - {a: {x: x}}
          - {a: "\\u00e9t\\u00e9"}
          - {a: "e\\u0301te\\u0301"}
          - {a: a-name-longer-than-sixteen-bytes}
          - {a: 0123456789abcdef}
          - {a: 0123456789abcdeF}
          - {a: "x", c: [{d: p}, {d: q}]}
          - {a: ''}
          - a: |
              x
          - {a: X}
          - x
          - 1
          - null
          - [x]
          - {"a": "y", "c": [{"d": "q"}]}

        """

    static let queries = [
        "$.items[?@.a == 'x' || @.a == 'y']",
        "$.items[?'x' == @.a || @.a == 'X']",
        "$.items[?@.a == 1 || @.a == '1']",
        "$.items[?@.a == 'true' || @.a == 'null' || @.a == true]",
        "$.items[?@.a == null || @.a == 'x']",
        "$.items[?@.a == 'x\\n' || @.a == '']",
        "$.items[?@.a == 'x' || @.a == 'x' || @.a == 'y']",
        "$.items[?@.a == '\u{E9}t\u{E9}' || @.a == 'y']",
        "$.items[?@.a == 'e\u{301}te\u{301}' || @.a == 'x']",
        "$.items[?@.a == 'a-name-longer-than-sixteen-bytes' || @.a == '0123456789abcdef']",
        "$.items[?@.a == '0123456789abcdeF' || @.a == '0123456789abcde']",
        "$.items[?@ == 'x' || @ == 1 || @ == null]",
        "$.items[?@.a == 'x' || @.b == 1 || @.a == 'y']",
        "$.items[?!@.a || @.a == null]",
        "$.items[?!@.a || @.a == null || !@.b || @.b == null]",
        "$.items[?@.a != 'x' && @.a != 'y']",
        "$.items[?@.a && @.a != null]",
        "$.items[?@.a && @.a != null && @.b && @.b != null]",
        "$.items[?@.c[?@.d == 'q' || @.d == 'r'] && @.a != 'x']",
        "$.items[?(@.a == 'x' || @.a == 'y') && !@.c[?@.d == 'p' || @.d == 'z']]",
        "$.items[0, ?@.a == 'x' || @.a == 'y', ?@.a != 1 && @.a != null]",
        "$.items[?@.a != null].a",
        "$.items[?@.a != 'x' && @.a != '1' && @.a != null].a",
        "$.items[?@.c != null].c[?@.d != 'p'].d",
        "$[?@ != null].items",
    ]

    @Test(arguments: queries)
    func mergedTestsSelectWhatThePlainComparisonsSelect(query: String) throws {
        let root = try #require(try YAMLLoader().load(SourceFile(path: "items.yaml", text: Self.text)).documents.first)
            .root
        let merged = try JSONPathQuery(query)
        let plain = try JSONPathQuery(query, allowingCurrentNodeRoot: false, mergingEqualities: false)
        let expected = plain.evaluate(root: root).map(\.path.description)
        #expect(merged.evaluate(root: root).map(\.path.description) == expected)
        #expect(merged.nodes(root: root).map(\.span) == plain.nodes(root: root).map(\.span))
    }

    /// The plain reading is itself right about the cases the merged tests could get wrong.
    @Test func plainComparisonsTellScalarKindsAndFormsApart() throws {
        let root = try #require(try YAMLLoader().load(SourceFile(path: "items.yaml", text: Self.text)).documents.first)
            .root
        func positions(_ query: String) throws -> [String] {
            try JSONPathQuery(query).evaluate(root: root).map(\.path.description)
        }
        #expect(
            try positions("$.items[?@.a == '1' || @.a == 'x']") == ["$['items'][0]", "$['items'][4]", "$['items'][19]"])
        #expect(try positions("$.items[?@.a == 'e\u{301}te\u{301}' || @.a == 'q']") == ["$['items'][15]"])
        #expect(try positions("$.items[?!@.a || @.a == null]").count == 8)
    }
}
