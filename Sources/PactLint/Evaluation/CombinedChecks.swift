import JSONPath
import YAMLSource

/// The checks of some rules that one walk over the document can settle, compiled with the
/// rules: those without a `when` of their own whose condition is a test of each node some
/// plain queries select (`type`, `one-of`, `none-of`, `keys`, `matches`, or `all` of these).
///
/// Such a condition holds exactly when no node its queries select fails its test. The format
/// rules hold a few dozen such queries each (FMT-12 44, FMT-11 65), most of them sharing their
/// first steps (`$.actions[*]`, `$.budget.lines[*]`) within a rule and across rules: one walk
/// over a prefix tree of all of them (`JSONPathQueryTrie`) visits each shared step once, and
/// tests each node it reaches as its check would. The checks it finds holding are not run; a
/// check some node fails runs as it would have, and builds its places and messages from its
/// own queries in their order, so findings are the same.
///
/// The walk covers either the rules that run once on each document's root (no `given`, no
/// `when`: `isPerDocument`, one walk per document, kept in its `QueryCache`), or one rule (for
/// each of its subjects).
final class CombinedChecks: Sendable {
    /// The queries of every combined check, walked together; a query's position in it is its
    /// position in `tests`.
    let trie: JSONPathQueryTrie
    /// Each query's test, with its rule's slot and its check's bit.
    let tests: [NodeTest]
    /// The bits (`RuleCheck.bit`) of the combined checks of each rule, by its slot (its
    /// position in the list the checks were compiled from).
    let bits: [UInt64]
    /// How many checks are combined.
    let checkCount: Int
    /// Whether the rules run once on each document's root, so that one walk serves them all.
    let isPerDocument: Bool

    /// The combined checks of `rules` (a rule's slot is its position), or `nil` when fewer than
    /// two queries would be walked together (one query walks as cheaply alone). Checks past a
    /// rule's 64th are left out.
    init?(_ rules: [Rule], perDocument: Bool) {
        var queries: [JSONPathQuery] = []
        var tests: [NodeTest] = []
        var bits = [UInt64](repeating: 0, count: rules.count)
        for (slot, rule) in rules.enumerated() {
            for check in rule.checks where check.when == nil && check.bit != 0 {
                let bit = check.bit
                var collected: [(query: RuleQuery, test: NodeTest)] = []
                guard Self.collect(check.assert, slot: slot, bit: bit, into: &collected) else { continue }
                bits[slot] |= bit
                queries.append(contentsOf: collected.map(\.query.query))
                tests.append(contentsOf: collected.map(\.test))
            }
        }
        guard queries.count >= 2, let trie = JSONPathQueryTrie(queries) else { return nil }
        self.trie = trie
        self.tests = tests
        self.bits = bits
        self.checkCount = bits.reduce(0) { $0 + $1.nonzeroBitCount }
        self.isPerDocument = perDocument
    }

    /// Appends the queries of `condition` with their tests, and returns true, when the
    /// condition holds exactly when every node its plain queries select passes its test;
    /// returns false otherwise (what was appended is then to be dropped).
    private static func collect(
        _ condition: Condition, slot: Int, bit: UInt64, into tests: inout [(query: RuleQuery, test: NodeTest)]
    ) -> Bool {
        func append(_ of: [RuleQuery], _ test: NodeTest) -> Bool {
            guard of.allSatisfy(\.query.isPlain) else { return false }
            tests.append(contentsOf: of.map { ($0, test) })
            return true
        }
        switch condition {
        case .type(let of, let types):
            return append(of, TypeTest(types, slot: slot, bit: bit))
        case .oneOf(let of, let values):
            // A list with parameters is resolved against them at each evaluation: left alone.
            return !values.hasParameters && append(of, ListTest(values, wanted: true, slot: slot, bit: bit))
        case .noneOf(let of, let values):
            return !values.hasParameters && append(of, ListTest(values, wanted: false, slot: slot, bit: bit))
        case .keys(let of, let allowed):
            return append(of, KeysTest(allowed, slot: slot, bit: bit))
        case .matches(let of, let regex, let whole):
            return append(of, MatchTest(regex, whole: whole, slot: slot, bit: bit))
        case .all(let members):
            return members.allSatisfy { collect($0, slot: slot, bit: bit, into: &tests) }
        default:
            return false
        }
    }

    /// What a node one query selects must pass, as its check's condition tests it (see
    /// `ConditionEvaluator.evaluate`), and that check's rule's slot and bit. A class, whose payload a test
    /// reads in place: walked for every node, a payload taken out of an enum case or an array
    /// was copied, a retain of each of its references.
    class NodeTest: @unchecked Sendable {
        // `@unchecked`: the class and its subclasses hold only `let`s of `Sendable` values.
        /// The slot of the test's rule.
        let slot: Int
        /// The bit of the test's check.
        let bit: UInt64

        init(slot: Int, bit: UInt64) {
            self.slot = slot
            self.bit = bit
        }

        /// Whether `node` passes.
        func passes(_ node: YAMLNode) -> Bool { true }
    }

    /// `type`.
    final class TypeTest: NodeTest, @unchecked Sendable {
        let types: [ValueType]

        init(_ types: [ValueType], slot: Int, bit: UInt64) {
            self.types = types
            super.init(slot: slot, bit: bit)
        }

        override func passes(_ node: YAMLNode) -> Bool {
            ConditionEvaluator.node(node, isOneOf: types)
        }
    }

    /// `one-of` (`wanted`) or `none-of`, over a list without parameters.
    final class ListTest: NodeTest, @unchecked Sendable {
        let values: ValueList
        let wanted: Bool

        init(_ values: ValueList, wanted: Bool, slot: Int, bit: UInt64) {
            self.values = values
            self.wanted = wanted
            super.init(slot: slot, bit: bit)
        }

        override func passes(_ node: YAMLNode) -> Bool {
            ConditionEvaluator.parameterFreeList(values, contains: node) == wanted
        }
    }

    /// `keys`.
    final class KeysTest: NodeTest, @unchecked Sendable {
        let allowed: TextSet

        init(_ allowed: TextSet, slot: Int, bit: UInt64) {
            self.allowed = allowed
            super.init(slot: slot, bit: bit)
        }

        override func passes(_ node: YAMLNode) -> Bool {
            !ConditionEvaluator.hasUnknownKey(node, allowed: allowed)
        }
    }

    /// `matches`.
    final class MatchTest: NodeTest, @unchecked Sendable {
        let regex: IRegexp
        let whole: Bool

        init(_ regex: IRegexp, whole: Bool, slot: Int, bit: UInt64) {
            self.regex = regex
            self.whole = whole
            super.init(slot: slot, bit: bit)
        }

        override func passes(_ node: YAMLNode) -> Bool {
            ConditionEvaluator.node(node, matches: regex, whole: whole)
        }
    }
}

extension RuleCheck {
    /// The check's bit in a rule's set of checks (`1 << index`), 0 past the 64th, which no set
    /// holds.
    var bit: UInt64 { index < 64 ? 1 << UInt64(index) : 0 }
}
