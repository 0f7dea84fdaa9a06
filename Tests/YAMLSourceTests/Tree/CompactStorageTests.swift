import Testing

@testable import YAMLSource

/// Node records keep spans in 32 bits and tags out of line; these pin that the compact form is
/// invisible: any span and tag read back exactly, and files whose positions would not fit are
/// refused with a located error instead.
@Suite("compact node storage")
struct CompactStorageTests {
    private static func scalar(_ text: String, span: SourceSpan, tag: String? = nil) -> YAMLNode {
        YAMLNode(content: .scalar(YAMLScalar(text: text, style: .plain, value: .string(text))), span: span, tag: tag)
    }

    @Test("spans beyond 32 bits, negative coordinates and tags read back exactly")
    func uncommonSpansAndTags() {
        let spans = [
            SourceSpan(start: pos(0, 1, 1), end: pos(Int(UInt32.max), Int(UInt32.max), Int(UInt32.max))),
            SourceSpan(start: pos(0, 1, 1), end: pos(Int(UInt32.max) + 1, 2, 1)),
            SourceSpan(start: pos(-1, 0, 0), end: pos(3, 1, 4)),
            SourceSpan(start: pos(Int.max, Int.max, Int.max), end: pos(Int.max, Int.max, Int.max)),
        ]
        for span in spans {
            for tag in [nil, "tag:yaml.org,2002:str", "!local"] {
                let leaf = Self.scalar("x", span: span, tag: tag)
                #expect(leaf.span == span)
                #expect(leaf.tag == tag)
                #expect(leaf.scalarText == "x")
                let list = YAMLNode(content: .sequence([leaf]), span: span, tag: tag)
                #expect(list.span == span)
                #expect(list.tag == tag)
                #expect(list.items == [leaf])
                let map = YAMLNode(content: .mapping([YAMLPair(key: leaf, value: list)]), span: span, tag: tag)
                #expect(map.span == span)
                #expect(map.tag == tag)
                #expect(map.pairs == [YAMLPair(key: leaf, value: list)])
            }
        }
    }

    @Test("a compact node and an out-of-line one are equal when their fields are")
    func equalityAcrossForms() {
        let span = SourceSpan(start: pos(0, 1, 1), end: pos(1, 1, 2))
        let wide = SourceSpan(start: pos(0, 1, 1), end: pos(1 << 33, 1, 2))
        var moved = Self.scalar("x", span: wide)
        #expect(moved != Self.scalar("x", span: span))
        moved.span = span
        #expect(moved == Self.scalar("x", span: span))
        #expect(moved.hashValue == Self.scalar("x", span: span).hashValue)
        var tagged = Self.scalar("x", span: span, tag: "!t")
        #expect(tagged != moved)
        tagged.tag = nil
        #expect(tagged == moved)
        #expect(!tagged.record.hasExtension)
    }

    @Test("a loaded document keeps its tags and positions")
    func loadedTags() throws {
        let node = try YAMLLoader(unknownTags: .keep).load(
            SourceFile(path: "test.yaml", text: "a: !x [1]\nb: !!str 2\nc: 3\n")
        ).documents[0].root
        #expect(node[key: "a"]?.tag == "!x")
        #expect(node[key: "a"]?.span == SourceSpan(start: pos(3, 1, 4), end: pos(9, 1, 10)))
        #expect(node[key: "b"]?.tag == "tag:yaml.org,2002:str")
        #expect(node[key: "b"]?.span == SourceSpan(start: pos(13, 2, 4), end: pos(20, 2, 11)))
        #expect(node[key: "c"]?.tag == nil)
        #expect(node[key: "c"]?.record.hasExtension == false)
        #expect(node[key: "c"]?.span == SourceSpan(start: pos(24, 3, 4), end: pos(25, 3, 5)))
    }

    @Test("a file too large for 32-bit positions is refused whatever the size limit")
    func positionsBeyond32Bits() throws {
        let unlimited = YAMLLoader.Limits(maxFileSize: Int.max)
        #expect(TreeBuilder.sizeError(byteCount: CompactSpan.largestFileSize, limits: unlimited, path: "a") == nil)
        let error = try #require(
            TreeBuilder.sizeError(byteCount: CompactSpan.largestFileSize + 1, limits: unlimited, path: "a"))
        #expect(error.kind == .fileTooLarge)
        #expect(error.message.contains("4294967294 bytes pactlint can load"))
        let limited = try #require(TreeBuilder.sizeError(byteCount: 11, limits: .init(maxFileSize: 10), path: "a"))
        #expect(limited.message == "the file has 11 bytes, more than the limit of 10 bytes")
        // The largest file's last position, one past its last byte on a line of its own, fits.
        let last = Int(UInt32.max)
        #expect(CompactSpan(SourceSpan(at: pos(last - 1, last, 1)))?.span == SourceSpan(at: pos(last - 1, last, 1)))
        #expect(CompactSpan(SourceSpan(at: pos(last + 1, 1, 1))) == nil)
        #expect(CompactSpan(SourceSpan(start: pos(0, 1, 1), end: pos(4, 1, last + 1))) == nil)
        // Negative coordinates (a hand-built span) do not fit either.
        #expect(CompactSpan(SourceSpan(at: pos(-1, 1, 1))) == nil)
        #expect(CompactSpan(SourceSpan(start: pos(0, 1, 1), end: pos(2, -3, 1))) == nil)
    }

    @Test("a node's record is 40 bytes")
    func recordSize() {
        // A document keeps one record per node; one more field would make every record 48.
        #expect(MemoryLayout<NodeRecord>.stride == 40)
    }
}
