import JSONPath
import PactLint
import Testing
import YAMLSource

/// Builds YAML trees by hand (independent of the loader), each node on its own line so that
/// a test can tell which node a query returned by its span.
private struct TreeBuilder {
    private var line = 0

    private mutating func span() -> SourceSpan {
        line += 1
        return SourceSpan(
            start: SourcePosition(offset: line * 100, line: line, column: 3),
            end: SourcePosition(offset: line * 100 + 5, line: line, column: 8))
    }

    mutating func scalar(_ text: String, _ value: YAMLValue, style: YAMLScalar.Style = .plain) -> YAMLNode {
        YAMLNode(content: .scalar(YAMLScalar(text: text, style: style, value: value)), span: span())
    }

    mutating func string(_ text: String) -> YAMLNode { scalar(text, .string(text)) }

    mutating func sequence(_ items: [YAMLNode]) -> YAMLNode {
        YAMLNode(content: .sequence(items), span: span())
    }

    mutating func mapping(_ pairs: [(YAMLNode, YAMLNode)]) -> YAMLNode {
        YAMLNode(content: .mapping(pairs.map { YAMLPair(key: $0.0, value: $0.1) }), span: span())
    }

    mutating func mapping(_ pairs: [(String, YAMLNode)]) -> YAMLNode {
        var converted: [(YAMLNode, YAMLNode)] = []
        for (key, value) in pairs { converted.append((string(key), value)) }
        return mapping(converted)
    }
}

@Suite struct YAMLNodeJSONPathTests {
    /// partner: {country: "NO", active: true, note: null}
    /// actions: [{area: return-readmission, budget: 1000, beneficiaries: [coast-guard]},
    ///           {area: reintegration, budget: 1000.0, beneficiaries: [iom]}]
    /// 2024: year key
    private static func document() -> YAMLNode {
        var tree = TreeBuilder()
        let partner = tree.mapping([
            ("country", tree.scalar("NO", .string("NO"))),
            ("active", tree.scalar("true", .bool(true))),
            ("note", tree.scalar("~", .null)),
        ])
        let first = tree.mapping([
            ("area", tree.string("return-readmission")),
            ("budget", tree.scalar("1000", .int(1000))),
            ("beneficiaries", tree.sequence([tree.string("coast-guard")])),
        ])
        let second = tree.mapping([
            ("area", tree.string("reintegration")),
            ("budget", tree.scalar("1_000.0", .float(1000))),
            ("beneficiaries", tree.sequence([tree.string("iom")])),
        ])
        let actions = tree.sequence([first, second])
        let yearKey = tree.scalar("2024", .int(2024))
        let year = tree.string("pilot")
        let complexKey = tree.sequence([tree.string("a")])
        let complexValue = tree.string("odd")
        let partnerKey = tree.string("partner")
        let actionsKey = tree.string("actions")
        return tree.mapping([(partnerKey, partner), (actionsKey, actions), (yearKey, year), (complexKey, complexValue)])
    }

    private let root = Self.document()

    @Test func scalarsMapToJSONValues() throws {
        let partner = try JSONPathQuery("$.partner.*").evaluate(root: root).map(\.node.jsonPathKind)
        #expect(partner == [.string("NO"), .bool(true), .null])
        #expect(root.jsonPathKind == .object)
        #expect(root.jsonPathCount == 4)
    }

    @Test func filterOverYAMLKeepsSpansAndPaths() throws {
        let matches = try JSONPathQuery("$.actions[?@.beneficiaries[?@ == 'coast-guard']].area").evaluate(root: root)
        #expect(matches.map(\.node.jsonPathKind) == [.string("return-readmission")])
        #expect(matches.map(\.path.description) == ["$['actions'][0]['area']"])
        // The node is the YAML node itself, so a finding can point at its source.
        // (The builder numbers nodes as it creates them: the partner's 3 values, 3 keys and
        // mapping take lines 1-7, so the first area is on line 8.)
        #expect(matches.first?.node.span.start.line == 8)
    }

    @Test func integersAndFloatsCompareByValue() throws {
        let areas = try JSONPathQuery("$.actions[?@.budget == 1000].area").nodes(root: root).map(\.jsonPathKind)
        #expect(areas == [.string("return-readmission"), .string("reintegration")])
        #expect(try JSONPathQuery("$.actions[?@.budget > 999.5]").nodes(root: root).count == 2)
    }

    @Test func countryCodesStayStrings() throws {
        #expect(try JSONPathQuery("$[?@.country == 'NO']").nodes(root: root).count == 1)
        #expect(try JSONPathQuery("$[?@.active == true && @.note == null]").nodes(root: root).count == 1)
    }

