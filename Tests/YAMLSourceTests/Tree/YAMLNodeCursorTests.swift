import Testing
import YAMLSource

/// A cursor reads the same tree as the node it was made from, without owning it: these pin
/// that it reaches the same nodes, in its own tree and in the trees a hand-built node refers
/// to, and that lookups by a name's first bytes settle on the name's exact bytes.
@Suite("node cursor")
struct YAMLNodeCursorTests {
    /// The first eight UTF-8 bytes of `text`, the first in the lowest byte.
    private static func prefix(_ text: String) -> UInt64 {
        var prefix: UInt64 = 0
        for (i, byte) in text.utf8.prefix(8).enumerated() { prefix |= UInt64(byte) << (8 * UInt64(i)) }
        return prefix
    }

    private static func lookUp(_ node: YAMLNode, _ text: String) -> YAMLNode? {
        node.value(forKeyText: text, utf8Prefix: prefix(text), utf8Count: text.utf8.count)
    }

    @Test("a cursor reads what its node reads, and gives the same nodes back")
    func cursorReadsTheTree() throws {
        let node = try root("a: [1, two, {b: c}]\nd: text\n")
        let cursor = YAMLNodeCursor(node)
        #expect(cursor.kind == .mapping)
        #expect(cursor.childCount == 2)
        #expect(cursor.keyText(at: 1) == "d")
        #expect(cursor.value(at: 1).scalarText == "text")
        #expect(cursor.value(at: 1).node == node.value(at: 1))
        let list = cursor.value(at: 0)
        #expect(list.kind == .sequence && list.childCount == 3)
        #expect(list.item(at: 0).scalarValue == .int(1))
        #expect(list.item(at: 1).scalarValue == .string("two"))
        #expect(list.item(at: 2).value(forKeyText: "b")?.node == node.value(at: 0).item(at: 2).value(at: 0))
        #expect(list.scalarText == nil && list.scalarValue == nil)
        #expect(cursor.node == node)
    }

    @Test("a cursor follows a hand-built node into the trees it refers to")
    func cursorReachesOtherTrees() throws {
        // The loaded mapping is referenced, not copied, by the hand-built sequence: its nodes
        // stay in their own tree, kept alive through the sequence's.
        let span = SourceSpan(
            start: SourcePosition(offset: 0, line: 1, column: 1), end: SourcePosition(offset: 1, line: 1, column: 2))
        let list = YAMLNode(content: .sequence([try root("key: value\n")]), span: span)
        let cursor = YAMLNodeCursor(list).item(at: 0)
        #expect(cursor.kind == .mapping)
        #expect(cursor.value(forKeyText: "key")?.scalarText == "value")
        #expect(cursor.node == list.item(at: 0))
    }

