import PactLint
import Testing
import YAMLSource
import _PactLintTestSupport

@testable import JSONPath

/// A differential fuzzer over loaded YAML: random filters (`||` chains of equalities and
/// `!q`, `&&` chains of inequalities and `q`, fused `[?@.m != …].m`) read by the merging
/// parser and by the plain RFC 9535 tree must select the same nodes with the same paths. The
/// scalars cover the core schema's resolutions (plain, quoted, tagged), so the tree's
/// in-place string tests are held to the values the plain comparisons make.
@Suite struct YAMLMergedEqualityFuzzTests {
    /// Scalars as YAML flow text.
    private static let scalars = [
        "x", "'x'", "\"x\"", "y", "X", "''", "1", "'1'", "1.0", "01", "0x1", "2", "-0", "1e0", "true", "True", "'true'",
        "false", "null", "~", "'null'", "Null", "!!str 1", "!!int '1'", "!!float 1", "!!null ''", "!!bool 'true'",
        "\u{E9}", "\"e\u{301}\"", "a-name-longer-than-sixteen-bytes", "0123456789abcdef", ".nan", ".inf", "[x]",
        "{x: x}", "[]", "{}",
    ]

    private static let literals = [
        "'x'", "'y'", "''", "'X'", "'1'", "'true'", "'null'", "1", "1.0", "2", "0", "-0", "1e0", "true", "false",
        "null", "'\u{E9}'", "'e\u{301}'", "'a-name-longer-than-sixteen-bytes'", "'0123456789abcdef'", "'z'",
    ]

    private static let names = ["a", "b", "c"]

    private static func document(_ random: inout SplitMix) -> String {
        var text = "items:\n"
        for _ in 0..<(1 + random.below(8)) {
            if random.below(6) == 0 {
                text += "  - \(random.pick(scalars))\n"
                continue
            }
            var names = Self.names + ["d"]
            var members: [String] = []
            for _ in 0..<random.below(4) {
                let name = names.remove(at: random.below(names.count))
                let value =
                    random.below(5) == 0
                    ? "{a: \(random.pick(scalars)), b: \(random.pick(scalars))}" : random.pick(scalars)
                members.append("\(name): \(value)")
            }
            // An empty value (`a:`) is null too.
            if random.below(8) == 0 { members.append("\(names[0]): ") }
            text += "  - {" + members.joined(separator: ", ") + "}\n"
        }
        return text
    }

    private static func singular(_ random: inout SplitMix) -> String {
        random.pick(["@.a", "@.a", "@.b", "@['a']", "@", "@.a.a", "@.c.b", "$.items[0].a"])
    }

    private static func basic(_ random: inout SplitMix, depth: Int) -> String {
        switch random.below(11) {
        case 0, 1, 2: return "\(singular(&random)) == \(random.pick(literals))"
        case 3, 4: return "\(singular(&random)) != \(random.pick(literals))"
        case 5: return "\(random.pick(literals)) == \(singular(&random))"
        case 6: return singular(&random)
        case 7: return "!" + singular(&random)
        case 8: return depth < 2 ? "(" + expression(&random, depth: depth + 1) + ")" : singular(&random)
        case 9: return depth < 2 ? "!(" + expression(&random, depth: depth + 1) + ")" : "!" + singular(&random)
        default: return "\(random.pick(literals)) != \(singular(&random))"
        }
    }

    private static func expression(_ random: inout SplitMix, depth: Int) -> String {
        (0..<(1 + random.below(3))).map { _ in
            (0..<(1 + random.below(4))).map { _ in basic(&random, depth: depth) }.joined(separator: " && ")
        }.joined(separator: " || ")
    }

    private static func query(_ random: inout SplitMix) -> String {
        let name = random.pick(names)
        let member = random.pick(["@.\(name)", "@['\(name)']"])
        let exclusion = (0..<(1 + random.below(3))).map { _ in
            random.below(4) == 0 ? member : "\(member) != \(random.pick(literals))"
        }.joined(separator: " && ")
        switch random.below(6) {
        case 0, 1: return "$.items[?\(expression(&random, depth: 0))]"
        case 2, 3: return "$.items[?\(exclusion)].\(name)\(random.pick(["", ".a", "[0]", "..b"]))"
        case 4: return "$..[?\(exclusion)].\(name)"
        default: return "$.items[?\(expression(&random, depth: 0))].\(name)"
        }
    }

