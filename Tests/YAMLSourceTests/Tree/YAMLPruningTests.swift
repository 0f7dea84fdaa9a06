import Testing
import YAMLSource
import _PactLintTestSupport

/// `detachedCopy(keeping:)` copies in one pass what the portfolio projection built before in
/// two steps — a hand-built mapping of the kept pairs (`YAMLNode(content:span:tag:)`) at each
/// level, matched by name through a dictionary, then `detachedCopy()` of the result — held to
/// that construction over seeded random documents: nested mappings and lists, tags, anchors and
/// aliases, flow collections, number keys, and keys that are a kept name under Unicode
/// canonical equivalence but not byte for byte (the Kelvin sign, decomposed accents).
@Suite struct YAMLPruningTests {
    /// What the reference keeps, as the projection plan wrote it.
    indirect enum Keep {
        case whole
        case members([String: Keep])

        var pruning: YAMLPruning {
            switch self {
            case .whole: .whole
            case .members(let members): .members(members.mapValues(\.pruning))
            }
        }
    }

    /// The two-step construction: the kept pairs of each mapping in a hand-built node.
    static func reference(_ node: YAMLNode, keep: [String: Keep]) -> YAMLNode {
        guard node.kind == .mapping else { return node }
        var kept: [YAMLPair] = []
        for index in 0..<node.childCount {
            let pair = node.pair(at: index)
            guard let name = pair.key.scalarText, let below = keep[name] else { continue }
            switch below {
            case .whole: kept.append(pair)
            case .members(let members):
                kept.append(YAMLPair(key: pair.key, value: reference(pair.value, keep: members)))
            }
        }
        return YAMLNode(content: .mapping(kept), span: node.span, tag: node.tag)
    }

    /// Keys: plain names, names with other spellings (`K` and U+212A, composed and decomposed
    /// é), a number, a quoted key.
    static let keys = ["id", "title", "context", "summary", "Key", "\u{212A}ey", "café", "cafe\u{301}", "1", "'q'"]
    /// Names a pruning keeps: the keys' texts and names no key has.
    static let names = ["id", "title", "context", "summary", "Key", "café", "1", "q", "absent", "\u{212A}ey"]

    struct Generator {
        var random: SplitMix
        var anchors = 0

        mutating func scalar() -> String {
            switch random.below(9) {
            case 0: return "\"quoted \(random.below(100))\""
            case 1: return "\(random.below(1000))"
            case 2: return "true"
            case 3: return "~"
            case 4: return "!!str tagged"
            case 5:
                anchors += 1
                return "&a\(anchors) anchored"
            case 6 where anchors > 0: return "*a\(1 + random.below(anchors))"
            default: return "word\(random.below(50)) and more"
            }
        }

        /// A block mapping at `indent`, keys distinct.
        mutating func mapping(indent: Int, depth: Int) -> String {
            var text = ""
            var used = Set<String>()
            for _ in 0..<random.below(6) {
                let key = random.pick(YAMLPruningTests.keys)
                guard used.insert(key).inserted else { continue }
                let pad = String(repeating: " ", count: indent)
                switch depth > 0 ? random.below(5) : 0 {
                case 1: text += "\(pad)\(key):\n" + mapping(indent: indent + 2, depth: depth - 1)
                case 2:
                    text += "\(pad)\(key):\n"
                    for _ in 0..<(1 + random.below(3)) { text += "\(pad)  - \(scalar())\n" }
                case 3: text += "\(pad)\(key): [\(scalar()), {id: \(scalar())}]\n"
                default: text += "\(pad)\(key): \(scalar())\n"
                }
            }
            // An empty block mapping is not valid YAML: one key at least.
            return text.isEmpty ? String(repeating: " ", count: indent) + "id: x\n" : text
        }

        mutating func keep(depth: Int) -> [String: Keep] {
            var keep: [String: Keep] = [:]
            for _ in 0..<random.below(5) {
                keep[random.pick(YAMLPruningTests.names)] =
                    depth > 0 && random.below(2) == 0 ? .members(self.keep(depth: depth - 1)) : .whole
            }
            return keep
        }
    }

    @Test(arguments: 0..<3)
    func prunedCopyAgreesWithTheTwoStepConstruction(seed: Int) throws {
        var generator = Generator(random: SplitMix(seed: 7 + UInt64(seed)))
        for number in 0..<300 {
            generator.anchors = 0
            let text = generator.mapping(indent: 0, depth: 3)
            let document = try root(text)
            let keep = generator.keep(depth: 3)
            let expected = Self.reference(document, keep: keep).detachedCopy()
            let copied = document.detachedCopy(keeping: Keep.members(keep).pruning)
            #expect(copied == expected, "seed \(seed) document \(number):\n\(text)\nkeeping \(keep)")
            #expect(copied.identity != document.identity)
        }
    }

    @Test func otherSpellingsOfANameAreKeptAsADictionaryWouldKeepThem() throws {
        // A mapping holds one spelling at most: the loader takes the others for duplicates.
        let pruning = YAMLPruning.members(["Key": .whole, "café": .whole])
        let kelvin = try root("\u{212A}ey: kelvin\nother: x\ncafe\u{301}: nfd\n")
        let copied = kelvin.detachedCopy(keeping: pruning)
        #expect((0..<copied.childCount).map { copied.keyText(at: $0) } == ["\u{212A}ey", "cafe\u{301}"])
        let plain = try root("other: x\nKey: plain\n")
        #expect(plain.detachedCopy(keeping: pruning)[key: "Key"] == plain[key: "Key"])
        // A name of plain ASCII letters is matched by its bytes.
        #expect(kelvin.detachedCopy(keeping: .members(["other": .whole])).childCount == 1)
    }

    @Test func aNodeThatIsNoMappingIsKeptWhole() throws {
        let document = try root("- a\n- b: c\n")
        #expect(document.detachedCopy(keeping: .members(["b": .whole])) == document.detachedCopy())
        let nested = try root("a: [1, 2]\nb: x\n")
        let copied = nested.detachedCopy(keeping: .members(["a": .members(["x": .whole])]))
        #expect(copied[key: "a"] == nested[key: "a"])
        #expect(copied.childCount == 1)
    }
}
