import Testing
import YAMLSource
import _PactLintTestSupport

/// Review fuzzer for the mapping key index kept in the free bytes of `entryPrints`: random
/// mappings of 1 to 300 pairs (around the sizes where the table's slot count changes, 127/128
/// and 253/254/255 among them), keys drawn from a small pool so that duplicates and shared
/// prints are common, several mappings side by side in one tree (an index must not spill into
/// a neighbour's prints), alias keys and the merge-key spelling `<<` (a plain key here), each
/// lookup held to a scan for the first pair with the key.
@Suite struct KeyIndexFuzzTests {
    /// Keys alike in their first eight bytes and length (one print), of 7 to 17 bytes (small
    /// and not small strings), short ones and the merge-key spelling.
    private static let pool: [String] = {
        var keys = ["a", "b", "<<", "k", "kk", "id", "é", "ключ"]
        for length in [7, 8, 9, 14, 15, 16, 17] {
            for last in ["x", "y", "z"] {
                keys.append(String(repeating: "p", count: length - 1) + last)
            }
        }
        for number in 0..<40 { keys.append("key_\(number)") }
        return keys
    }()

    private static let absent = ["c", "<", "<<<", "kkk", "pppppppw", "ppppppppppppppw", "key_40", "key_", ""]

    private static func mismatches(_ mapping: YAMLNode, _ names: [String], _ context: String) -> [String] {
        var found: [String] = []
        for text in names {
            let expected = KeyLookupReference.scanned(mapping, text)
            let (prefix, suffix) = KeyLookupReference.words(text)
            let count = text.utf8.count
            if mapping.value(forKeyText: text) != expected { found.append("\(context) text \(text)") }
            if mapping.value(forKeyText: text, utf8Prefix: prefix, utf8Count: count) != expected {
                found.append("\(context) prefix \(text)")
            }
            if YAMLNodeCursor(mapping).value(forKeyText: text)?.node != expected {
                found.append("\(context) cursor \(text)")
            }
            if count <= 16,
                YAMLNodeCursor(mapping).value(forKeyUTF8Prefix: prefix, suffix: suffix, count: count)?.node != expected
            {
                found.append("\(context) words \(text)")
            }
        }
        return found
    }

    private static let sizes = [
        1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 200, 253, 254, 255, 256, 300,
    ]

    /// Loaded mappings (a loader refuses duplicate keys): random distinct keys in random order,
    /// some of them aliases, three mappings side by side in one document.
    @Test func randomLoadedMappingsSideBySideAgreeWithAScan() throws {
        var generator = SplitMix(seed: 0x5EED_1001)
        var failures: [String] = []
        let anchored = ["key_1", "pppppppppppppppz", "<<"]
        for round in 0..<12 {
            var text = "anchors: [&k0 \"key_1\", &k1 pppppppppppppppz, &k2 \"<<\"]\nmaps:\n"
            var keysByMap: [[String]] = []
            for _ in 0..<3 {
                var names = Self.pool + (0..<300).map { "extra_\($0)" }
                names.shuffle(using: &generator)
                let pairs = Self.sizes.randomElement(using: &generator) ?? 1
                let keys = Array(names.prefix(pairs))
                text += "  -\n"
                for (pair, key) in keys.enumerated() {
                    if let anchor = anchored.firstIndex(of: key), Bool.random(using: &generator) {
                        text += "    *k\(anchor) : v\(pair)\n"
                    } else {
                        text += "    \"\(key)\": v\(pair)\n"
                    }
                }
                keysByMap.append(keys)
            }
            let document = try root(text)
            let maps = try #require(document.value(forKeyText: "maps"))
            for (number, keys) in keysByMap.enumerated() {
                let mapping = maps.item(at: number)
                try #require(mapping.kind == .mapping && mapping.childCount == keys.count)
                let probes = Self.pool + Self.absent + keys.prefix(40) + ["extra_300", "extra_1000"]
                failures += Self.mismatches(mapping, probes, "round \(round) map \(number)")
                for (pair, key) in keys.enumerated() where mapping.value(forKeyText: key)?.scalarText != "v\(pair)" {
                    failures.append("round \(round) map \(number): \(key)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }

    /// Hand-built mappings with many duplicate keys (the first wins), keys copied from a
    /// loaded tree, and a loaded mapping as one key (a reference to another tree).
    @Test func randomHandBuiltMappingsWithDuplicatesAgreeWithAScan() throws {
        var generator = SplitMix(seed: 0x5EED_1002)
        let span = SourceSpan(
            start: SourcePosition(offset: 0, line: 1, column: 1), end: SourcePosition(offset: 1, line: 1, column: 2))
        let loaded = try root("{" + Self.pool.map { "\"\($0)\": loaded" }.joined(separator: ", ") + "}")
        let loadedKeys = try #require(loaded.pairs).map(\.key)
        var failures: [String] = []
        for round in 0..<30 {
            let pairs = Self.sizes.randomElement(using: &generator) ?? 1
            let poolSize = Bool.random(using: &generator) ? Self.pool.count : 6
            var keys: [String?] = []
            var built: [YAMLPair] = []
            for pair in 0..<pairs {
                let value = YAMLNode(
                    content: .scalar(YAMLScalar(text: "v\(pair)", style: .plain, value: .string("v\(pair)"))),
                    span: span)
                switch Int.random(in: 0..<20, using: &generator) {
                case 0:
                    keys.append(nil)
                    built.append(YAMLPair(key: loaded, value: value))
                case 1, 2:
                    let index = Int.random(in: 0..<poolSize, using: &generator)
                    keys.append(Self.pool[index])
                    built.append(YAMLPair(key: loadedKeys[index], value: value))
                default:
                    let key = Self.pool[Int.random(in: 0..<poolSize, using: &generator)]
                    keys.append(key)
                    let node = YAMLNode(
                        content: .scalar(YAMLScalar(text: key, style: .doubleQuoted, value: .string(key))), span: span)
                    built.append(YAMLPair(key: node, value: value))
                }
            }
            let mapping = YAMLNode(content: .mapping(built), span: span)
            failures += Self.mismatches(mapping, Self.pool + Self.absent, "round \(round) (\(pairs) pairs)")
            for key in Set(keys.compactMap { $0 }) {
                let first = try #require(keys.firstIndex(of: key))
                if mapping.value(forKeyText: key)?.scalarText != "v\(first)" {
                    failures.append("round \(round): \(key) is not the first")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }
}