    @Test("a lookup by a name's first bytes confirms the whole name, byte for byte")
    func lookupByPrefix() throws {
        let node = try root(
            "beneficiaryA: a\nbeneficiaryB: b\ncaf\u{E9}: composed\nab: short\nabc: longer\n1: one\n[x]: list\n")
        for name in ["beneficiaryA", "beneficiaryB", "caf\u{E9}", "ab", "abc", "1"] {
            #expect(Self.lookUp(node, name) == node.value(forKeyText: name), "\(name)")
            #expect(
                YAMLNodeCursor(node).value(forKeyText: name, utf8Prefix: Self.prefix(name), utf8Count: name.utf8.count)?
                    .node
                    == node.value(forKeyText: name), "\(name)")
        }
        #expect(Self.lookUp(node, "beneficiaryB")?.stringValue == "b")
        #expect(Self.lookUp(node, "beneficiaryC") == nil)
        #expect(Self.lookUp(node, "cafe\u{301}") == nil)
        #expect(Self.lookUp(node, "a") == nil)
        #expect(Self.lookUp(node, "") == nil)
        #expect(Self.lookUp(node.value(at: 0), "a") == nil)
    }

    @Test("keys of every kind are found by their text, in loaded, copied and hand-built trees")
    func keysOfEveryKind() throws {
        let loaded = try root("~: tilde\ntrue: yes\n0x1F: hex\n'quoted': q\n[a]: list\nlong-key-of-many-bytes: long\n")
        let span = SourceSpan(
            start: SourcePosition(offset: 0, line: 1, column: 1), end: SourcePosition(offset: 1, line: 1, column: 2))
        let handBuilt = YAMLNode(content: .mapping(loaded.pairs ?? []), span: span)
        for node in [loaded, loaded.detachedCopy(), handBuilt] {
            #expect(node.value(forKeyText: "~")?.stringValue == "tilde")
            #expect(node.value(forKeyText: "true")?.stringValue == "yes")
            #expect(node.value(forKeyText: "0x1F")?.stringValue == "hex")
            #expect(node.value(forKeyText: "31") == nil)
            #expect(node.value(forKeyText: "quoted")?.stringValue == "q")
            #expect(Self.lookUp(node, "long-key-of-many-bytes")?.stringValue == "long")
            #expect(Self.lookUp(node, "long-key-of-many-bytez") == nil)
            #expect(node.value(forKeyText: "[a]") == nil && node.value(forKeyText: "") == nil)
        }
    }

    /// A lookup of a short name by its words, as a compiled query holds them.
    private static func lookUpByWords(_ node: YAMLNode, _ text: String) -> YAMLNode? {
        let bytes = Array(text.utf8)
        var suffix: UInt64 = 0
        for (i, byte) in bytes.dropFirst(8).enumerated() { suffix |= UInt64(byte) << (8 * UInt64(i)) }
        return YAMLNodeCursor(node).value(forKeyUTF8Prefix: prefix(text), suffix: suffix, count: bytes.count)?.node
    }

    @Test("a lookup by a short name's words finds what a lookup by its text finds")
    func lookupByWords() throws {
        let names = [
            "", "a", "seven77", "eight888", "nine99999", "fifteen-bytes15", "sixteen-bytes-16", "caf\u{E9}",
            "1", "true", "0x1F", "~",
        ]
        let text = names.enumerated().map { "'\($0.element)': \($0.offset)\n" }.joined()
        let quoted = try root(text)
        let plain = try root("1: one\ntrue: yes\n0x1F: hex\n~: tilde\nsixteen-bytes-16: s\n[x]: list\n")
        let span = SourceSpan(
            start: SourcePosition(offset: 0, line: 1, column: 1), end: SourcePosition(offset: 1, line: 1, column: 2))
        let handBuilt = YAMLNode(content: .mapping(plain.pairs ?? []), span: span)
        for node in [quoted, plain, plain.detachedCopy(), handBuilt] {
            for name in names + [
                "b", "seven7", "eight887", "nine99998", "fifteen-bytes1", "sixteen-bytes-17", "cafe\u{301}",
            ] {
                #expect(Self.lookUpByWords(node, name) == node.value(forKeyText: name), "\(name)")
            }
        }
        #expect(Self.lookUpByWords(quoted, "sixteen-bytes-16")?.scalarValue == .int(6))
        #expect(Self.lookUpByWords(plain, "0x1F")?.stringValue == "hex")
        #expect(Self.lookUpByWords(plain, "31") == nil)
        #expect(Self.lookUpByWords(plain.value(at: 0), "1") == nil)
    }

    @Test("every key of mappings of every size is found, past keys that share its print")
    func lookupInMappingsOfEverySize() throws {
        // `key_aaaa0`… share their first eight bytes and length, so their prints are equal and
        // each match is settled on the rest; the mappings follow each other in the tree, so
        // their key prints start at every alignment.
        var text = ""
        for size in 0...13 {
            text += "m\(size):" + (size == 0 ? " {}" : "") + "\n"
            for key in 0..<size { text += "  \(key % 3 == 2 ? "other\(key)" : "key_aaaa\(key)"): v\(key)\n" }
        }
        let node = try root(text)
        for size in 0...13 {
            let mapping = try #require(node.value(forKeyText: "m\(size)"))
            #expect(mapping.childCount == size)
            for key in 0...size {
                let name = key % 3 == 2 ? "other\(key)" : "key_aaaa\(key)"
                let expected = key < size ? "v\(key)" : nil
                #expect(mapping.value(forKeyText: name)?.stringValue == expected, "\(size) \(name)")
                #expect(Self.lookUp(mapping, name)?.stringValue == expected, "\(size) \(name)")
                #expect(Self.lookUpByWords(mapping, name)?.stringValue == expected, "\(size) \(name)")
            }
            #expect(Self.lookUpByWords(mapping, "key_aaaa") == nil)
        }
    }

    @Test("a cursor's string value is its node's, for strings of every length and for other nodes")
    func stringValue() throws {
        let node = try root("a: short\nb: a string longer than fifteen bytes\nc: '42'\nd: 42\ne: true\nf: ~\ng: [x]\n")
        let cursor = YAMLNodeCursor(node)
        for index in 0..<node.childCount {
            #expect(cursor.value(at: index).stringValue == node.value(at: index).stringValue, "\(index)")
        }
        #expect(cursor.value(at: 2).stringValue == "42" && cursor.value(at: 3).stringValue == nil)
        #expect(cursor.stringValue == nil)
        // A hand-built scalar whose string value differs from its text gives its value.
        let span = SourceSpan(
            start: SourcePosition(offset: 0, line: 1, column: 1), end: SourcePosition(offset: 1, line: 1, column: 2))
        let other = YAMLNode(content: .scalar(YAMLScalar(text: "a", style: .plain, value: .string("b"))), span: span)
        #expect(YAMLNodeCursor(other).stringValue == "b")
    }

    @Test("a mapping's keys are read in one pass: in order, as words when short, until one is refused")
    func allKeysInOnePass() throws {
        let node = try root("id: 1\nkey_of_more_than_fifteen: 2\n[x]: 3\n? {a: b}\n: 4\ncafé: 5\nlast: 6\n")
        let cursor = YAMLNodeCursor(node)
        var seen: [(Int, String?)] = []
        let all = cursor.allKeys { index, words in
            seen.append((index, words.map { Self.text(of: $0) }))
            return true
        }
        #expect(all)
        #expect(seen.map(\.0) == Array(0..<6))
        // Short scalar keys as their words; a long key and collection keys without them.
        #expect(seen.map(\.1) == ["id", nil, nil, nil, "café", "last"])
        for (index, words) in seen where words != nil {
            #expect(cursor.keyWords(at: index).map { Self.text(of: $0) } == words)
        }
        // The pass stops at the first key refused.
        var asked: [Int] = []
        let refused = !cursor.allKeys { index, _ in
            asked.append(index)
            return index != 2
        }
        #expect(refused && asked == [0, 1, 2])
        // A node that is not a mapping has no key to refuse.
        #expect(cursor.value(at: 0).allKeys { _, _ in false })
        #expect(try YAMLNodeCursor(root("[a, b]\n")).allKeys { _, _ in false })
    }

    /// The text a short key's words hold.
    private static func text(of words: (prefix: UInt64, suffix: UInt64, count: Int)) -> String {
        var bytes: [UInt8] = []
        for offset in 0..<words.count {
            let word = offset < 8 ? words.prefix : words.suffix
            bytes.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(offset % 8))))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