    @Test func nonStringKeysAreNamedByTheirText() throws {
        let matches = try JSONPathQuery("$['2024']").evaluate(root: root)
        #expect(matches.map(\.node.jsonPathKind) == [.string("pilot")])
        #expect(matches.map(\.path.description) == ["$['2024']"])
        #expect(root.jsonPathMember(at: 3).name == "")
    }

    @Test func descendantsInDocumentOrder() throws {
        let paths = try JSONPathQuery("$..beneficiaries[*]").evaluate(root: root).map(\.path.description)
        #expect(paths == ["$['actions'][0]['beneficiaries'][0]", "$['actions'][1]['beneficiaries'][0]"])
    }

    @Test func queriesStartingAtTheSubject() throws {
        let subjects = try JSONPathQuery("$.actions[*]").evaluate(root: root)
        let query = try JSONPathQuery("@.beneficiaries[0]", allowingCurrentNodeRoot: true)
        let found = subjects.flatMap { subject in
            query.evaluate(root: root, current: subject.node, currentPath: subject.path).map(\.path.description)
        }
        #expect(found == ["$['actions'][0]['beneficiaries'][0]", "$['actions'][1]['beneficiaries'][0]"])
        let expression = try JSONPathExpression("@.budget >= 1000 && length(@.beneficiaries) == 1")
        #expect(subjects.allSatisfy { expression.evaluate(current: $0.node, root: root) })
    }

    /// String literals are compared with a scalar's bytes and its resolved value: a plain `1`
    /// is a number, a string that only shares a literal's first bytes or length is another
    /// string, canonically equivalent strings differ, and a scalar's value is compared, not
    /// its text.
    @Test func stringLiteralsCompareWithStringValuesByteForByte() throws {
        var tree = TreeBuilder()
        let list = tree.sequence([
            tree.scalar("1", .int(1)),
            tree.scalar("'1'", .string("1"), style: .singleQuoted),
            tree.string("return-readmission"),
            tree.string("return-readmissioN"),
            tree.string("caf\u{E9}"),
            tree.string("cafe\u{301}"),
            tree.scalar("text", .string("value")),
            tree.scalar("null", .null),
        ])
        func selected(_ query: String) throws -> [String] {
            try JSONPathQuery(query).evaluate(root: list).map(\.path.description)
        }
        #expect(try selected("$[?@ == '1']") == ["$[1]"])
        #expect(try selected("$[?@ == 1]") == ["$[0]"])
        #expect(try selected("$[?@ == '1' || @ == 1 || @ == null]") == ["$[0]", "$[1]", "$[7]"])
        #expect(try selected("$[?@ == 'return-readmission']") == ["$[2]"])
        #expect(try selected("$[?@ == 'return-readmissioN' || @ == 'caf\u{E9}']") == ["$[3]", "$[4]"])
        #expect(try selected("$[?@ == 'cafe\u{301}']") == ["$[5]"])
        #expect(try selected("$[?@ == 'value' || @ == 'text']") == ["$[6]"])
        #expect(try selected("$[?@ == 'null' || @ == '']").isEmpty)
        #expect(try selected("$[?@ == null]") == ["$[7]"])
        #expect(try selected("$[?@ != 'return-readmission']").count == 7)
    }

    /// `containsNode` lends each node to its predicate; a node the predicate keeps stays
    /// valid after the query and after the document it came from is dropped.
    @Test func nodesKeptByAPredicateOutliveTheirDocument() throws {
        let query = try JSONPathQuery("$..beneficiaries[*]")
        var kept: [YAMLNode] = []
        do {
            let document = Self.document()
            let stopped = query.containsNode(root: document) { node in
                kept.append(node)
                return false
            }
            #expect(!stopped)
        }
        #expect(kept.map(\.jsonPathKind) == [.string("coast-guard"), .string("iom")])
        #expect(kept.map(\.span) == query.nodes(root: Self.document()).map(\.span))
    }

    @Test func deepEqualityAcrossYAMLNodes() throws {
        var tree = TreeBuilder()
        let left = tree.mapping([("a", tree.sequence([tree.scalar("1", .int(1)), tree.string("x")]))])
        let right = tree.mapping([("a", tree.sequence([tree.scalar("1.0", .float(1)), tree.string("x")]))])
        let other = tree.mapping([("a", tree.sequence([tree.scalar("2", .int(2)), tree.string("x")]))])
        let document = tree.mapping([("l", left), ("r", right), ("o", other)])
        #expect(try JSONPathExpression("$.l == $.r && $.l != $.o").evaluate(current: document, root: document))
    }
}
