import Testing
import YAMLSource

/// A mapping's key lookups go through its key index (a table of pair numbers by key print);
/// these pin them against a plain scan of the pairs: present and absent keys, keys that share
/// a print or a folded print, long, 15- and 16-byte, non-ASCII and NUL-holding keys, keys that
/// resolve to numbers or booleans, duplicates, mappings of 0 to 20 pairs at every offset in
/// their tree, and mappings too large to index.
@Suite("mapping key index")
struct KeyIndexTests {
    /// A key's text and how YAML spells it.
    private struct Key {
        let text: String
        let spelling: String

        init(_ text: String, spelling: String? = nil) {
            self.text = text
            self.spelling = spelling ?? text
        }
    }

    /// Keys chosen to collide: "activity_a1" and its kin share their first eight bytes and
    /// their length (one print); "abcdabcd" and its kin have equal halves, so their prints fold
    /// to the same 32 bits; the sixteen-byte keys share a prefix too.
    private static let pool: [Key] = [
        Key("a"), Key("b"), Key("id"), Key("pillar"), Key("activities"), Key("beneficiaries"),
        Key("abcdabcd"), Key("efghefgh"), Key("ijklijkl"),
        Key("activity_a1"), Key("activity_a2"), Key("activity_b1"),
        Key("refugee_convention_party"), Key("sixteen_bytes_ab"), Key("sixteen_bytes_ac"), Key("fifteen_bytes_a"),
        Key("caf\u{E9}"), Key("ключ"), Key("1"), Key("true"), Key("null"),
        Key("nul\u{0}byte", spelling: "\"nul\\0byte\""), Key("", spelling: "\"\""),
    ]

    /// Names no mapping below has, alike in print or bytes to those it has.
    private static let absent = [
        "activity_a3", "abcdabcx", "mnopmnop", "sixteen_bytes_ad", "fifteen_bytes_b", "x", "ids", "nul\u{0}bytf",
        "refugee_convention_partx", "cafe\u{301}", "0x1", "True", "01",
    ]

    /// Every way to look `text` up in `mapping` agrees with the scan.
    private static func expectLookups(_ mapping: YAMLNode, _ text: String, _ context: String) {
        let expected = KeyLookupReference.scanned(mapping, text)
        let (prefix, suffix) = KeyLookupReference.words(text)
        let count = text.utf8.count
        #expect(mapping.value(forKeyText: text) == expected, "\(context): \(text.debugDescription)")
        #expect(
            mapping.value(forKeyText: text, utf8Prefix: prefix, utf8Count: count) == expected,
            "\(context): \(text.debugDescription)")
        #expect(
            YAMLNodeCursor(mapping).value(forKeyText: text)?.node == expected, "\(context): \(text.debugDescription)")
        if count <= 16 {
            #expect(
                YAMLNodeCursor(mapping).value(forKeyUTF8Prefix: prefix, suffix: suffix, count: count)?.node == expected,
                "\(context): \(text.debugDescription)")
        }
    }

    @Test("lookups in mappings of 0 to 20 pairs, at every offset, agree with a scan", arguments: 0...20)
    func loadedMappings(pairs: Int) throws {
        for offset in 0..<4 {
            // A sequence of `offset` items before the mapping moves where its entries start.
            let keys = (0..<pairs).map { Self.pool[($0 + pairs + offset) % Self.pool.count] }
            let items = (0..<offset).map { "i\($0)" }.joined(separator: ", ")
            let body = keys.enumerated().map { "  \($0.element.spelling): v\($0.offset)\n" }.joined()
            let text = "- [\(items)]\n- " + (pairs == 0 ? "{}\n" : "\n" + body)
            let mapping = try root(text).item(at: 1)
            try #require(mapping.kind == .mapping && mapping.childCount == pairs)
            for name in Self.pool.map(\.text) + Self.absent {
                Self.expectLookups(mapping, name, "\(pairs) pairs at offset \(offset)")
            }
            for (number, key) in keys.enumerated() {
                #expect(mapping.value(forKeyText: key.text)?.scalarText == "v\(number)")
            }
        }
    }

    @Test("a hand-built mapping finds the first of duplicate keys, and skips keys that are not scalars")
    func handBuiltMappings() throws {
        let span = SourceSpan(start: pos(0, 1, 1), end: pos(1, 1, 2))
        func scalar(_ text: String, value: YAMLValue? = nil) -> YAMLNode {
            YAMLNode(content: .scalar(YAMLScalar(text: text, style: .plain, value: value ?? .string(text))), span: span)
        }
        let list = YAMLNode(content: .sequence([scalar("activity_a1")]), span: span)
        var pairs: [YAMLPair] = []
        for (number, key) in Self.pool.enumerated() {
            pairs.append(YAMLPair(key: scalar(key.text), value: scalar("first\(number)")))
            pairs.append(YAMLPair(key: scalar(key.text), value: scalar("second\(number)")))
        }
        pairs.insert(YAMLPair(key: list, value: scalar("list")), at: 3)
        pairs.insert(YAMLPair(key: try root("{abcdabcd: 1}"), value: scalar("loaded")), at: 0)
        pairs.append(YAMLPair(key: scalar("mnopmnop", value: .string("other")), value: scalar("other")))
        let mapping = YAMLNode(content: .mapping(pairs), span: span)
        for name in Self.pool.map(\.text) + Self.absent {
            Self.expectLookups(mapping, name, "hand-built")
        }
        for (number, key) in Self.pool.enumerated() {
            #expect(mapping.value(forKeyText: key.text)?.scalarText == "first\(number)")
        }
        // A key is matched by its text, not by a string value that differs from it.
        #expect(mapping.value(forKeyText: "mnopmnop")?.scalarText == "other")
        #expect(mapping.value(forKeyText: "other") == nil)
    }

    @Test("mappings around the largest indexed size agree with a scan", arguments: [253, 254, 255, 300])
    func largeMappings(pairs: Int) throws {
        let names = (0..<pairs).map { "key_\($0)" }
        let mapping = try root(names.enumerated().map { "\($0.element): v\($0.offset)\n" }.joined())
        try #require(mapping.childCount == pairs)
        for name in names + ["key_\(pairs)", "key_", "key_00"] {
            Self.expectLookups(mapping, name, "\(pairs) pairs")
        }
        #expect(mapping.value(forKeyText: "key_\(pairs - 1)")?.scalarText == "v\(pairs - 1)")
    }
}