    /// Items whose members are flow lists and mappings of the scalars, for nested filters.
    private static func listDocument(_ random: inout SplitMix) -> String {
        func list() -> String {
            let values = (0..<random.below(4)).map { _ in random.pick(scalars) }
            return random.below(4) == 0
                ? "{" + values.enumerated().map { "k\($0.offset): \($0.element)" }.joined(separator: ", ") + "}"
                : "[" + values.joined(separator: ", ") + "]"
        }
        var text = "items:\n"
        for _ in 0..<(1 + random.below(8)) {
            if random.below(8) == 0 {
                text += "  - \(list())\n"
                continue
            }
            var members: [String] = []
            for name in names where random.below(4) != 0 {
                members.append("\(name): \(random.below(5) == 0 ? random.pick(scalars) : list())")
            }
            text += "  - {" + members.joined(separator: ", ") + "}\n"
        }
        return text
    }

    /// `prefix[?@ == l || …]` (`FilterNode.Kind.childEqualsAny` when the prefix is singular),
    /// perhaps negated, joined with `&&` and `||`.
    private static func containmentQuery(_ random: inout SplitMix) -> String {
        let expression = (0..<(1 + random.below(3))).map { _ in
            (0..<(1 + random.below(3))).map { _ in
                let prefix = random.pick([
                    "@.a", "@.a", "@.b", "@['c']", "@", "@.c.k0", "$.items[0].a", "@..a", "@.a[*]",
                ])
                let tests = (0..<(1 + random.below(3))).map { _ in
                    switch random.below(5) {
                    case 0: return "\(random.pick(literals)) == @"
                    case 1: return "!@"
                    default: return "@ == \(random.pick(literals))"
                    }
                }.joined(separator: " || ")
                return (random.below(3) == 0 ? "!" : "") + "\(prefix)[?\(tests)]"
            }.joined(separator: " && ")
        }.joined(separator: " || ")
        return "$.items[?\(expression)]\(random.pick(["", ".a"]))"
    }

    /// Nested filters of the current node's children, over the tree's lists and mappings.
    @Test(arguments: 0..<4)
    func childEqualitiesAgreeOnYAML(block: Int) throws {
        var random = SplitMix(seed: UInt64(block) &* 7_919 &+ 11)
        try Self.compareMergedWithPlain(
            block: block, random: &random, document: Self.listDocument, query: Self.containmentQuery
        ) { plain, merged, root, expected, label in
            #expect(merged.containsNode(root: root) { _ in true } == !expected.isEmpty, "\(label)")
        }
    }

    @Test(arguments: 0..<6)
    func mergedAndPlainQueriesAgreeOnYAML(block: Int) throws {
        var random = SplitMix(seed: UInt64(block) &* 104_729 &+ 3)
        try Self.compareMergedWithPlain(block: block, random: &random, document: Self.document, query: Self.query) {
            plain, merged, root, _, label in
            #expect(merged.nodes(root: root).map(\.span) == plain.nodes(root: root).map(\.span), "\(label)")
        }
    }

    /// 300 random queries over random documents, each compiled plain and with merged
    /// equalities: the same paths, and whatever else `alsoExpect` checks (after the first
    /// disagreement, the rest are not tried).
    private static func compareMergedWithPlain(
        block: Int, random: inout SplitMix, document: (inout SplitMix) -> String, query: (inout SplitMix) -> String,
        alsoExpect: (JSONPathQuery, JSONPathQuery, YAMLNode, [String], String) -> Void
    ) throws {
        for number in 0..<300 {
            let text = document(&random)
            let query = query(&random)
            let label = "block \(block) case \(number): \(query) over\n\(text)"
            let loaded = try YAMLLoader().load(SourceFile(path: "items.yaml", text: text))
            let root = try #require(loaded.documents.first, "\(label)").root
            let plain = try JSONPathQuery(query, allowingCurrentNodeRoot: false, mergingEqualities: false)
            let merged = try JSONPathQuery(query)
            let expected = plain.evaluate(root: root).map(\.path.description)
            let actual = merged.evaluate(root: root).map(\.path.description)
            #expect(actual == expected, "\(label)")
            alsoExpect(plain, merged, root, expected, label)
            if actual != expected { return }
        }
    }
}
