import Testing
import YAMLSource

@testable import PactLint

/// The canonical bytes fingerprints hash, written on cursors with keys sorted on their bytes
/// (`CanonicalValue`), against the walk that made them before (`Reference`, kept here):
/// baselines store fingerprints, so not one byte may differ, on any shape of document.
@Suite struct CanonicalValueTests {
    /// The walk fingerprints used before `CanonicalValue`: `YAMLNode`s, keys as `String`s
    /// sorted by `<`, scalars through `ValueKey.canonicalText`.
    enum Reference {
        static func append(_ node: YAMLNode, to bytes: inout [UInt8]) {
            switch node.kind {
            case .scalar:
                if let value = node.stringValue {
                    bytes.append(contentsOf: Array("s:".utf8) + Array(value.utf8))
                } else {
                    bytes.append(contentsOf: node.valueKey.canonicalText.utf8)
                }
                bytes.append(0x1F)
            case .sequence:
                bytes.append(UInt8(ascii: "["))
                for index in 0..<node.childCount { append(node.item(at: index), to: &bytes) }
                bytes.append(UInt8(ascii: "]"))
            case .mapping:
                bytes.append(UInt8(ascii: "{"))
                var keys = (0..<node.childCount).map { (key: node.keyText(at: $0) ?? "", index: $0) }
                keys.withUnsafeMutableBufferPointer { buffer in buffer.sort { $0.key < $1.key } }
                for entry in keys {
                    bytes.append(contentsOf: entry.key.utf8)
                    bytes.append(0x1F)
                    append(node.value(at: entry.index), to: &bytes)
                }
                bytes.append(UInt8(ascii: "}"))
            }
            bytes.append(0x1F)
        }

        static func bytes(_ node: YAMLNode) -> [UInt8] {
            var bytes: [UInt8] = []
            append(node, to: &bytes)
            return bytes
        }

        /// FNV-1a 64-bit, one byte at a time.
        static func hash(_ bytes: [UInt8], from state: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
            bytes.reduce(state) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
        }
    }

    static let documents: [String] = [
        // Nested mappings and lists, keys in an order bytes and positions disagree on.
        """
        id: p1
        zeta: {b: 1, a: 2, B: 3, _: 4, "": 5, "a b": 6, aa: 7, a0: 8, A: [x, {z: 1, y: 2}]}
        actions:
          - {id: a1, title: "Ünïcode ☃", amount: 1.50, tags: [x, 2, true, ~]}
          - id: a2
            b: {z: 1, a: [2, 3]}
            a: "1"
        """,
        // Keys that share their first eight bytes, and keys holding NUL bytes.
        """
        {abcdefghij: 1, abcdefgh: 2, abcdefghi: 3, abcdefghia: 4, abcdefgha: 5, abcdefg: 6, abcdefgz: 7}
        """,
        #"{"a\0": 1, "a": 2, "a\0\0\0\0\0\0\0b": 3, "a\0\0\0\0\0\0\0": 4, "\0": 5, "": 6}"#,
        // Keys outside ASCII: a byte order that is not `String`'s order (a decomposed `é` sorts
        // as `é`, the Kelvin sign as `K`, combining marks in canonical order).
        "{é: 1, f: 2, e: 3, z: 4, Å: 5, B: 6, ǅ: 7, ä: 8, a: 9, ß: 10}",
        #"{"e\u0301x": 1, f: 2, e: 3, ea: 4, ey: 5}"#,
        #"{"\u212A": 1, L: 2, J: 3, k: 4}"#,
        #"{"\u00C5": 1, "A\u030B": [2], B: 3, Z: 4}"#,
        #"{"\u1E9B\u0323": 1, "s\u0307\u0323": 2, s: 3, t: 4}"#,
        // Numbers, booleans, nulls, strings that look like them.
        """
        [0, -1, 1.5, 1e3, 1000000000000000, 999999999999999, -999999999999999, -1000000000000000,
         9223372036854775807, -9223372036854775808, 99999999999999999999, .inf, -.inf, .nan, 0x1F, 0o17,
         1.0, -0.0, 0.1, 1e-7, 123456789.125, true, false, ~, null, Null, "true", "null", '', "1", '1.5']
        """,
        // Empty collections, and keys whose texts are the same while their values differ.
        "{a: [], b: {}, c: '', d: [[]], e: [{}], f: [[], {}]}",
        #"{1: a, "1": b, true: c, "true": d, null: e, "null": f, 1000000000: g, "1000000000": h}"#,
        // Aliases: the anchored node reached again.
        """
        base: &b {x: 1, y: [1, 2], long key that is not small: and a long value that is not small}
        use: *b
        list: [*b, *b, &s scalar, *s]
        """,
        // Texts too long to be small strings, keys and values.
        """
        "a long key that is not small": "and a long value that is not small either"
        short: "ünïcödé long value here, well past fifteen bytes"
        "a long key that is not small too": plain
        multi: |
          line one
          line two
        folded: >
          folded
          text
        """,
        // Collection keys (spelt as empty keys).
        """
        ? [a, b]
        : 1
        ? {k: v}
        : 2
        plain: 3
        "": 4
        """,
        // Lists of mappings: the same keys in the same places (one sort serves the next), in
        // other places, fewer, one outside ASCII, one longer than sixteen bytes.
        """
        - {b: 1, a: 2, c: 3}
        - {b: 4, a: 5, c: 6}
        - {a: 7, b: 8, c: 9}
        - {b: 1, a: 2}
        - {b: 1, a: 2, é: 3}
        - {b: 1, a: 2, c: 3}
        - {b: 1, a: 2, "a key longer than sixteen bytes": 3, c: 4}
        - {b: 1, a: 2, "a key longer than sixteen bytes": 3, c: 4}
        - {b: 1, a: 2, c: 3}
        - [{z: 1, y: 2}, {z: 1, y: 2, x: [{q: 1, p: 2}, {q: 1, p: 2}]}, {y: 2, z: 1}]
        - {b: 1, a: 2, c: 3}
        - {c: 1, a: 2, b: 3}
        """,
        // Many keys (the loader indexes them by hash), in reverse order.
        "{" + (0..<40).reversed().map { "k\($0): \($0)" }.joined(separator: ", ") + "}",
    ]

