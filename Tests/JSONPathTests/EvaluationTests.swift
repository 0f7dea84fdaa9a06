import JSONPath
import Testing
import _PactLintTestSupport

/// Semantics beyond the compliance suite: paths, slices, comparisons, the `@` start and the
/// path-free API.
@Suite struct EvaluationTests {
    private let document = json(
        """
        {"actions": [
            {"id": "a1", "area": "return-readmission", "budget": 10, "beneficiaries": ["coast-guard"]},
            {"id": "a2", "area": "reintegration", "budget": 2.5, "beneficiaries": ["iom", "returnees"]},
            {"id": "a3", "area": "legal-pathways", "budget": 12.5e0}
        ],
        "period": {"start": "2024-01-01", "end": "2027-12-31"},
        "o'k\\n\\u0001": {"x": 1}}
        """)

    private func select(_ query: String, in value: JSONValue? = nil) throws -> [(JSONValue, String)] {
        try JSONPathQuery(query).evaluate(root: value ?? document).map { ($0.node, $0.path.description) }
    }

    @Test func filterReturnsNodesWithNormalizedPaths() throws {
        let matches = try select("$.actions[?@.area == 'reintegration'].id")
        #expect(matches.map(\.0) == [.string("a2")])
        #expect(matches.map(\.1) == ["$['actions'][1]['id']"])
    }

