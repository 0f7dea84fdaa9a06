import JSONPath
import Testing
import YAMLSource

@testable import PactLint

/// Every finding's fingerprint, as the engine makes it (kept bytes of collections, hashes kept
/// as numbers, hex digits written on demand), against FNV-1a computed byte by byte over the
/// fields docs/rule-language.md lists: a finding on every node of documents with tricky keys
/// and values, on the root, and on a missing place.
@Suite struct FindingFingerprintReferenceTests {
    static let rules = """
        rules:
          - id: TEST-01
            name: every-node
            title: Every node
            principle: comprehensive
            severity: info
            assert: {absent: "$..*"}
            message: "node {value}"
          - id: TEST-02
            name: the-root
            title: The root
            principle: comprehensive
            severity: info
            assert: {absent: "$"}
            message: "root"
          - id: TEST-03
            name: missing
            title: Missing
            principle: balanced
            severity: info
            assert: {exists: "$.zeta.nothing.here"}
            message: "missing"

        """

    /// A large mapping (past any small-table path), keys in no order.
    static let bigMapping =
        "{" + (0..<60).map { "k\(($0 * 37) % 60): [\($0), {x\($0 % 7): v\($0)}]" }.joined(separator: ", ") + "}"

    static let documents: [String] =
        CanonicalValueTests.documents + [
            // Aliases: the same node reached through two paths.
            """
            base: &b {z: 1, a: [x, y], "é": "\\0"}
            copy: *b
            list: [*b, *b, {k: *b}]
            zeta: {n: 1}
            """,
            "zeta: \(bigMapping)\nlong: \"\(String(repeating: "word ", count: 80))\"\n",
            #"{"nul\u0000key": "a\u0000b", "日本": {"\u212A": [1, "\u0000"]}, zeta: "\u0000"}"#,
            // Lists written in just under, exactly and just over the bytes from which a
            // collection's canonical bytes are kept (the others are hashed as they are walked).
            sizedLists,
        ]

    /// Lists `[a…a, b]` whose source spans run from 20 bytes below to 20 above
    /// `QueryCache.smallestKeptCollection`, each in a mapping of its own.
    static var sizedLists: String {
        let kept = QueryCache.smallestKeptCollection
        return ((kept - 20)...(kept + 20)).map { size in
            "s\(size): {list: [\(String(repeating: "a", count: size - 5)), b]}"
        }.joined(separator: "\n") + "\n"
    }

    /// Each node under `node` with its normalized path (the paths `$..*` gives).
    private func paths(of node: YAMLNode, at path: [NormalizedPath.Element]) -> [(String, YAMLNode)] {
        var found = [(NormalizedPath(path).description, node)]
        switch node.kind {
        case .scalar: break
        case .sequence:
            for index in 0..<node.childCount { found += paths(of: node.item(at: index), at: path + [.index(index)]) }
        case .mapping:
            for index in 0..<node.childCount {
                found += paths(of: node.value(at: index), at: path + [.name(node.keyText(at: index) ?? "")])
            }
        }
        return found
    }

    /// FNV-1a over the texts (each followed by `0x1F`) and then `tail`, as 16 hex digits.
    private func reference(_ texts: [String], tail: [UInt8]) -> String {
        let bytes = texts.flatMap { Array($0.utf8) + [0x1F] } + tail
        let value = CanonicalValueTests.Reference.hash(bytes)
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    @Test(arguments: documents)
    func everyFingerprintIsTheReferenceHash(_ text: String) throws {
        let engine = Engine(ruleSet: try TestPack.ruleSet(Self.rules), excerptContext: nil)
        let file = SourceFile(path: "docs/ünï.yaml", text: text)
        let result = engine.check(file: file)
        #expect(!result.failedToLoad)
        let document = try #require(try YAMLLoader().load(file).documents.first)
        // Paths that two nodes spell alike (keys `1` and `"1"`) cannot tell which node is meant.
        let walked = paths(of: document.root, at: [])
        let spellings = Dictionary(walked.map { ($0.0, 1) }, uniquingKeysWith: +)
        let nodes = Dictionary(walked.filter { spellings[$0.0] == 1 }, uniquingKeysWith: { first, _ in first })
        var checked: Set<String> = []
        for finding in result.findings {
            let path = try #require(finding.location.path)
            let fields = [finding.ruleID, "0", file.path, "0", path]
            let expected: String
            if finding.ruleID == "TEST-03" {
                expected = reference(fields + ["missing:$.zeta.nothing.here"], tail: [])
            } else if let node = nodes[path] {
                expected = reference(fields, tail: CanonicalValueTests.Reference.bytes(node))
            } else {
                #expect(spellings[path, default: 0] > 1, "no node at \(path)")
                continue
            }
            #expect(finding.fingerprint == expected, "\(finding.ruleID) at \(path)")
            // The JSON writer's digits are the same text.
            #expect(finding.withFingerprintHexDigits { String(decoding: $0, as: UTF8.self) } == expected)
            checked.insert(finding.ruleID)
        }
        // Every rule was checked (every node: unless no path below the root is unambiguous).
        #expect(checked.isSuperset(of: ["TEST-02", "TEST-03"]))
        #expect(checked.contains("TEST-01") || nodes.count == 1)
    }
}
