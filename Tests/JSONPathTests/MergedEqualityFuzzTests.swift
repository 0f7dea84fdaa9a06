import Testing
import _PactLintTestSupport

@testable import JSONPath

/// A differential fuzzer: random filter expressions over random JSON documents, read by the
/// merging parser (`equalsAny`, `!equalsAny`, `Segment.Kind.filteredMember`) and by the plain
/// RFC 9535 tree (`mergingEqualities: false`), must select the same nodes with the same paths.
/// Seeded, so a failure names the case that reproduces it.
@Suite struct MergedEqualityFuzzTests {
    /// How many random (document, query) pairs each seed block tries.
    static let casesPerBlock = 400

    @Test(arguments: 0..<8)
    func mergedAndPlainQueriesAgree(block: Int) throws {
        var random = FuzzRandom(seed: UInt64(block) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        for number in 0..<Self.casesPerBlock {
            let document = random.document()
            let root = json(document)
            let query = random.query()
            let label = "block \(block) case \(number): \(query) over \(document)"
            let merged: JSONPathQuery
            let plain: JSONPathQuery
            do {
                plain = try JSONPathQuery(query, allowingCurrentNodeRoot: false, mergingEqualities: false)
            } catch {
                Issue.record("the generator wrote an invalid query: \(label): \(error)")
                return
            }
            merged = try JSONPathQuery(query)
            let expected = plain.evaluate(root: root).map(\.path.description)
            let actual = merged.evaluate(root: root).map(\.path.description)
            #expect(actual == expected, "\(label)")
            #expect(merged.nodes(root: root) == plain.nodes(root: root), "\(label)")
            #expect(merged.containsNode(root: root) { _ in true } == !expected.isEmpty, "\(label)")
            if actual != expected { return }
        }
    }

    /// The same expressions as logical expressions, item by item.
    @Test(arguments: 0..<4)
    func mergedAndPlainExpressionsAgree(block: Int) throws {
        var random = FuzzRandom(seed: UInt64(block) &+ 0xABCD_0000)
        for number in 0..<Self.casesPerBlock {
            let document = random.document()
            let root = json(document)
            guard case .array(let items) = root else { continue }
            let expression = random.expression(depth: 0)
            let label = "block \(block) case \(number): \(expression) over \(document)"
            let plain = try JSONPathExpression(expression, mergingEqualities: false)
            let merged = try JSONPathExpression(expression)
            for (position, item) in items.enumerated() {
                #expect(
                    merged.evaluate(current: item, root: root) == plain.evaluate(current: item, root: root),
                    "\(label) item \(position)")
            }
        }
    }
}

