import JSONPath
import Testing
import _PactLintTestSupport

/// Plain queries walked together (`JSONPathQueryTrie`): each query gets the nodes it selects
/// alone, in its own order; shared steps, prefixes, repeated names and indices outside the
/// array change nothing of that.
@Suite struct QueryTrieTests {
    private let document = json(
        """
        {"actions": [
            {"id": "a1", "title": "t1", "sources": ["s1", "s2"], "budget": {"amount": 1}},
            {"id": "a2", "title": "t2", "sources": []},
            {"id": "a3", "sources": ["s3"], "budget": {"amount": 3}}
        ],
        "budget": {"lines": [{"id": "l1", "notes": "n1"}, {"id": "l2"}], "currency": "EUR"},
        "title": "doc"}
        """)

    /// For each query, the nodes the tree hands out and those the query selects alone.
    private func combinedAndAlone(
        _ texts: [String], current: JSONValue? = nil
    ) throws -> (combined: [[JSONValue]], alone: [[JSONValue]]) {
        let queries = try texts.map { try JSONPathQuery($0, allowingCurrentNodeRoot: true) }
        let trie = try #require(JSONPathQueryTrie(queries))
        return (
            trie.nodesByQuery(root: document, current: current),
            queries.map { $0.nodes(root: document, current: current) }
        )
    }

    @Test func sharedPrefixesGiveEachQueryItsNodes() throws {
        let texts = [
            "$.actions[*].id", "$.actions[*].sources[*]", "$.actions[*]['title','id']", "$.budget.lines[*].id",
            "$.budget.currency", "$.actions[*].budget.amount",
        ]
        let (combined, alone) = try combinedAndAlone(texts)
        #expect(combined == alone)
        #expect(combined[1] == ["s1", "s2", "s3"].map { JSONValue.string($0) })
        #expect(combined[2] == ["t1", "a1", "t2", "a2", "a3"].map { JSONValue.string($0) })
    }

    @Test func aQueryThatIsAPrefixOfAnotherGetsItsOwnNodes() throws {
        let texts = ["$.actions[*].sources", "$.actions[*].sources[*]", "$.actions", "$", "$.actions[*].sources"]
        let (combined, alone) = try combinedAndAlone(texts)
        #expect(combined == alone)
        #expect(combined[3] == [document])
        #expect(combined[0].count == 3 && combined[4].count == 3)
    }

    @Test func unionsWithRepeatedNamesSelectEachTime() throws {
        let texts = ["$.actions[0]['id','id','title','missing','id']", "$.actions[0]['id','title']", "$.actions[0].id"]
        let (combined, alone) = try combinedAndAlone(texts)
        #expect(combined == alone)
        #expect(combined[0] == ["a1", "a1", "t1", "a1"].map { JSONValue.string($0) })
    }

    @Test func indicesOutsideTheArraySelectNothing() throws {
        let texts = ["$.actions[3].id", "$.actions[-4].id", "$.actions[-1].id", "$.actions[2].id", "$.title[0]"]
        let (combined, alone) = try combinedAndAlone(texts)
        #expect(combined == alone)
        #expect(combined.map(\.count) == [0, 0, 1, 1, 0])
    }

    @Test func slicesAndMixedUnionsKeepTheirOrder() throws {
        let texts = ["$.actions[::-1].id", "$.actions[0:]", "$.actions[1:].id", "$.actions[2,0,'x'].id", "$.*"]
        let (combined, alone) = try combinedAndAlone(texts)
        #expect(combined == alone)
        #expect(combined[0] == ["a3", "a2", "a1"].map { JSONValue.string($0) })
        #expect(combined[3] == ["a3", "a1"].map { JSONValue.string($0) })
    }

    @Test func queriesAtTheCurrentNodeStartThere() throws {
        guard case .array(let actions)? = document["actions"], let action = actions.first else {
            Issue.record("the document has no actions")
            return
        }
        let texts = ["@.id", "$.actions[0].id", "@.sources[*]", "@"]
        let (combined, alone) = try combinedAndAlone(texts, current: action)
        #expect(combined == alone)
        #expect(combined[0] == [.string("a1")])
        #expect(combined[3] == [action])
    }

    @Test func onlyPlainQueriesAreWalkedTogether() throws {
        for text in ["$.a", "$['a','b'][*]", "$[0:2][-1]", "@.a[*]", "$", "$[0,'a',*]"] {
            #expect(try JSONPathQuery(text, allowingCurrentNodeRoot: true).isPlain, "\(text)")
        }
        for text in ["$..a", "$.a[?@.b == 1]", "$[?@]", "$.a..*", "$['a', ?@.b]"] {
            let query = try JSONPathQuery(text)
            #expect(!query.isPlain, "\(text)")
            #expect(JSONPathQueryTrie([try JSONPathQuery("$.a"), query]) == nil, "\(text)")
        }
    }

    @Test func theWalkStopsWhenAsked() throws {
        let queries = try ["$.actions[*].id", "$.actions[*].sources[*]"].map { try JSONPathQuery($0) }
        let trie = try #require(JSONPathQueryTrie(queries))
        var seen: [JSONValue] = []
        let finished = trie.forEachNode(root: document) { _, node in
            seen.append(node)
            return node != .string("s1")
        }
        #expect(!finished)
        // The tree's order: each action's id, then its sources, action after action.
        #expect(seen == ["a1", "s1"].map { JSONValue.string($0) })
        #expect(trie.forEachNode(root: document) { _, _ in true })
    }
}
