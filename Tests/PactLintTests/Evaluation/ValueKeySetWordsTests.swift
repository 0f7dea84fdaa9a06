import Testing
import YAMLSource

@testable import PactLint

/// `ValueKeySet` inserts and looks up a node's value by the words the tree holds a short
/// string in (`insertValue(of:)`, `containsValue(of:)`); it must answer as a
/// `Set<ValueKey>` of the nodes' `valueKey`s does, whichever way each value came in.
@Suite struct ValueKeySetWordsTests {
    /// Scalars of every kind: short and long ids (7, 8, 9, 15 and 16 bytes), numbers written
    /// as 1, 1.0 and '1', booleans and their strings, null and '~', the empty string,
    /// composed and decomposed é, the Kelvin sign and K, lists, repeats.
    private static let values = [
        "a", "id-0001", "id-00001", "id-000001", "fifteen-bytes-x", "sixteen-bytes-xy", "a-very-long-identifier",
        "1", "1.0", "'1'", "2.5", "-0.0", "0", "true", "'true'", "false", "~", "null", "'~'", "''", "caf\u{E9}",
        "cafe\u{301}", "\u{212A}", "K", "[1, 2]", "'[1, 2]'", "a", "id-0001", "fifteen-bytes-x", "1", "''",
        "sixteen-bytes-xy", "\u{212A}", "caf\u{E9}",
    ]

    /// The values as nodes of one tree, in the order of `values`.
    private func nodes(_ values: [String]) throws -> (YAMLStream, [YAMLNode]) {
        let text = "values:\n" + values.map { "  - \($0)\n" }.joined()
        let file = try YAMLLoader().load(SourceFile(path: "v.yaml", text: text))
        let list = try #require(file.documents.first?.root.member("values"))
        return (file, (0..<list.childCount).map { list.item(at: $0) })
    }

    /// Inserted by node: the same answers to every insert, and to every probe by node and by
    /// key, as the reference set.
    private func agree(inserting values: [String], probing probes: [String]) throws {
        let (file, inserted) = try nodes(values)
        let (probeFile, probed) = try nodes(probes)
        var set = ValueKeySet(minimumCapacity: 2)
        var reference = Set<ValueKey>()
        for node in inserted {
            let added = set.insertValue(of: node)
            #expect(added == reference.insert(node.valueKey).inserted, "insert \(node.valueKey)")
        }
        #expect(set.count == reference.count)
        for node in inserted + probed {
            #expect(set.containsValue(of: node) == reference.contains(node.valueKey), "probe \(node.valueKey)")
            #expect(set.contains(node.valueKey) == reference.contains(node.valueKey), "key \(node.valueKey)")
        }
        withExtendedLifetime((file, probeFile)) {}
    }

    @Test func nodesAnswerAsASetOfValueKeys() throws {
        try agree(
            inserting: Self.values,
            probing: ["b", "id-0002", "1.00", "'2.5'", "fifteen-bytes-y", "sixteen-bytes-xz", "cafe", "k", "' '"])
    }

    /// Only short ASCII strings (the words' table alone), then a number and a long id, then
    /// a string outside ASCII (the `Set` takes over): each stage against the reference.
    @Test(arguments: 1...Self.values.count)
    func everyPrefixAgrees(count: Int) throws {
        try agree(inserting: Array(Self.values.prefix(count)), probing: Self.values)
    }

    /// Growth: many short ids, with repeats.
    @Test func manyShortIdsAgree() throws {
        let ids = (0..<200).map { "id-\($0 % 130)" }
        try agree(inserting: ids, probing: ids + ["id-130", "id-1000"])
    }

    /// An empty set holds nothing.
    @Test func emptySetHoldsNothing() throws {
        try agree(inserting: [], probing: Self.values)
    }

    /// Inserted as keys (a list written in a rule), looked up as nodes, and the reverse.
    @Test func keysAndNodesMeet() throws {
        let (file, probed) = try nodes(Self.values)
        // The cases reach both ways: ids of up to 15 bytes are read as words, longer ones not.
        #expect(probed.prefix(5).allSatisfy { YAMLNodeCursor($0).stringWords != nil })
        #expect(YAMLNodeCursor(probed[5]).stringWords == nil)
        var byKeys = ValueKeySet(minimumCapacity: 4)
        var reference = Set<ValueKey>()
        for key in [ValueKey.string("a"), .string("fifteen-bytes-x"), .number(1), .string("K"), .string("")] {
            _ = byKeys.insert(key)
            reference.insert(key)
        }
        for node in probed {
            #expect(byKeys.containsValue(of: node) == reference.contains(node.valueKey), "\(node.valueKey)")
        }
        var byNodes = ValueKeySet(minimumCapacity: 4)
        for node in probed.prefix(6) { _ = byNodes.insertValue(of: node) }
        #expect(byNodes.contains(.string("id-00001")))
        #expect(byNodes.contains(.string("fifteen-bytes-x")))
        #expect(!byNodes.contains(.string("fifteen-bytes-")))
        #expect(!byNodes.contains(.number(1)))
        // Outside ASCII, asked before any such value is a member: the Kelvin sign is K.
        #expect(!byNodes.contains(.string("\u{212A}")))
        _ = byNodes.insert(.string("K"))
        #expect(byNodes.contains(.string("\u{212A}")))
        let kelvinAgain = byNodes.insert(.string("\u{212A}"))
        #expect(!kelvinAgain)
        #expect(byNodes.contains(.string("a")) && byNodes.contains(.string("fifteen-bytes-x")))
        withExtendedLifetime(file) {}
    }
}
