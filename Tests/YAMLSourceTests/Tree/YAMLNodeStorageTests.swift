import Testing
import YAMLSource

/// A node is a reference to shared, immutable storage; these pin that it still behaves as a
/// value: structural equality and hashing, setters that leave copies alone, and accessors
/// that agree with `content`.
@Suite("node storage")
struct YAMLNodeStorageTests {
    private static let span = SourceSpan(start: pos(0, 1, 1), end: pos(1, 1, 2))
    private static let otherSpan = SourceSpan(start: pos(2, 2, 1), end: pos(3, 2, 2))

    private static func scalar(_ text: String, span: SourceSpan = span) -> YAMLNode {
        YAMLNode(content: .scalar(YAMLScalar(text: text, style: .plain, value: .string(text))), span: span)
    }

    @Test("separately built nodes with the same content, span and tag are equal and hash alike")
    func structuralEquality() {
        let a = YAMLNode(content: .sequence([Self.scalar("x"), Self.scalar("y")]), span: Self.span, tag: "!t")
        let b = YAMLNode(content: .sequence([Self.scalar("x"), Self.scalar("y")]), span: Self.span, tag: "!t")
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
        #expect(a != YAMLNode(content: a.content, span: Self.otherSpan, tag: "!t"))
        #expect(a != YAMLNode(content: a.content, span: Self.span))
        #expect(a != YAMLNode(content: .sequence([Self.scalar("x")]), span: Self.span, tag: "!t"))
        // Same text, different style or value.
        let plain = Self.scalar("1")
        let quoted = YAMLNode(
            content: .scalar(YAMLScalar(text: "1", style: .doubleQuoted, value: .string("1"))), span: Self.span)
        let number = YAMLNode(content: .scalar(YAMLScalar(text: "1", style: .plain, value: .int(1))), span: Self.span)
        #expect(plain != quoted)
        #expect(plain != number)
        // A scalar and a collection never compare equal.
        #expect(YAMLNode(content: .sequence([]), span: Self.span) != YAMLNode(content: .mapping([]), span: Self.span))
    }

    @Test("setting a property changes that node only")
    func copyOnWrite() {
        let original = Self.scalar("x")
        var changed = original
        changed.span = Self.otherSpan
        changed.tag = "tag:yaml.org,2002:str"
        #expect(original.span == Self.span)
        #expect(original.tag == nil)
        #expect(changed.span == Self.otherSpan)
        #expect(changed.tag == "tag:yaml.org,2002:str")
        #expect(changed.content == original.content)
        changed.content = .sequence([original])
        #expect(original.kind == .scalar)
        #expect(changed.kind == .sequence)
        #expect(changed.items == [original])
        #expect(changed.span == Self.otherSpan)
        #expect(changed.tag == "tag:yaml.org,2002:str")
    }

    @Test("the direct accessors agree with content")
    func accessors() throws {
        let node = try root("a: [1, two]\nb: {c: ~}\nd: text\n")
        #expect(node.kind == .mapping)
        #expect(node.childCount == 3)
        #expect(node.pair(at: 0).key.scalarText == "a")
        let list = node.pair(at: 0).value
        #expect(list.kind == .sequence)
        #expect(list.childCount == 2)
        #expect(list.item(at: 0).intValue == 1)
        #expect(list.item(at: 1).scalarText == "two")
        #expect(list.items == list.children)
        guard case .sequence(let items) = list.content else {
            Issue.record("expected a sequence")
            return
        }
        #expect(items == [list.item(at: 0), list.item(at: 1)])
        #expect(node[key: "b"]?[key: "c"]?.isNull == true)
        #expect(node[key: "d"]?.childCount == 0)
        #expect(node[key: "d"]?.scalar == YAMLScalar(text: "text", style: .plain, value: .string("text")))
        #expect(node[key: "d"]?.scalarText == "text")
        #expect(list.scalarText == nil)
        #expect(list.scalarValue == nil)
    }

    @Test("a key's text matches byte for byte, not by canonical equivalence")
    func valueForKeyText() throws {
        // "é" precomposed (U+00E9) and decomposed (e + U+0301) are `==` as Swift strings.
        let node = try root("caf\u{E9}: composed\n1: one\nlonger-than-sixteen-bytes: long\n[x]: list\n")
        #expect(node.value(forKeyText: "caf\u{E9}")?.stringValue == "composed")
        #expect(node.value(forKeyText: "cafe\u{301}") == nil)
        #expect(node.value(forKeyText: "1")?.stringValue == "one")
        #expect(node.value(forKeyText: "longer-than-sixteen-bytes")?.stringValue == "long")
        #expect(node.value(forKeyText: "longer-than-sixteen-bytez") == nil)
        #expect(node.value(forKeyText: "") == nil)
        #expect(node.value(forKeyText: "x") == nil)
        #expect(node[key: "1"] == nil)
        #expect(node[key: "caf\u{E9}"]?.stringValue == "composed")
        #expect(node.pair(at: 0).value.value(forKeyText: "composed") == nil)
    }
}
