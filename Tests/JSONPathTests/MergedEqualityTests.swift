import Testing
import _PactLintTestSupport

@testable import JSONPath

/// The merged equality tests (`equalsAny`: `q == 'a' || q == 'b'`, `!q || q == null`, `q != 'a'
/// && q != 'b'`) select exactly what the plain RFC 9535 reading of the same query selects,
/// comparison by comparison.
@Suite struct MergedEqualityTests {
    /// Items with every kind of value under `a`: missing, strings (ASCII, long, non-ASCII,
    /// precomposed and decomposed), numbers, booleans, null, a list and an object.
    private static let items = json(
        #"""
        [
          {"a": "x", "b": 1},
          {"a": "y"},
          {"b": "x"},
          {"a": 1},
          {"a": 1.0, "b": null},
          {"a": 2},
          {"a": true},
          {"a": false},
          {"a": null},
          {"a": ["x"]},
          {"a": {"x": "x"}},
          {"a": "\u00e9t\u00e9"},
          {"a": "e\u0301te\u0301"},
          {"a": "a-name-longer-than-sixteen-bytes"},
          {"a": "a-name-longer-than-sixteen-byteZ"},
          {"a": "x", "c": [{"d": "p"}, {"d": "q"}]},
          {"a": ""},
          {"a": "X"},
          "x",
          1,
          null,
          ["x"],
          {"c": [{"d": "q"}], "a": "y"},
          {"a": "0123456789abcdef"},
          {"a": "0123456789abcdeF"}
        ]
        """#)

    /// Queries whose filters the parser merges, or partly merges, or (for contrast) leaves.
    static let queries = [
        // Disjunctions of equalities, either side, strings and other literals.
        "$[?@.a == 'x' || @.a == 'y']",
        "$[?'x' == @.a || @.a == 'y' || 'X' == @.a]",
        "$[?@.a == 1 || @.a == 'x']",
        "$[?@.a == 1.0 || @.a == 2 || @.a == true]",
        "$[?@.a == false || @.a == null]",
        "$[?@.a == null || @.a == 'x']",
        "$[?@.a == '' || @.a == 'y']",
        // Duplicates, also of numbers written two ways.
        "$[?@.a == 'x' || @.a == 'x' || @.a == 'y' || @.a == 'x']",
        "$[?@.a == 1 || @.a == 1.0 || @.a == 1e0]",
        // Non-ASCII: precomposed and decomposed forms are different strings.
        "$[?@.a == '\u{E9}t\u{E9}' || @.a == 'y']",
        "$[?@.a == 'e\u{301}te\u{301}' || @.a == 'x']",
        "$[?@.a == '\u{E9}t\u{E9}' || @.a == 'e\u{301}te\u{301}']",
        // Strings longer than a tree's small strings, and exactly sixteen bytes.
        "$[?@.a == 'a-name-longer-than-sixteen-bytes' || @.a == 'x']",
        "$[?@.a == '0123456789abcdef' || @.a == 'a-name-longer-than-sixteen-byteZ']",
        // The current node itself, and queries from the root.
        "$[?@ == 'x' || @ == 1 || @ == null]",
        "$[?@ == 'x' || @ == 'y']",
        "$[?$[0].a == 'x' || $[0].a == 'z']",
        "$[?@['a'] == 'x' || @.a == 'y']",
        // Mixed chains: other terms stay, in any position.
        "$[?@.a == 'x' || @.b == 1 || @.a == 'y']",
        "$[?@.b == 'x' || @.a == 'y' || @.c || @.a == 2]",
        "$[?@.a == 'x' || @.a == 'y' && @.b == 1 || @.a == 1]",
        "$[?@.a == 'x' || @.a > 1 || @.a == 'y']",
        "$[?(@.a == 'x' || @.a == 1) || @.a == 2]",
        "$[?!(@.a == 'x' || @.a == 1) || @.a == 2]",
        // Nothing: `!q` merges with equalities.
        "$[?!@.a || @.a == null]",
        "$[?!@.a || @.a == null || !@.b || @.b == null]",
        "$[?@.a == 'x' || !@.b]",
        "$[?!@.a || @.a == 'x' || !@.a]",
        // Conjunctions of inequalities and existence tests.
        "$[?@.a != 'x' && @.a != 'y']",
        "$[?@.a != 'x' && @.b != 1 && @.a != 1]",
        "$[?@.a && @.a != null]",
        "$[?@.a && @.a != null && @.b && @.b != null]",
        "$[?'x' != @.a && @.a != null && @.a]",
        "$[?@.a != 'e\u{301}te\u{301}' && @.a != '\u{E9}t\u{E9}']",
        "$[?!(@.a != 'x' && @.a != 'y')]",
        "$[?@.b == 1 && @.a != 'y' && @.a != 'z']",
        "$[?(!@.a || @.a == null) && !@.c[0]]",
        // Nested filters.
        "$[?@.c[?@.d == 'p' || @.d == 'q']]",
        "$[?@.c[?@.d == 'q' || @.d == 'r'] && @.a != 'x' && @.a != 'z']",
        "$[?(@.a == 'x' || @.a == 'y') && !@.c[?@.d == 'p' || @.d == 'z']]",
        "$..[?@.d == 'p' || @.d == 'q' || @ == 'x']",
        // A filter among other selectors.
        "$[0, ?@.a == 'x' || @.a == 'y', ?@.a != 1 && @.a != 2]",
        // A filter on a member followed by that member, over a list and over an object.
        "$[?@.a != null].a",
        "$[?@.a != 'x' && @.a != 1 && @.a != null].a",
        "$[?@.a != 'x'].a[0]",
        "$[?@.a != 'x'].a.x",
        "$[?@['a'] != 'y'].a",
        "$[?@.a != null].b",
        "$[?@.b != null].a",
        "$[?@.c != 'x'].c[?@.d != 'p'].d",
        "$[15].c[?@.d != 'p'].d",
        "$[?@.a != null]..a",
        "$..[?@.a != null].a",
        "$[?@.a && @.a != null].a",
        "$[?!(@.a == 'x' || @.a == 'y')].a",
        "$[?@.a != 'x' || @.b == 1].a",
    ]

    /// The merged query selects the same nodes, with the same paths, as the plain one.
    @Test(arguments: queries)
    func mergedTestsSelectWhatThePlainComparisonsSelect(query: String) throws {
        try expectMergedReadingSelectsAsPlain(query, over: Self.items)
    }

    /// The same through `JSONPathExpression`, item by item, for the queries that are one
    /// filter on the root (`$[?…]`, nothing after).
    @Test(arguments: queries.filter { $0.hasPrefix("$[?") && !$0.contains(",") && !$0.contains("].") })
    func mergedExpressionsHoldWhereThePlainOnesHold(query: String) throws {
        // "$[?…]" without its frame is the filter's logical expression.
        let expression = String(query.dropFirst(3).dropLast())
        let merged = try JSONPathExpression(expression)
        guard case .array(let elements) = Self.items else {
            Issue.record("the items are a list")
            return
        }
        let plain = try JSONPathExpression(expression, mergingEqualities: false)
        #expect(!Self.describe(plain.expression).contains("equalsAny"))
        for (position, item) in elements.enumerated() {
            let expected = plain.evaluate(current: item, root: Self.items)
            #expect(merged.evaluate(current: item, root: Self.items) == expected, "item \(position)")
        }
    }

    /// A filter that only excludes values of a member, followed by that member, is walked as
    /// one step that looks the member up once; other pairs of segments are not.
    @Test(arguments: [
        ("$[?@.a != null].a", [Segment.Kind.filteredMember, .name]),
        ("$[?@.a != 'x' && @.a != 1].a[0]", [.filteredMember, .name, .index]),
        ("$[?@['a'] != 'x']['a']", [.filteredMember, .name]),
        ("$[?@.a != null].b", [.filter, .name]),
        ("$[?@.a == null].a", [.filter, .name]),
        ("$[?@.a.b != null].a", [.filter, .name]),
        ("$[?$.a != null].a", [.filter, .name]),
        ("$[?@.a != null]..a", [.filter, .name]),
        ("$..[?@.a != null].a", [.filter, .name]),
        ("$[?@.a != 'x' || @.b == 1].a", [.filter, .name]),
    ])
    func filteredMemberSteps(query: String, kinds: [Segment.Kind]) throws {
        #expect(try JSONPathQuery(query).query.segments.map(\.kind) == kinds)
        let plain = try JSONPathQuery(query, allowingCurrentNodeRoot: false, mergingEqualities: false)
        #expect(!plain.query.segments.contains { $0.kind == .filteredMember })
    }

    /// The chains the rule pack writes are merged into one test of each query.
    @Test(
        arguments: [
            ("@.a == 'x' || @.a == 'y' || 'z' == @.a", "equalsAny(@.a: 3)"),
            ("@ == 'x' || @ == 'x'", "equalsAny(@: 1)"),
            ("@.a == 'x' || @.b == 1 || @.a == 'y'", "or(equalsAny(@.a: 2), equalsAny(@.b: 1))"),
            ("!@.a || @.a == null || !@.b || @.b == null", "or(equalsAny(@.a: 2), equalsAny(@.b: 2))"),
            ("@.a && @.a != null", "not(equalsAny(@.a: 2))"),
            ("@.i == 'N' && @.a != 'b' && @.a != 'r'", "and(equalsAny(@.i: 1), not(equalsAny(@.a: 2)))"),
            ("(@.a == 'x' || @.a == 'y') && !@.s[?@ == 'n']", "and(equalsAny(@.a: 2), not(exists))"),
            ("@.a == 'x' && @.a == 'y'", "and(equalsAny(@.a: 1), equalsAny(@.a: 1))"),
            ("@.a || @.a == null", "or(exists, equalsAny(@.a: 1))"),
            ("!@.a && @.a != null", "and(not(exists), not(equalsAny(@.a: 1)))"),
            ("@.a[*] == 'x' || @.a[*] == 'y'", nil),
        ] as [(String, String?)])
    func chainsMergeIntoOneTestPerQuery(expression: String, shape: String?) throws {
        guard let shape else {
            // Not a singular query: not a comparison at all.
            #expect(throws: JSONPathError.self) { try JSONPathExpression(expression) }
            return
        }
        let parsed = try JSONPathExpression(expression)
        #expect(Self.describe(parsed.expression) == shape)
    }

    /// The tree's shape, with each `equalsAny`'s query and how many values it tests.
    private static func describe(_ expression: LogicalExpression) -> String {
        switch expression {
        case .or(let terms): "or(\(terms.map(describe).joined(separator: ", ")))"
        case .and(let terms): "and(\(terms.map(describe).joined(separator: ", ")))"
        case .not(let term): "not(\(describe(term)))"
        case .exists: "exists"
        case .comparison: "comparison"
        case .function: "function"
        case .equalsAny(let query, let values):
            "equalsAny(\(describe(query)): \(values.count))"
        }
    }

    private static func describe(_ query: Query) -> String {
        var text = query.start == .root ? "$" : "@"
        for segment in query.segments {
            switch segment.selectors.first {
            case .name(let name)?: text += "." + name.text
            case .index(let index)?: text += "[\(index)]"
            default: text += "[…]"
            }
        }
        return text
    }
}