    /// Every node of `node`, itself first.
    func allNodes(_ node: YAMLNode) -> [YAMLNode] {
        var nodes = [node]
        switch node.kind {
        case .scalar: break
        case .sequence: for index in 0..<node.childCount { nodes += allNodes(node.item(at: index)) }
        case .mapping: for index in 0..<node.childCount { nodes += allNodes(node.value(at: index)) }
        }
        return nodes
    }

    func expectSameAsReference(_ node: YAMLNode, sourceLocation: SourceLocation = #_sourceLocation) {
        let reference = Reference.bytes(node)
        let bytes = Fingerprint.canonicalBytes(of: node).withBytes { Array($0) }
        #expect(bytes == reference, sourceLocation: sourceLocation)
        var hash = Fingerprint()
        hash.add("rule")
        hash.addCanonical(node)
        let referenceHash = Reference.hash(reference, from: Reference.hash(Array("rule".utf8) + [0x1F]))
        #expect(hash.value == referenceHash, sourceLocation: sourceLocation)
    }

    @Test(arguments: documents)
    func everyNodeWritesTheReferenceBytes(_ text: String) throws {
        let document = try #require(try YAMLLoader().load(SourceFile(path: "c.yaml", text: text)).documents.first)
        for node in allNodes(document.root) { expectSameAsReference(node) }
    }

    /// The documents load as intended: the cases are not silently errors or plain scalars.
    @Test func casesReachTheirShapes() throws {
        let kelvin = try #require(
            try YAMLLoader().load(SourceFile(path: "k.yaml", text: Self.documents[5])).documents.first)
        #expect(kelvin.root.keyText(at: 0) == "\u{212A}")
        // Bytes put the Kelvin sign after every ASCII key; `String` sorts it as `K`.
        let bytes = Fingerprint.canonicalBytes(of: kelvin.root).withBytes { Array($0) }
        let kelvinAt = try #require(bytes.firstRange(of: Array("\u{212A}".utf8))).lowerBound
        let lAt = try #require(bytes.firstRange(of: [UInt8(ascii: "L"), 0x1F])).lowerBound
        #expect(kelvinAt < lAt)
        let same = try #require(
            try YAMLLoader().load(SourceFile(path: "d.yaml", text: Self.documents[10])).documents.first)
        #expect(same.root.childCount == 8)
    }

    /// Hand-built mappings hold what no loaded document can: canonically equivalent keys side by
    /// side, keys of other trees, and strings other than their scalar's text.
    @Test func handBuiltNodesWriteTheReferenceBytes() throws {
        let span = SourceSpan(at: SourcePosition(offset: 0, line: 1, column: 1))
        func scalar(_ text: String, _ value: YAMLValue? = nil) -> YAMLNode {
            YAMLNode(content: .scalar(YAMLScalar(text: text, style: .plain, value: value ?? .string(text))), span: span)
        }
        func mapping(_ pairs: [(YAMLNode, YAMLNode)]) -> YAMLNode {
            YAMLNode(content: .mapping(pairs.map { YAMLPair(key: $0.0, value: $0.1) }), span: span)
        }
        let loaded = try #require(
            try YAMLLoader().load(SourceFile(path: "l.yaml", text: "{b: 1, a: [x]}")).documents.first)
        let cases: [YAMLNode] = [
            mapping([
                (scalar("\u{E9}"), scalar("composed")), (scalar("e\u{301}"), scalar("decomposed")),
                (scalar("f"), scalar("1", .int(1))),
            ]),
            mapping([
                (scalar("K"), scalar("ascii")), (scalar("\u{212A}"), scalar("kelvin")), (scalar("J"), scalar("j")),
            ]),
            mapping([(scalar("b"), scalar("1")), (scalar("a"), scalar("2")), (scalar("a"), scalar("3"))]),
            mapping([(scalar("shown"), scalar("text", .string("other value"))), (scalar("n"), scalar("~", .null))]),
            mapping([(loaded.root, scalar("collection key")), (scalar("k"), loaded.root)]),
            YAMLNode(content: .sequence([loaded.root, scalar("x"), loaded.root]), span: span),
            scalar("text", .string("a different string, long enough not to be small")),
            scalar("12", .float(12)),
            scalar("big", .int(Int.min)),
        ]
        for node in cases { expectSameAsReference(node) }
    }

    /// The bytes hashed eight at a time, at every length and alignment, hash as one at a time.
    @Test func wideHashLoopMatchesByteByByte() {
        let bytes = (0..<80).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for start in 0..<8 {
            for end in start...bytes.count {
                var hash = Fingerprint()
                bytes[start..<end].withUnsafeBytes { hash.add(bytes: $0) }
                #expect(hash.value == Reference.hash(Array(bytes[start..<end])))
            }
        }
    }
}

/// The fingerprint's hex digits, spelt into memory taken for the call.
@Suite struct FingerprintHexTests {
    @Test func hexIsSixteenLowercaseDigitsOfTheHash() {
        for text in ["", "a", "rule", "COMP-05", String(repeating: "x", count: 100)] {
            var hash = Fingerprint()
            hash.add(text)
            let expected = String(hash.value, radix: 16)
            #expect(hash.hex == String(repeating: "0", count: 16 - expected.count) + expected)
        }
    }
}
