import Testing
import YAMLSource

@testable import PactLint

/// A document's portfolio projection keeps the members the portfolio rules' queries can reach,
/// down to the leaves they name, with their spans.
@Suite("Projection plan")
struct ProjectionPlanTests {
    static let document = """
        id: eu-tra
        title: Transitia
        partner: {country: Transitia, iso3: TRA, roles: [transit]}
        routes: [central-mediterranean, atlantic]
        actions: [{id: a1, area: protection}]
        budget: {currency: EUR, lines: [{id: b1, amount: 5}]}
        context:
          summary: The partner hosts many people in transit.
          population: 12000000

        """

    /// The projection of `document` under the portfolio rule `rule` (its body, indented).
    func projection(_ rule: String) throws -> YAMLNode {
        let rules = """
            rules:
              - id: P-01
                name: portfolio-rule
                title: A portfolio rule
                principle: comprehensive
                severity: info
                scope: portfolio
            \(rule)

            """
        let engine = Engine(ruleSet: try TestPack.ruleSet(rules))
        let result = engine.check(file: SourceFile(path: "t.yaml", text: Self.document))
        return try #require(result.projections.first?.root)
    }

    /// The projection as a nested dictionary of member names (scalars and lists as `"…"`).
    func shape(_ node: YAMLNode) -> [String: Any] {
        var members: [String: Any] = [:]
        for pair in node.pairs ?? [] {
            guard let name = pair.key.stringValue else { continue }
            members[name] = pair.value.pairs == nil ? "…" : shape(pair.value)
        }
        return members
    }

    func describe(_ node: YAMLNode) -> String {
        func text(_ value: Any) -> String {
            guard let members = value as? [String: Any] else { return "…" }
            return "{" + members.keys.sorted().map { "\($0): \(text(members[$0] ?? ""))" }.joined(separator: ", ") + "}"
        }
        return text(shape(node))
    }

    @Test func theDefaultShapeOfQueriesKeepsOnlyTheirLeaves() throws {
        let root = try projection(
            """
                given: "$[?@.partner.roles[?@ == 'transit']].routes[*]"
                assert:
                  in: {value: "@", among: "$[?@.partner.roles[?@ == 'origin']].routes[*]"}
                message: "route {@}"
            """)
        #expect(describe(root) == "{id: …, partner: {roles: …}, routes: …, title: …}")
    }

    @Test func aMemberChainKeepsTheNodeItEndsOnWithItsSpan() throws {
        let root = try projection(
            """
                assert:
                  distinct: {of: "$[*].context.summary", max-similarity: 0.5}
                message: "{similarity} similar to {other}"
            """)
        #expect(describe(root) == "{context: {summary: …}, id: …, title: …}")
        let summary = try #require(root[key: "context"]?[key: "summary"])
        #expect(summary.span.start.line == 8)
        #expect(summary.span.start.column == 12)
        #expect(summary.stringValue == "The partner hosts many people in transit.")
    }

    @Test func bracketNamesAndFiltersBelowAChainKeepTheChainWhole() throws {
        let root = try projection(
            """
                given: "$[*]"
                assert:
                  exists: "@['budget']['lines'][?@.amount > 3]"
                message: "{@.partner.iso3}"
            """)
        #expect(describe(root) == "{budget: {lines: …}, id: …, partner: {iso3: …}, title: …}")
    }

    @Test func aWholeDocumentAsAValueKeepsWholeDocuments() throws {
        for query in ["$[*]", "$..amount", "$[*].*"] {
            let root = try projection(
                """
                    assert:
                      exists: "\(query)"
                    message: "m"
                """)
            #expect(root.pairs?.count == 7, "\(query)")
        }
    }

    @Test func keptPathsMerge() {
        let plan = ProjectionPlan(paths: [["partner", "roles"], ["partner"], ["context", "summary"]])
        #expect(plan.root == ["partner": .whole, "context": .members(["summary": .whole])])
    }

    /// A projection keeps copies (in one small tree), never the document's own nodes, so that
    /// keeping it does not keep the document.
    @Test func aProjectionSharesNoNodeWithItsDocument() throws {
        let root = try YAMLLoader().load(SourceFile(path: "t.yaml", text: Self.document)).documents[0].root
        let plan = ProjectionPlan(paths: [["id"], ["partner", "roles"], ["routes"], ["context", "summary"]])
        let projected = plan.project(root)
        let roles = try #require(projected[key: "partner"]?[key: "roles"])
        #expect(roles == root[key: "partner"]?[key: "roles"])
        #expect(roles.identity != root[key: "partner"]?[key: "roles"]?.identity)
        #expect(projected[key: "routes"] == root[key: "routes"])
        #expect(projected[key: "routes"]?.identity != root[key: "routes"]?.identity)
        #expect(projected[key: "context"]?[key: "summary"] == root[key: "context"]?[key: "summary"])
        #expect(projected[key: "partner"]?.childCount == 1)
        #expect(projected.childCount == 4)
    }

    /// `distinct` texts read at a member chain below each document are measured while the file
    /// is checked; other shapes are measured when compared.
    @Test(
        arguments: [
            ("$[*].context.summary", ["context", "summary"]), ("$.*['context'].summary", ["context", "summary"]),
            ("$[?@.partner.roles[?@ == 'transit']][\"context\"]['summary']", ["context", "summary"]),
            ("$[0].title", ["title"]), ("$[*]", nil), ("$..summary", nil), ("$[*].actions[*].title", nil),
            ("$.context.summary", nil), ("$[*].context.summary ", nil), ("$[*", nil),
        ] as [(String, [String]?)])
    func textChainsOfDistinctQueries(_ query: String, chain: [String]?) {
        #expect(ProjectionPlan.documentMemberChain(query)?.names == chain)
    }

    /// Only a chain below every document (a wildcard first step, however written) is searched
    /// for near-duplicates as documents arrive.
    @Test(
        arguments: [
            ("$[*].context.summary", true), ("$.*.context.summary", true), ("$[ * ].context.summary", true),
            ("$[0].context.summary", false), ("$[?@.id].context.summary", false), ("$[*, 0].context.summary", false),
        ])
    func chainsBelowEveryDocument(_ query: String, everyDocument: Bool) {
        #expect(ProjectionPlan.documentMemberChain(query)?.everyDocument == everyDocument)
    }

    @Test func theDefaultPackMeasuresSummariesWhileCheckingFiles() throws {
        let pack = try RulePackLoader().load(directories: [RepositoryPaths.rules])
        let plan = ProjectionPlan(rules: pack.rules.filter { $0.scope == .portfolio })
        #expect(plan.textChains == [["context", "summary"]])
        let document = try #require(YAMLLoader().load(SourceFile(path: "t.yaml", text: Self.document)).documents.first)
        let texts = plan.prepareTexts(document.root)
        #expect(texts.map(\.measure) == [TextSimilarity.shingled("The partner hosts many people in transit.")])
        let summary = try #require(document.root.member("context")?.member("summary"))
        #expect(texts.first?.isText(of: summary.span) == true)
    }
}