    /// A union of names selects each name's member in the union's order, repeats included,
    /// skipping missing names; on an array it selects nothing. With paths and without.
    @Test func unionOfNames() throws {
        let query = "$.actions[*]['area', 'missing', 'id', 'area']"
        let selected = try select(query)
        #expect(
            selected.map(\.0)
                == [
                    "return-readmission", "a1", "return-readmission", "reintegration", "a2", "reintegration",
                    "legal-pathways", "a3", "legal-pathways",
                ].map { JSONValue.string($0) })
        #expect(selected.first?.1 == "$['actions'][0]['area']")
        #expect(selected.dropFirst().first?.1 == "$['actions'][0]['id']")
        #expect(try JSONPathQuery(query).nodes(root: document).map { $0 } == selected.map(\.0))
        #expect(try select("$.actions['id', 'area']").isEmpty)
        #expect(try JSONPathQuery("$.actions['id', 'area']").nodes(root: document).isEmpty)
    }

    /// `q == a || q == b` is read once (`equalsAny`) with `==`'s meaning: numbers by value,
    /// Nothing equal to no literal, containers equal to none.
    @Test(arguments: [
        ("$[?@.a == 1 || @.a == 'x']", [0, 1, 6]),
        ("$[?1 == @.a || @.a == 'x' || @.b == 1]", [0, 1, 3, 6]),
        ("$[?@.a == null || @.a == 2]", [4, 5]),
        ("$[?@.a == 2 || @.a == 3 && @.b == 1 || @.a == 1]", [0, 5, 6]),
        ("$[?!(@.a == 1 || @.a == 'x')]", [2, 3, 4, 5]),
        ("$[?@ == 7 || @ == 'y' || @.a == 2]", [5]),
        ("$[?@.a == 'x' || @['a'] == 'y' || @.a == true]", [1]),
        ("$[?@.a == 'x']", [1]),
        ("$[?'x' == @.a]", [1]),
        ("$[?(@.a == 'x' || @.a == 1) || @.a == 2]", [0, 1, 5, 6]),
        ("$[?@.a != 'x']", [0, 2, 3, 4, 5, 6]),
        ("$[?@.a != 1]", [1, 2, 3, 4, 5]),
        ("$[?null != @.a]", [0, 1, 2, 3, 5, 6]),
        ("$[?@.a != 2 && @.a != 'x']", [0, 2, 3, 4, 6]),
        ("$[?!(@.a != 1)]", [0, 6]),
    ])
    func mergedEqualities(query: String, indices: [Int]) throws {
        let list = json(#"[{"a": 1.0}, {"a": "x"}, {"a": [1]}, {"b": 1}, {"a": null}, {"a": 2}, {"a": 1}]"#)
        let paths = try JSONPathQuery(query).evaluate(root: list).map(\.path.description)
        #expect(paths == indices.map { "$[\($0)]" })
        #expect(try JSONPathQuery(query).nodes(root: list).count == indices.count)
    }

    /// `value()` of several nodes is Nothing, of one node its value; `count()` counts all.
    @Test func valueAndCountOfNonSingularQueries() throws {
        let list = json(#"[{"x": [1, 1]}, {"x": [1]}, {"x": []}]"#)
        #expect(try select("$[?value(@.x[*]) == 1]", in: list).map(\.1) == ["$[1]"])
        #expect(try select("$[?count(@.x[*]) == 2]", in: list).map(\.1) == ["$[0]"])
        #expect(try select("$[?@.x[?@ == 1]]", in: list).map(\.1) == ["$[0]", "$[1]"])
        #expect(try select("$[?@..[?@ == 1]]", in: list).map(\.1) == ["$[0]", "$[1]"])
    }

    /// `containsNode` answers like `nodes(root:)` and stops at the first node that satisfies.
    @Test func containsNodeStopsAtTheFirst() throws {
        let query = try JSONPathQuery("$..id")
        var visited: [JSONValue] = []
        #expect(
            query.containsNode(root: document) {
                visited.append($0); return $0 == .string("a2")
            })
        #expect(visited == [.string("a1"), .string("a2")])
        #expect(!query.containsNode(root: document) { $0 == .string("a4") })
        let singular = try JSONPathQuery("@.period.end", allowingCurrentNodeRoot: true)
        #expect(singular.containsNode(root: json("{}"), current: document) { $0 == .string("2027-12-31") })
        #expect(!singular.containsNode(root: document, current: json("{}")) { _ in true })
    }

    /// A final `..*` without paths (walked apart from the general segments) gives the nodes
    /// of the selection with paths, in the same order, and stops where it is told to.
    @Test(arguments: ["$..*", "$..[*]", "$.actions..*", "$['period', 'actions']..*"])
    func descendantWildcardWithoutPaths(query: String) throws {
        let compiled = try JSONPathQuery(query)
        let expected = compiled.evaluate(root: document).map(\.node)
        #expect(compiled.nodes(root: document) == expected)
        var visited: [JSONValue] = []
        #expect(
            compiled.containsNode(root: document) { node in
                visited.append(node)
                return visited.count == 5
            })
        #expect(visited == Array(expected.prefix(5)))
    }

    @Test func nestedFilter() throws {
        let matches = try select("$.actions[?@.beneficiaries[?@ == 'coast-guard']].id")
        #expect(matches.map(\.0) == [.string("a1")])
    }

    @Test func descendantOrderIsDocumentOrderParentsFirst() throws {
        let paths = try select("$..[0]").map(\.1)
        #expect(
            paths == [
                "$['actions'][0]", "$['actions'][0]['beneficiaries'][0]", "$['actions'][1]['beneficiaries'][0]",
            ])
    }

    @Test func normalizedPathEscapesNames() throws {
        let paths = try select("$.*.x").map(\.1)
        #expect(paths == [#"$['o\'k\n\u0001']['x']"#])
        #expect(NormalizedPath([.name("\u{1F}\u{7F}/\"\\")]).description == "$['\\u001f\u{7F}/\"\\\\']")
        #expect(NormalizedPath([.name("\u{08}\u{0C}\r\t")]).description == #"$['\b\f\r\t']"#)
    }

    @Test(arguments: [
        ("$[1:3]", [1, 2]),
        ("$[::-1]", [4, 3, 2, 1, 0]),
        ("$[-2:]", [3, 4]),
        ("$[5:0:-2]", [4, 2]),
        ("$[::0]", []),
        ("$[-9007199254740991:9007199254740991:9007199254740991]", [0]),
        ("$[9007199254740991::-9007199254740991]", [4]),
        ("$[-1:-6:-1]", [4, 3, 2, 1, 0]),
        ("$[:-4:-1]", [4, 3, 2]),
    ])
    func slices(query: String, expected: [Int]) throws {
        let values = try select(query, in: json("[0, 1, 2, 3, 4]")).map(\.0)
        #expect(values == expected.map { JSONValue.int($0) })
    }

    @Test(arguments: [
        ("$[?@ == 1]", ["1", "1.0", "1e0"]),
        ("$[?@ < 1.5]", ["1", "1.0", "1e0", "-0"]),
        ("$[?@ == -0]", ["-0"]),
        ("$[?@ == 0]", ["-0"]),
        ("$[?@ > 9007199254740993]", ["9007199254740994"]),
        ("$[?@ == 9007199254740993]", ["9007199254740993"]),
        // 2^53 + 1 as a Double would round to 2^53; the comparison must not convert.
        ("$[?@ > 9007199254740992.0]", ["9007199254740993", "9007199254740994"]),
        ("$[?@ > -0.5 && @ < 0.5]", ["-0"]),
    ])
    func numbersCompareByValueAcrossIntAndDouble(query: String, expected: [String]) throws {
        let document = json("[1, 1.0, 1e0, -0, 2, \"1\", true, 9007199254740993, 9007199254740994]")
        let indices = try select(query, in: document).map(\.1)
        let texts = ["1", "1.0", "1e0", "-0", "2", "\"1\"", "true", "9007199254740993", "9007199254740994"]
        #expect(indices.map { path in texts[Int(path.dropFirst(2).dropLast()) ?? 0] } == expected)
    }

    @Test func stringsCompareByUnicodeScalarsWithoutNormalization() throws {
        // "é" precomposed (U+00E9) and decomposed (e + U+0301) are different strings here,
        // although Swift's String == treats them as equal.
        let document = json(#"["\u00e9", "e\u0301", "z", "\ud83d\ude00", "\uffff"]"#)
        #expect(try select("$[?@ == '\u{E9}']", in: document).map(\.1) == ["$[0]"])
        #expect(try select("$[?@ > 'z']", in: document).map(\.1) == ["$[0]", "$[3]", "$[4]"])
        // U+1F600 sorts after U+FFFF by scalar value (UTF-16 order would put it before).
        #expect(try select("$[?@ > '\u{FFFF}']", in: document).map(\.1) == ["$[3]"])
        let names = json(#"{"\u00e9": 1, "e\u0301": 2}"#)
        #expect(try select("$['e\u{301}']", in: names).map(\.0) == [.int(2)])
    }

    @Test func deepEqualityOfArraysAndObjects() throws {
        let document = json(
            #"[{"a": [1, {"b": 2}], "c": [1, {"b": 2.0}]}, {"a": [1, {"b": 2}], "c": [1, {"b": 3}]}, {"a": {"x": 1, "y": 2}, "c": {"y": 2, "x": 1}}]"#
        )
        #expect(try select("$[?@.a == @.c]", in: document).map(\.1) == ["$[0]", "$[2]"])
        #expect(try select("$[?@.a != @.c]", in: document).map(\.1) == ["$[1]"])
    }

    @Test func nothingEqualsOnlyNothing() throws {
        let document = json(#"[{"a": null}, {}, {"a": 1}]"#)
        #expect(try select("$[?@.a == @.b]", in: document).map(\.1) == ["$[1]"])
        #expect(try select("$[?@.a == null]", in: document).map(\.1) == ["$[0]"])
        #expect(try select("$[?@.a <= @.b]", in: document).map(\.1) == ["$[1]"])
        #expect(try select("$[?@.a < @.b]", in: document).map(\.1) == [])
    }

    @Test func functions() throws {
        let document = json(#"[{"s": "h\u00e9\ud83d\ude00", "l": [1, 2, 3], "o": {"a": 1}}, {"s": 3}]"#)
        #expect(try select("$[?length(@.s) == 3]", in: document).map(\.1) == ["$[0]"])
        #expect(try select("$[?length(@.l) == 3 && length(@.o) == 1]", in: document).map(\.1) == ["$[0]"])
        #expect(try select("$[?count(@.*) == 3]", in: document).map(\.1) == ["$[0]"])
        #expect(try select("$[?value(@..a) == 1]", in: document).map(\.1) == ["$[0]"])
        #expect(try select("$[?length(@.s) == null]", in: document).map(\.1) == [])
        #expect(try select("$[?!(length(@.s) >= 0)]", in: document).map(\.1) == ["$[1]"])
    }

    @Test func currentNodeRoot() throws {
        let query = try JSONPathQuery("@.beneficiaries[*]", allowingCurrentNodeRoot: true)
        #expect(query.startsAtCurrentNode)
        let subject = try select("$.actions[1]")[0].0
        let matches = query.evaluate(
            root: document, current: subject, currentPath: NormalizedPath([.name("actions"), .index(1)]))
        #expect(matches.map(\.node) == [.string("iom"), .string("returnees")])
        #expect(
            matches.map(\.path.description) == [
                "$['actions'][1]['beneficiaries'][0]", "$['actions'][1]['beneficiaries'][1]",
            ])
        #expect(
            query.evaluate(root: document, current: subject).map(\.path.description) == [
                "$['beneficiaries'][0]", "$['beneficiaries'][1]",
            ])
        // `$` inside the query still means the document root.
        let mixed = try JSONPathQuery("@[?@ == $.actions[0].beneficiaries[0]]", allowingCurrentNodeRoot: true)
        let first = try select("$.actions[0].beneficiaries")[0].0
        #expect(mixed.nodes(root: document, current: first) == [.string("coast-guard")])
        #expect(throws: JSONPathError.self) { try JSONPathQuery("@.a") }
    }

    @Test func singularity() throws {
        #expect(try JSONPathQuery("$.a['b'][0][-1]").isSingular)
        #expect(try !JSONPathQuery("$.a[0,1]").isSingular)
        #expect(try !JSONPathQuery("$..a").isSingular)
        #expect(try !JSONPathQuery("$.a[*]").isSingular)
    }

    @Test func queriesAreValuesParsedOnceAndSharedAcrossTasks() async throws {
        let query = try JSONPathQuery("$.actions[?@.budget > 5].id")
        #expect(query == (try JSONPathQuery("$.actions[?@.budget > 5].id")))
        #expect(Set([query, try JSONPathQuery("$.actions[?@.budget > 5].id")]).count == 1)
        let document = self.document
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { query.evaluate(root: document).count } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 2, count: 8))
    }
}