/// SplitMix64, and the generators of documents and queries the fuzzer draws from.
private struct FuzzRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

    /// Scalars as JSON text: the kinds and forms equality must tell apart.
    static let scalars = [
        #""x""#, #""y""#, #""""#, #""X""#, #""1""#, #""true""#, #""null""#, "1", "1.0", "2", "0", "-0", "1e0",
        "-1", "true", "false", "null", "\"\u{E9}\"", "\"e\u{301}\"", #""a-name-longer-than-sixteen-bytes""#,
        #""0123456789abcdef""#, "9007199254740993", "9007199254740992.0",
    ]

    /// Literals as JSONPath text, matching `scalars` and a few that match nothing.
    static let literals = [
        "'x'", "'y'", "''", "'X'", "'1'", "'true'", "'null'", "1", "1.0", "2", "0", "-0", "1e0", "-1", "true",
        "false", "null", "'\u{E9}'", "'e\u{301}'", "'a-name-longer-than-sixteen-bytes'", "'0123456789abcdef'",
        "'z'", "9007199254740993", "9007199254740992", "9007199254740992.0",
    ]

    static let names = ["a", "b", "c"]

    /// A JSON value of at most `depth` more levels.
    mutating func value(depth: Int) -> String {
        switch depth > 0 ? below(10) : 0 {
        case 0...5: return pick(Self.scalars)
        case 6, 7: return object(depth: depth - 1)
        default:
            return "[" + (0..<below(3)).map { _ in value(depth: depth - 1) }.joined(separator: ", ") + "]"
        }
    }

    /// An object with some of the names, in any order.
    mutating func object(depth: Int) -> String {
        var members: [String] = []
        var names = Self.names + ["d", "x"]
        for _ in 0..<below(4) {
            let name = names.remove(at: below(names.count))
            members.append("\"\(name)\": \(value(depth: depth))")
        }
        return "{" + members.joined(separator: ", ") + "}"
    }

    /// A document: a list of items (mostly objects) or an object of them.
    mutating func document() -> String {
        let items = (0..<(1 + below(6))).map { _ in below(5) == 0 ? value(depth: 2) : object(depth: 2) }
        if below(4) == 0 {
            return "{" + items.enumerated().map { "\"k\($0.offset)\": \($0.element)" }.joined(separator: ", ") + "}"
        }
        return "[" + items.joined(separator: ", ") + "]"
    }

    /// A singular query.
    mutating func singular() -> String {
        pick([
            "@.a", "@.a", "@.b", "@['a']", "@", "@.c[0]", "@.a.x", "@.a[0]", "$[0].a", "@.a.a", "@.c.d",
        ])
    }

    /// A comparison or test of a singular query, of the kinds the parser merges.
    mutating func basic(depth: Int) -> String {
        switch below(14) {
        case 0, 1, 2: return "\(singular()) == \(pick(Self.literals))"
        case 3, 4, 5: return "\(singular()) != \(pick(Self.literals))"
        case 6: return "\(pick(Self.literals)) == \(singular())"
        case 7: return "\(pick(Self.literals)) != \(singular())"
        case 8: return singular()
        case 9: return "!" + singular()
        case 10: return "\(singular()) \(pick(["<", "<=", ">", ">="])) \(pick(Self.literals))"
        case 11: return depth < 2 ? "(" + expression(depth: depth + 1) + ")" : singular()
        case 12: return depth < 2 ? "!(" + expression(depth: depth + 1) + ")" : "!" + singular()
        default:
            if below(3) == 0 { return "\(pick(Self.literals)) == \(pick(Self.literals))" }
            return depth < 2 ? "@.c[?\(expression(depth: depth + 1))]" : "\(singular()) == \(singular())"
        }
    }

    /// `basic (&& basic)* (|| …)*`
    mutating func expression(depth: Int) -> String {
        (0..<(1 + below(3))).map { _ in
            (0..<(1 + below(4))).map { _ in basic(depth: depth) }.joined(separator: " && ")
        }.joined(separator: " || ")
    }

    /// A filter that excludes values of one member, as `filteredMember` fuses.
    mutating func exclusion(of name: String) -> String {
        let query = pick(["@.\(name)", "@['\(name)']"])
        return (0..<(1 + below(3))).map { _ in
            switch below(4) {
            case 0: return query
            case 1: return "\(pick(Self.literals)) != \(query)"
            default: return "\(query) != \(pick(Self.literals))"
            }
        }.joined(separator: " && ")
    }

    /// A query holding a filter: alone, followed by a member (fused or not), among selectors,
    /// under descendants.
    mutating func query() -> String {
        let name = pick(Self.names)
        switch below(10) {
        case 0, 1: return "$[?\(expression(depth: 0))]"
        case 2, 3: return "$[?\(exclusion(of: name))].\(name)"
        case 4: return "$[?\(exclusion(of: name))]['\(name)']\(pick(["", "[0]", ".x", "..a", "[*]"]))"
        case 5: return "$[?\(exclusion(of: name))].\(pick(Self.names))"
        case 6: return "$..[?\(exclusion(of: name))].\(name)"
        case 7: return "$[?\(exclusion(of: name))]..\(name)"
        case 8: return "$[0, ?\(expression(depth: 0))]"
        default: return "$[?\(expression(depth: 0))].\(name)"
        }
    }
}
