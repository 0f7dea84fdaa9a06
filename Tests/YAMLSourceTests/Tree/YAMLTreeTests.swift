import Testing

@testable import YAMLSource

/// A loaded document is one `YAMLTree`; these pin what that must not change: an alias is its
/// anchored node, and a node built or copied from a document never keeps the document's tree
/// alive (a portfolio keeps a few nodes of every document for the whole run).
@Suite("document trees")
struct YAMLTreeTests {
    private static let text = """
        id: p-1
        partner:
          roles: [transit, origin]
          name: &name Partneria
        again: *name
        lines:
          - {amount: 10, new: true}
          - {amount: 2.5, new: false}

        """

    @Test("a document with more nodes than its tree can index is refused at the node that overflows, not wrapped")
    func treeIndexLimit() throws {
        var loader = YAMLLoader()
        loader.treeEntryLimit = 6
        // Each alias adds a child entry but no record: the limit holds for both.
        let fits = try loader.load(SourceFile(path: "t.yaml", text: "a: 1\nb: 2\n"))
        #expect(fits.documents.count == 1)
        for text in ["a: 1\nb: 2\nc: 3\nd: 4\n", "a: &x 1\nb: *x\nc: *x\nd: *x\n"] {
            do {
                _ = try loader.load(SourceFile(path: "t.yaml", text: text))
                Issue.record("loaded past the tree's index limit: \(text)")
            } catch {
                #expect(error.kind == .fileTooLarge)
                #expect(error.message == "the document has more than 6 nodes, more than pactlint can load")
                #expect(error.span.start.line == 3 || error.span.start.line == 4, "\(error.span)")
            }
        }
        // A new document starts a new tree, with the whole limit again.
        let stream = try loader.load(SourceFile(path: "t.yaml", text: "a: 1\nb: 2\n---\nc: 3\nd: 4\n"))
        #expect(stream.documents.count == 2)
    }

    @Test("every node of a document is in its one tree; an alias is its anchored node")
    func oneTreePerDocument() throws {
        let node = try root(Self.text)
        let name = try #require(node[key: "partner"]?[key: "name"])
        let again = try #require(node[key: "again"])
        #expect(again.identity == name.identity)
        #expect(again.span == name.span)
        #expect(name.tree === node.tree && node.index == 0)
        #expect(node.tree.recordCount == Self.count(node, expandingAliases: false))
    }

    @Test("a detached copy holds only its own nodes and equals the original")
    func detachedCopy() throws {
        let node = try root(Self.text)
        let lines = try #require(node[key: "lines"])
        let copy = lines.detachedCopy()
        #expect(copy == lines)
        #expect(copy.hashValue == lines.hashValue)
        #expect(copy.tree !== node.tree)
        #expect(copy.tree.recordCount == Self.count(lines, expandingAliases: true))
        #expect(copy.index == 0)
        #expect(copy.item(at: 1)[key: "amount"]?.doubleValue == 2.5)
        #expect(copy.item(at: 0)[key: "new"]?.boolValue == true)
    }

