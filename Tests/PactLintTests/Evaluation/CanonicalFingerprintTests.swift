import Testing
import YAMLSource

@testable import PactLint

/// A finding's fingerprint hashes the value of its node as canonical JSON; the per-document
/// memo of those bytes must not change a single fingerprint.
@Suite struct CanonicalFingerprintTests {
    static let text = """
        id: p1
        actions:
          - {id: a1, title: "Ünïcode ☃", amount: 1.50, tags: [x, 2, true, ~]}
          - id: a2
            b: {z: 1, a: [2, 3]}
            a: "1"
        """

    func root() throws -> YAMLNode {
        try #require(try YAMLLoader().load(SourceFile(path: "p.yaml", text: Self.text)).documents.first).root
    }

    func hex(_ node: YAMLNode) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add("rule")
        fingerprint.addCanonical(node)
        return fingerprint.hex
    }

    /// Pinned values: a baseline written by an earlier version must still match.
    @Test func canonicalHashesArePinned() throws {
        let root = try root()
        let actions = try #require(root[key: "actions"])
        #expect(hex(root) == "c3c7a57bb967baca")
        #expect(hex(actions) == "6904c12572976dd5")
        let first = try #require(actions[index: 0])
        let quotedOne = try #require(actions[index: 1]?[key: "a"])
        #expect(hex(first) == "fbd3355af4ef710f")
        #expect(hex(quotedOne) == "278aa4dc2c55dd7a")
    }

    /// Through the memo, first and later times, the hash is the same as without it.
    @Test func memoizedBytesHashTheSame() throws {
        let root = try root()
        let cache = QueryCache()
        let actions = try #require(root[key: "actions"])
        for node in [root, actions, try #require(actions[index: 1]), root, actions] {
            var memoized = Fingerprint()
            memoized.add("rule")
            try #require(cache.canonicalBytes(ofCollection: node)).withBytes { memoized.add(bytes: $0) }
            #expect(memoized.hex == hex(node))
        }
        #expect(cache.canonicalBytes(ofCollection: try #require(actions[index: 1]?[key: "a"])) == nil)
    }

    /// The memo is keyed by node identity, not by where a node is written: two files (a
    /// portfolio) hold different collections at the same span, and each keeps its own bytes.
    @Test func memoTellsApartCollectionsWrittenAtTheSameSpan() throws {
        let first = try #require(try YAMLLoader().load(SourceFile(path: "a.yaml", text: "k: [1, 2]\n")).documents.first)
        let second = try #require(
            try YAMLLoader().load(SourceFile(path: "b.yaml", text: "k: [3, 4]\n")).documents.first)
        let (left, right) = (try #require(first.root[key: "k"]), try #require(second.root[key: "k"]))
        #expect(left.span == right.span && left.childCount == right.childCount)
        let cache = QueryCache()
        let leftBytes = try #require(cache.canonicalBytes(ofCollection: left)).withBytes { Array($0) }
        let rightBytes = try #require(cache.canonicalBytes(ofCollection: right)).withBytes { Array($0) }
        #expect(leftBytes != rightBytes)
        #expect(cache.canonicalBytes(ofCollection: left)?.withBytes { Array($0) } == leftBytes)
        let copy = left
        #expect(copy.identity == left.identity && left.identity != right.identity)
    }
}
