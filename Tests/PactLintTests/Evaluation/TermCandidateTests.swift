import Testing
import YAMLSource

@testable import PactLint

/// A `terms` condition collects the string values it screens by a walk over the tree's records
/// and child entries (`YAMLNodeCursor.forEachStringValue(where:_:)`), with each text's bytes read
/// in place, after one screen of all the tree's texts (`YAMLNode.treeMayHoldString(acceptedBy:)`). It
/// must visit what a plain recursive walk over the nodes visits: every string value that is not
/// a key, in document order, an alias's node at each place, with the same positions on the way.
@Suite struct TermCandidateTests {
    /// A string value visited: where it is written, the child positions that lead to it, its value.
    struct Visit: Equatable, CustomStringConvertible {
        var span: SourceSpan
        var steps: [Int]
        var value: String

        var description: String { "\(steps) \(value.debugDescription) @\(span.start.offset)" }
    }

    /// The walk spelt out on the public node API, as `evaluateTerms` walked before.
    private func reference(_ node: YAMLNode, steps: [Int] = [], into visits: inout [Visit]) {
        switch node.kind {
        case .scalar:
            if let value = node.stringValue { visits.append(Visit(span: node.span, steps: steps, value: value)) }
        case .sequence:
            for index in 0..<node.childCount {
                reference(node.item(at: index), steps: steps + [index], into: &visits)
            }
        case .mapping:
            for index in 0..<node.childCount {
                reference(node.value(at: index), steps: steps + [index], into: &visits)
            }
        }
    }

    private func referenceVisits(_ node: YAMLNode) -> [Visit] {
        var visits: [Visit] = []
        reference(node, into: &visits)
        return visits
    }

    /// The walk under test; `screen` gets each value's bytes, which must be its UTF-8.
    private func visits(_ node: YAMLNode, screen: (String) -> Bool = { _ in true }) -> [Visit] {
        var visits: [Visit] = []
        withExtendedLifetime(node) {
            YAMLNodeCursor(node).forEachStringValue(where: { screen(String(decoding: $0, as: UTF8.self)) }) {
                scalar, steps in
                let node = scalar.node
                visits.append(Visit(span: node.span, steps: steps, value: node.stringValue ?? "<none>"))
            }
        }
        return visits
    }

    private func roots(_ text: String) throws -> [YAMLNode] {
        try YAMLLoader().load(SourceFile(path: "t.yaml", text: text)).documents.map(\.root)
    }

    static let documents: [String] = [
        "plain\n",
        "42\n",
        "~\n",
        "\"quoted \\u00e9 \\x41\"\n",
        "[]\n",
        "{}\n",
        "a: 1\nb: true\nc: null\nd: ~\ne: 1.5\nf: text\ng: 'single'\nh: \"double\"\ni: !!str 12\nj: 0x1F\n",
        "list: [a, b, [c, [d, {e: f}]], {}, []]\nmap: {k: v, n: {m: o}}\n",
        "- one\n- - two\n  - three\n- key: value\n  other:\n    - deep\n    - {x: y}\n",
        "base: &b\n  name: anchored value\n  list: [p, q]\nuse: *b\nscalar: &s shared text\nagain: *s\nlist: [*s, *b]\n",
        "&k key: value\nother: *k\n",
        "? [complex, key]\n: its value\n? {another: key}\n: second value\nplain: third\n",
        "literal: |\n  first line\n  second line\nfolded: >\n  folded\n  text\n\n  kept\nmulti: plain\n  over two lines\n",
        "unicode: Ünïcödé ☃ 日本語\nkelvin: \u{212A}elvin\nlong: \"a long value that is not a small string, well over fifteen bytes\"\n",
        "empty: ''\nspaces: '   '\nnothing:\nalso: \"\"\n",
        "- !!str true\n- !!str 5\n- 'true'\n- \"null\"\n- !!null ''\n",
        "first: doc\n---\nsecond: [doc, 2]\n---\n- third\n",
        "outer:\n  - inner:\n      - - - nested\n          - deeper: [x, {y: z}]\n",
    ]

