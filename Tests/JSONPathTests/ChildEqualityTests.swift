import Testing
import _PactLintTestSupport

@testable import JSONPath

/// The filter nodes that test equality without following a query as a query
/// (`FilterNode.Kind.currentEqualsAny`, `memberEqualsAny`, `childEqualsAny`: `@ == 'a'`,
/// `@.m == 'a'`, `@.m[?@ == 'a' || @ == 'b']`) select exactly what the plain RFC 9535 reading
/// of the same query selects.
@Suite struct ChildEqualityTests {
    /// Items whose `c` is missing, a list (of strings, numbers, objects, lists), an object, a
    /// scalar, or empty; and whose `a` holds the same kinds.
    private static let items = json(
        #"""
        [
          {"a": "x", "c": ["x", "y"]},
          {"a": "y", "c": ["z"]},
          {"c": []},
          {"c": {}},
          {"c": {"k": "x", "l": 1}},
          {"c": "x"},
          {"c": ["x"], "a": {"x": ["y", "x"]}},
          {"c": [1, 1.0, true, null, "1"]},
          {"c": [["x"], {"d": "x"}]},
          {"c": ["\u00e9t\u00e9", "e\u0301te\u0301"]},
          {"c": ["a-name-longer-than-sixteen-bytes", "0123456789abcdef"]},
          {"a-member-name-longer-than-sixteen": ["x"], "c": null},
          {"a": ["x", 2], "b": [null]},
          "x",
          ["x", "y"],
          {"k": "x"},
          null
        ]
        """#)

    /// Queries whose filters hold the new nodes, next to ones that look alike but do not.
    static let queries = [
        "$[?@.c[?@ == 'x']]",
        "$[?@.c[?@ == 'x' || @ == 'z']]",
        "$[?@.c[?'y' == @ || @ == 'q']]",
        "$[?@.c[?@ == 1]]",
        "$[?@.c[?@ == 1 || @ == null || @ == true]]",
        "$[?@.c[?@ == '1' || @ == false]]",
        "$[?@.c[?@ == '\u{E9}t\u{E9}']]",
        "$[?@.c[?@ == 'e\u{301}te\u{301}' || @ == 'x']]",
        "$[?@.c[?@ == 'a-name-longer-than-sixteen-bytes']]",
        "$[?@.c[?@ == '0123456789abcdef']]",
        "$[?@.c[?!@ || @ == 'z']]",
        "$[?!@.c[?@ == 'x']]",
        "$[?@.a == 'x' && !@.c[?@ == 'y']]",
        "$[?@.a == 'y' || @.c[?@ == 'x' || @ == 1]]",
        "$[?@.a.x[?@ == 'x']]",
        "$[?@['c'][?@ == 'x']]",
        "$[?@.c[0][?@ == 'x']]",
        "$[?@[?@ == 'x']]",
        "$[?@[?@ == 'y' || @ == 'x']]",
        "$[?$[0].c[?@ == 'y']]",
        "$[?@['a-member-name-longer-than-sixteen'][?@ == 'x']]",
        "$[?@.b[?@ == null]]",
        "$[?@.a[?@ == 2]]",
        // Alike, but not a test of the children's values alone.
        "$[?@.c[?@.d == 'x']]",
        "$[?@..c[?@ == 'x']]",
        "$[?@.c[?@ == 'x'].d]",
        "$[?@.c[?@ != 'x']]",
        "$[?@.c[*][?@ == 'x']]",
        // Equalities of the current node and of one member.
        "$[?@ == 'x' || @ == null]",
        "$[?@.a == 'x' || @.a == 'y']",
        "$[?!@.a || @.a == 'x']",
        "$[?@['a-member-name-longer-than-sixteen'] == 'x' || !@.c]",
        "$..[?@ == 'x']",
    ]

    /// The query selects the same nodes, with the same paths, as its plain reading.
    @Test(arguments: queries)
    func selectsWhatThePlainReadingSelects(query: String) throws {
        try expectMergedReadingSelectsAsPlain(query, over: Self.items)
    }

    /// Which node the filter of `$[?…]` is read as: the shapes of the rule pack take the
    /// direct tests; the others keep the general ones.
    @Test(
        arguments: [
            ("$[?@.c[?@ == 'x' || @ == 'z']]", FilterNode.Kind.childEqualsAny),
            ("$[?@['c'][?@ == 1]]", .childEqualsAny),
            ("$[?@.c[0][?@ == 'x']]", .childEqualsAny),
            ("$[?@[?@ == 'x']]", .childEqualsAny),
            ("$[?$.c[?@ == 'x']]", .childEqualsAny),
            ("$[?@ == 'x' || @ == 'y']", .currentEqualsAny),
            ("$[?!@ || @ == 'y']", .currentEqualsAny),
            ("$[?@.area == 'x' || !@.area]", .memberEqualsAny),
            ("$[?@['a-member-name-longer-than-sixteen'] == 'x']", .memberEqualsAny),
            ("$[?@.a.b == 'x']", .equalsAny),
            ("$[?$.a == 'x']", .equalsAny),
            ("$[?@.c[?@.d == 'x']]", .exists),
            ("$[?@..c[?@ == 'x']]", .exists),
            ("$[?@.c[*][?@ == 'x']]", .exists),
            ("$[?@.c[?@ == 'x'].d]", .exists),
        ] as [(String, FilterNode.Kind)])
    func filterKinds(query: String, kind: FilterNode.Kind) throws {
        let parsed = try JSONPathQuery(query)
        #expect(parsed.query.segments[0].filter?.kind == kind)
    }

    /// `!@.s[?@ == 'n']`: the negation holds the direct test.
    @Test func negatedContainment() throws {
        let parsed = try JSONPathQuery("$[?(@.a == 'x' || @.a == 'y') && !@.s[?@ == 'n' || @ == 'm']]")
        let root = try #require(parsed.query.segments[0].filter)
        #expect(root.kind == .and)
        let kinds = root.terms.map { $0._withUnsafeGuaranteedRef { $0.kind } }
        #expect(kinds == [.memberEqualsAny, .not])
        let negated = root.terms[1]._withUnsafeGuaranteedRef { $0.terms[0]._withUnsafeGuaranteedRef { $0.kind } }
        #expect(negated == .childEqualsAny)
    }

    /// Random documents and random filters of these shapes, nested, negated and combined,
    /// read both ways: seeded, so that a failure names the case that replays it.
    @Test(arguments: 0..<6)
    func randomFiltersAgreeWithThePlainReading(block: Int) throws {
        var random = SplitMix(seed: UInt64(block) &* 0x2545_F491_4F6C_DD1D &+ 7)
        for number in 0..<300 {
            let document = Self.document(&random)
            let root = json(document)
            let query = "$[?\(Self.expression(&random, depth: 0))]\(random.pick(["", "", ".c", "..c"]))"
            let label = "block \(block) case \(number): \(query) over \(document)"
            guard try expectMergedReadingSelectsAsPlain(query, over: root, label: label) else { return }
        }
    }

    // MARK: - Generators

    private static let scalars = [
        #""x""#, #""y""#, #""""#, #""1""#, "1", "1.0", "2", "true", "false", "null", "\"\u{E9}\"", "\"e\u{301}\"",
        #""0123456789abcdef""#, #""a-name-longer-than-sixteen-bytes""#,
    ]

