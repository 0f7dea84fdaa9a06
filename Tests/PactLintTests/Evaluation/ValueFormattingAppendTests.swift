import Testing
import YAMLSource

@testable import PactLint

/// A message's `{$.query}` text is spelt straight into the message's bytes: the same text
/// `ValueFormatting.text(of:)` makes, for every kind of node.
@Suite struct ValueFormattingAppendTests {
    static let document = """
        plain: Partneria 0
        long: "a string well past sixteen bytes, with ünïcödé ☃ and 日本"
        nul: "a\\0b"
        empty: ""
        quoted: "12"
        number: 12
        float: 1.50
        big: 99999999999999999999
        yes: true
        nothing: ~
        list: [a, 2, [b, c], {k: v}]
        map: {z: 1, a: [x, "y"], "é": ~}
        alias: &a {n: "anchored text that is long enough"}
        again: *a
        block: |
          two
          lines
        """

    @Test func appendedTextIsTheText() throws {
        let root = try #require(try YAMLLoader().load(SourceFile(path: "v.yaml", text: Self.document)).documents.first)
            .root
        var nodes = [root]
        for index in 0..<root.childCount { nodes.append(root.value(at: index)) }
        let aliased = try #require(root[key: "again"]?[key: "n"])
        nodes.append(aliased)
        let bytes = GrowingBytes(capacity: 16)
        for node in nodes {
            bytes.removeAll()
            bytes.append("[")
            ValueFormatting.appendText(of: node, to: bytes)
            bytes.append("]")
            #expect(bytes.makeString() == "[" + ValueFormatting.text(of: node) + "]")
        }
        #expect(nodes.count == root.childCount + 2)
    }
}