    @Test(arguments: Self.documents)
    func visitsWhatARecursiveWalkVisits(document: String) throws {
        for root in try roots(document) {
            #expect(visits(root) == referenceVisits(root), "\(document)")
            // From every node below the root too (a query's match is any node).
            var stack = [root]
            while let node = stack.popLast() {
                #expect(visits(node) == referenceVisits(node), "\(document) at \(node.span.start.offset)")
                stack.append(contentsOf: node.children)
            }
        }
    }

    @Test func screensTheBytesOfEachValueAndKeepsOnlyThoseItAccepts() throws {
        let root = try #require(
            try roots(Self.documents[9] + "more: [value, \"a value of more than sixteen bytes\"]\n").first)
        var screened: [String] = []
        let kept = visits(root) { text in
            screened.append(text)
            return text.contains("value")
        }
        let all = referenceVisits(root)
        #expect(screened == all.map(\.value))
        #expect(kept == all.filter { $0.value.contains("value") })
        #expect(kept.count == 5)  // the anchored one at its three places, and the two in `more`
    }

    @Test func walksHandBuiltNodesAndOtherTreesTheyReferTo() throws {
        let document = try #require(try roots(Self.documents[8]).first)
        let span = SourceSpan(at: SourcePosition(offset: 0, line: 1, column: 1))
        let other = YAMLNode(
            content: .scalar(YAMLScalar(text: "written", style: .plain, value: .string("resolved otherwise"))),
            span: span)
        let number = YAMLNode(content: .scalar(YAMLScalar(text: "7", style: .plain, value: .int(7))), span: span)
        // The document's root is referenced from the new tree, not copied into it.
        let built = YAMLNode(content: .sequence([other, document, number, document.item(at: 2)]), span: document.span)
        let found = visits(built)
        #expect(found == referenceVisits(built))
        #expect(found.first?.value == "resolved otherwise")
        #expect(found.map(\.steps).contains([1, 1, 0]))
    }

    @Test func aTermConditionFindsTermsInValuesOnlyAtTheirPaths() throws {
        let text = """
            illegal migrants: a key is not searched
            list:
              - nothing here
              - &a "about illegal migrants"
            copy: *a
            nested: {deep: [Illegal Migration, 12]}

            """
        let root = try #require(try roots(text).first)
        var found: [(steps: [Int], value: String)] = []
        let screen = TermMatcher.Screen(
            terms: [
                TermMatcher.Term(text: "illegal migrants", suggestion: "irregular migrants", caseSensitive: false),
                TermMatcher.Term(text: "illegal migration", suggestion: "irregular migration", caseSensitive: false),
            ],
            caseSensitive: false)
        withExtendedLifetime(root) {
            YAMLNodeCursor(root).forEachStringValue(where: { screen.mayMatch(utf8: $0) }) { scalar, steps in
                found.append((steps, scalar.stringValue ?? ""))
            }
        }
        #expect(found.map(\.steps) == [[1, 1], [2], [3, 0, 0]])
        #expect(found.map(\.value) == ["about illegal migrants", "about illegal migrants", "Illegal Migration"])
    }

    @Test func screensBytesInPlaceAsItScreensStrings() {
        let screen = TermMatcher.Screen(
            terms: [TermMatcher.Term(text: "illegal migrants", suggestion: "irregular migrants", caseSensitive: false)],
            caseSensitive: false)
        // Every length up to past two vectors' worth, with the word (or a near miss, or a Kelvin
        // sign) at every place: across the sixteen-byte steps and in the last bytes.
        for length in 0...40 {
            for (needle, expected) in [("Illegal", true), ("illegaz", false), ("\u{212A}", true), ("ILLEGAL", true)] {
                let needleLength = needle.utf8.count
                guard length >= needleLength else { continue }
                for place in 0...(length - needleLength) {
                    let text =
                        String(repeating: "z", count: place) + needle
                        + String(repeating: "z", count: length - needleLength - place)
                    let inPlace = Array(text.utf8).withUnsafeBytes { screen.mayMatch(utf8: $0) }
                    #expect(inPlace == expected, "\(text.debugDescription)")
                    #expect(screen.mayMatch(text) == expected, "\(text.debugDescription)")
                }
            }
            let plain = String(repeating: "z", count: length)
            #expect(!Array(plain.utf8).withUnsafeBytes { screen.mayMatch(utf8: $0) })
        }
    }

    /// A screen for `word` anywhere in a buffer, as the term screen is (ASCII case folded).
    private func contains(_ word: String) -> (UnsafeRawBufferPointer) -> Bool {
        contains(bytes: Array(word.lowercased().utf8))
    }

    /// A screen for `word`'s bytes anywhere in a buffer, ASCII case folded (`word` in small letters).
    private func contains(bytes word: [UInt8]) -> (UnsafeRawBufferPointer) -> Bool {
        { bytes in
            let folded = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
            guard folded.count >= word.count else { return false }
            return (0...(folded.count - word.count)).contains { Array(folded[$0..<($0 + word.count)]) == word }
        }
    }

    @Test(arguments: Self.documents)
    func aTreeMayHoldEveryStringAWalkFinds(document: String) throws {
        for root in try roots(document) {
            for visit in referenceVisits(root) {
                // Every piece of every value, short texts and long ones: the tree's screen must
                // never say no where the walk would find one.
                let value = Array(visit.value.utf8).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
                for start in stride(from: 0, to: value.count, by: 3) {
                    let piece = Array(value[start..<min(value.count, start + 5)])
                    #expect(root.treeMayHoldString(acceptedBy: contains(bytes: piece)), "\(piece) of \(visit)")
                }
            }
            #expect(!root.treeMayHoldString(acceptedBy: contains("illegal")))
        }
    }

    @Test func aTreeHoldsTheStringsOfItsKeysValuesAndLongTexts() throws {
        let root = try #require(
            try roots(
                """
                short key: short value
                list: [item, "a long value that is not a small string, with needle at its end"]
                nested: {deep: [x, {"a long key, long enough not to be small": y}]}

                """
            ).first)
        #expect(root.treeMayHoldString(acceptedBy: contains("short value")))
        #expect(root.treeMayHoldString(acceptedBy: contains("SHORT KEY")))
        #expect(root.treeMayHoldString(acceptedBy: contains("needle")))
        #expect(root.treeMayHoldString(acceptedBy: contains("enough not")))
        #expect(!root.treeMayHoldString(acceptedBy: contains("haystack")))
        // Any node answers for its whole tree.
        #expect(root.value(at: 0).treeMayHoldString(acceptedBy: contains("needle")))
        #expect(root.sharesTree(with: root.value(at: 2).value(at: 0).item(at: 1)))
        #expect(!root.sharesTree(with: try #require(try roots("needle: x\n").first)))
    }

    @Test func aHandBuiltTreeHoldsItsOtherStringsAndAnswersYesForTreesItRefersTo() throws {
        let span = SourceSpan(at: SourcePosition(offset: 0, line: 1, column: 1))
        let scalar = YAMLNode(
            content: .scalar(YAMLScalar(text: "written", style: .plain, value: .string("resolved otherwise"))),
            span: span)
        #expect(scalar.treeMayHoldString(acceptedBy: contains("otherwise")))
        #expect(scalar.treeMayHoldString(acceptedBy: contains("written")))
        #expect(!scalar.treeMayHoldString(acceptedBy: contains("needle")))
        // A document's root is referenced, not copied: its texts are in its own tree.
        let document = try #require(try roots("a: [needle]\n").first)
        let built = YAMLNode(content: .sequence([scalar, document]), span: span)
        #expect(built.treeMayHoldString(acceptedBy: contains("needle")))
    }

    @Test func aTermConditionFindsATermInALongOrAShortValueOfAnOtherwiseCleanDocument() throws {
        // One occurrence, in a small string or in a long one, is what tells the tree's screen
        // to walk; keys holding the term make it walk too, and find nothing.
        let rules = TestPack.rule(
            assert: """
                terms:
                  of: "$"
                  avoid: {illegal migrants: irregular migrants}
                """,
            message: "{value}")
        let short = "a: [x, {b: illegal migrants}]\nc: clean\n"
        #expect(TestPack.summary(try TestPack.findings(rules, short)) == ["1:12 illegal migrants"])
        let long = "a: clean\nb:\n  - a much longer text that mentions Illegal Migrants at last\n"
        #expect(TestPack.summary(try TestPack.findings(rules, long)) == ["3:38 Illegal Migrants"])
        #expect(try TestPack.findings(rules, "illegal migrants: as a key\nc: clean\n").isEmpty)
        #expect(try TestPack.findings(rules, "a: clean\nb: [1, true, ~]\n").isEmpty)
    }
}