    private static let literals = [
        "'x'", "'y'", "''", "'1'", "1", "1.0", "2", "true", "false", "null", "'\u{E9}'", "'e\u{301}'",
        "'0123456789abcdef'", "'a-name-longer-than-sixteen-bytes'", "'z'",
    ]

    private static func value(_ random: inout SplitMix, depth: Int) -> String {
        switch depth > 0 ? random.below(10) : 0 {
        case 0...4: return random.pick(scalars)
        case 5, 6: return object(&random, depth: depth - 1)
        default:
            return "[" + (0..<random.below(4)).map { _ in value(&random, depth: depth - 1) }.joined(separator: ", ")
                + "]"
        }
    }

    private static func object(_ random: inout SplitMix, depth: Int) -> String {
        var names = ["a", "c", "d", "x"]
        var members: [String] = []
        for _ in 0..<random.below(4) {
            let name = names.remove(at: random.below(names.count))
            members.append("\"\(name)\": \(value(&random, depth: depth))")
        }
        return "{" + members.joined(separator: ", ") + "}"
    }

    private static func document(_ random: inout SplitMix) -> String {
        let items = (0..<(1 + random.below(6))).map { _ in
            random.below(5) == 0 ? value(&random, depth: 2) : object(&random, depth: 2)
        }
        if random.below(4) == 0 {
            return "{" + items.enumerated().map { "\"k\($0.offset)\": \($0.element)" }.joined(separator: ", ") + "}"
        }
        return "[" + items.joined(separator: ", ") + "]"
    }

    /// `prefix[?@ == l || …]`, perhaps negated; the prefix singular or (for contrast) not.
    private static func containment(_ random: inout SplitMix, depth: Int) -> String {
        let prefix = random.pick(["@.c", "@.c", "@.a", "@", "@.a.x", "@.c[0]", "$[0].c", "@['c']", "@..c", "@.c[*]"])
        let tests = (0..<(1 + random.below(3))).map { _ in
            switch random.below(6) {
            case 0: return "\(random.pick(literals)) == @"
            case 1: return "!@"
            case 2: return depth < 2 ? expression(&random, depth: depth + 1) : "@ == \(random.pick(literals))"
            default: return "@ == \(random.pick(literals))"
            }
        }.joined(separator: " || ")
        let filter = "\(prefix)[?\(tests)]\(random.below(8) == 0 ? ".d" : "")"
        return random.below(3) == 0 ? "!" + filter : filter
    }

    /// Equalities of `@`, of a member and of a path, and containments, joined.
    private static func basic(_ random: inout SplitMix, depth: Int) -> String {
        switch random.below(7) {
        case 0: return "@ == \(random.pick(literals))"
        case 1: return "\(random.pick(["@.a", "@.c", "@['a']", "@.a.x"])) == \(random.pick(literals))"
        case 2: return "!\(random.pick(["@.a", "@.c"]))"
        case 3: return "\(random.pick(["@.a", "@.c"])) != \(random.pick(literals))"
        default: return containment(&random, depth: depth)
        }
    }

    private static func expression(_ random: inout SplitMix, depth: Int) -> String {
        (0..<(1 + random.below(3))).map { _ in
            (0..<(1 + random.below(3))).map { _ in basic(&random, depth: depth) }.joined(separator: " && ")
        }.joined(separator: " || ")
    }
}
