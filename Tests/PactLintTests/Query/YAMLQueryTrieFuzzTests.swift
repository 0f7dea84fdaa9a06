import Testing
import YAMLSource
import _PactLintTestSupport

@testable import JSONPath
@testable import PactLint

/// A differential fuzzer over loaded YAML: random sets of plain queries walked together
/// (`JSONPathQueryTrie`) must hand out, for each query, exactly the nodes the query selects on
/// its own, in the same order. The trees hold anchors, aliases (one node reached by several
/// paths), merge keys (`<<`, an ordinary key), long and non-ASCII names and integer keys; the
/// query sets repeat queries, extend one another and share their first steps. Seeded, so a
/// failure names the case that replays it.
@Suite struct YAMLQueryTrieFuzzTests {
    /// The member names documents use.
    private static let names = ["a", "b", "c", "<<", "a-name-longer-than-sixteen-bytes", "\u{E9}", "1"]
    /// The names queries ask for: those, one never written, and `é` decomposed (canonically
    /// equivalent to a name written, which a mapping cannot hold beside it, but other bytes).
    private static let queryNames = names + ["x", "e\u{301}"]

    private static let scalars = ["1", "'x'", "true", "~", "''", "2.5", "'a'", "[]", "{}"]

    /// A YAML flow value of at most `depth` more levels; `anchors` are the anchors already
    /// complete, which an alias may name.
    private static func value(_ random: inout SplitMix, depth: Int, anchors: inout [String]) -> String {
        if !anchors.isEmpty, random.below(8) == 0 { return "*" + random.pick(anchors) }
        let choice = depth > 0 ? random.below(10) : 0
        var text: String
        switch choice {
        case 0...3:
            return random.pick(scalars)
        case 4...6:
            var available = names
            var members: [String] = []
            for _ in 0..<random.below(5) where !available.isEmpty {
                let name = available.remove(at: random.below(available.count))
                let key = name == "1" ? "1" : "'\(name)'"
                members.append("\(key): \(value(&random, depth: depth - 1, anchors: &anchors))")
            }
            text = "{" + members.joined(separator: ", ") + "}"
        default:
            let items = (0..<random.below(5)).map { _ in value(&random, depth: depth - 1, anchors: &anchors) }
            text = "[" + items.joined(separator: ", ") + "]"
        }
        guard random.below(3) == 0 else { return text }
        let anchor = "n\(anchors.count)"
        anchors.append(anchor)
        return "&\(anchor) " + text
    }

    private static func document(_ random: inout SplitMix) -> String {
        var anchors: [String] = []
        var members: [String] = []
        var available = names
        for _ in 0..<(1 + random.below(4)) {
            let name = available.remove(at: random.below(available.count))
            let key = name == "1" ? "1" : "'\(name)'"
            members.append("\(key): \(value(&random, depth: 3, anchors: &anchors))")
        }
        return "{" + members.joined(separator: ", ") + "}\n"
    }

    /// One plain segment.
    private static func segment(_ random: inout SplitMix) -> String {
        let name = random.pick(queryNames)
        let other = random.pick(queryNames)
        switch random.below(14) {
        case 0, 1, 2: return "['\(name)']"
        case 3: return random.pick([".a", ".b", ".c", ".\u{E9}"])
        case 4, 5: return random.pick(["[*]", ".*"])
        case 6: return "[\(random.below(7) - 3)]"
        case 7: return "['\(name)','\(other)']"
        case 8: return "['\(name)','\(name)']"
        case 9: return random.pick(["[0:]", "[1:3]", "[::-1]", "[-2:]", "[::2]", "[0:0]"])
        case 10: return "[0,'\(name)']"
        case 11: return random.pick(["[*,0]", "[-1,0,-1]", "['\(name)',*]"])
        case 12: return "[\(random.below(3)),\(random.below(3))]"
        default: return "[1]"
        }
    }

    private static func query(_ random: inout SplitMix) -> String {
        let start = random.below(5) == 0 ? "@" : "$"
        return start + (0..<random.below(5)).map { _ in segment(&random) }.joined()
    }

    /// A set of queries: fresh ones, repeats, and extensions and prefixes of earlier ones.
    private static func querySet(_ random: inout SplitMix) -> [String] {
        var queries: [String] = []
        for _ in 0..<(1 + random.below(7)) {
            switch queries.isEmpty ? 0 : random.below(6) {
            case 0, 1, 2: queries.append(query(&random))
            case 3: queries.append(random.pick(queries))
            case 4: queries.append(random.pick(queries) + segment(&random))
            default:
                let earlier = random.pick(queries)
                // A prefix: the text up to one of its segments' starts.
                let cuts = earlier.indices.filter { index in
                    index != earlier.startIndex && (earlier[index] == "[" || earlier[index] == ".")
                }
                queries.append(cuts.isEmpty ? earlier : String(earlier[..<random.pick(cuts)]))
            }
        }
        return queries
    }

    @Test(arguments: 0..<8)
    func combinedWalkHandsOutEachQuerysNodes(block: Int) throws {
        var random = SplitMix(seed: UInt64(block) &* 0x9E37_79B9 &+ 17)
        for number in 0..<250 {
            let text = Self.document(&random)
            let texts = Self.querySet(&random)
            let label = "block \(block) case \(number): \(texts) over\n\(text)"
            let loaded = try YAMLLoader().load(SourceFile(path: "tree.yaml", text: text))
            let root = try #require(loaded.documents.first, "\(label)").root
            // `@` is some node of the tree: the root's first member's value, or the root.
            let current = root.kind == .mapping && root.childCount > 0 ? root.pair(at: 0).value : root
            let queries = try texts.map { try JSONPathQuery($0, allowingCurrentNodeRoot: true) }
            let trie = try #require(JSONPathQueryTrie(queries), "\(label)")
            let combined = trie.nodesByQuery(root: root, current: current)
            for (position, query) in queries.enumerated() {
                let alone = query.nodes(root: root, current: current)
                #expect(combined[position].map(\.identity) == alone.map(\.identity), "\(label) query \(position)")
            }
            // Stopped after some node, the walk has handed out exactly the nodes before it.
            let total = combined.reduce(0) { $0 + $1.count }
            guard total > 0 else { continue }
            let stopAfter = 1 + random.below(total)
            var handedOut = 0
            let finished = trie.forEachNode(root: root, current: current) { _, _ in
                handedOut += 1
                return handedOut < stopAfter
            }
            #expect(!finished && handedOut == stopAfter, "\(label) stopped after \(stopAfter)")
        }
    }
}