    @Test("a hand-built node copies document nodes in and references whole trees")
    func handBuiltNodes() throws {
        let node = try root(Self.text)
        let roles = try #require(node[key: "partner"]?[key: "roles"])
        let id = try #require(node[key: "id"])
        // Nodes from inside a document are copied: the new tree does not hold the document's.
        let built = YAMLNode(content: .mapping([YAMLPair(key: id, value: roles)]), span: node.span)
        #expect(built.tree !== node.tree)
        #expect(built.pair(at: 0).value.tree === built.tree)
        #expect(built.pair(at: 0).value == roles)
        #expect(built.tree.recordCount == 5)
        // A whole tree (a document's root, a hand-built node) is referenced, not copied.
        let list = YAMLNode(content: .sequence([built, node]), span: node.span)
        #expect(list.item(at: 0).tree === built.tree)
        #expect(list.item(at: 1).identity == node.identity)
        #expect(list.tree.recordCount == 1)
        #expect(list.items == [built, node])
        #expect(list.detachedCopy() == list)
        #expect(
            list.detachedCopy().tree.recordCount == 1 + built.tree.recordCount
                + Self.count(node, expandingAliases: true))
    }

    @Test("member lookup by key text reads keys of referenced and copied nodes alike")
    func lookupAcrossTrees() throws {
        let node = try root(Self.text)
        let key = YAMLNode(
            content: .sequence([
                YAMLNode(content: .scalar(YAMLScalar(text: "x", style: .plain, value: .string("x"))), span: node.span)
            ]),
            span: node.span)
        let built = YAMLNode(
            content: .mapping([YAMLPair(key: key, value: node), YAMLPair(key: node.pair(at: 0).key, value: key)]),
            span: node.span)
        #expect(built.value(forKeyText: "id") == key)
        #expect(built.value(forKeyText: "x") == nil)
        #expect(built.keyText(at: 0) == nil)
        #expect(built.keyText(at: 1) == "id")
        #expect(built.value(at: 0) == node)
    }

    @Test("key lookup finds a key whatever the representation of either string")
    func lookupWithAnyRepresentation() throws {
        let node = try root("id: a\nidentifier: b\nidentifiers: c\n\u{E9}t\u{E9}: d\nlonger-than-fifteen-bytes: e\n")
        for (name, expected) in [
            ("id", "a"), ("identifier", "b"), ("identifiers", "c"), ("\u{E9}t\u{E9}", "d"),
            ("longer-than-fifteen-bytes", "e"),
        ] {
            // The same text as a small (inline) string and as a heap-allocated one.
            var large = String()
            large.reserveCapacity(64)
            large.append(contentsOf: name)
            #expect(YAMLTree.textPrint(of: large) == YAMLTree.textPrint(of: name))
            #expect(node.value(forKeyText: name)?.stringValue == expected)
            #expect(node.value(forKeyText: large)?.stringValue == expected)
        }
        for missing in ["i", "identifierz", "identifiers ", "longer-than-fifteen-bytez", "\u{E9}te\u{301}"] {
            #expect(node.value(forKeyText: missing) == nil)
        }
    }

    @Test("a key's bytes read in place are its text's, small or large, and none for a collection key")
    func keyBytesInPlace() throws {
        let node = try root("id: a\nlonger-than-fifteen-bytes: b\n\u{E9}t\u{E9}: c\n15: d\n? [x]\n: e\n")
        for index in 0..<4 {
            let bytes = node.withKeyUTF8(at: index) { Array($0) }
            #expect(bytes == node.keyText(at: index).map { Array($0.utf8) })
        }
        #expect(node.withKeyUTF8(at: 4) { Array($0) } == nil)
    }

    @Test("a hand-built scalar keeps a string value that differs from its text")
    func otherStringValue() {
        let span = SourceSpan(start: pos(0, 1, 1), end: pos(1, 1, 2))
        let node = YAMLNode(content: .scalar(YAMLScalar(text: "a", style: .plain, value: .string("b"))), span: span)
        #expect(node.scalarText == "a")
        #expect(node.stringValue == "b")
        #expect(node.scalar == YAMLScalar(text: "a", style: .plain, value: .string("b")))
        #expect(
            node != YAMLNode(content: .scalar(YAMLScalar(text: "a", style: .plain, value: .string("a"))), span: span))
        #expect(node.detachedCopy() == node)
    }

    /// The nodes below and including `node`, each alias counted once (`false`) or as often
    /// as it appears (`true`).
    private static func count(_ node: YAMLNode, expandingAliases: Bool) -> Int {
        var seen: Set<YAMLNode.Identity> = []
        func walk(_ node: YAMLNode) -> Int {
            if !expandingAliases, !seen.insert(node.identity).inserted { return 0 }
            switch node.kind {
            case .scalar: return 1
            case .sequence: return 1 + (0..<node.childCount).reduce(0) { $0 + walk(node.item(at: $1)) }
            case .mapping:
                return 1
                    + (0..<node.childCount).reduce(0) {
                        $0 + walk(node.pair(at: $1).key) + walk(node.pair(at: $1).value)
                    }
            }
        }
        return walk(node)
    }
}
