import Testing
import YAMLSource

@Suite("streams")
struct StreamTests {
    @Test("multi-document streams keep their documents in order")
    func multiDocument() throws {
        let stream = try load("---\nid: 1\n---\nid: 2\n...\n---\n- 3\n")
        #expect(stream.documents.map(\.index) == [0, 1, 2])
        #expect(stream.documents[0].root[key: "id"]?.intValue == 1)
        #expect(stream.documents[1].root[key: "id"]?.intValue == 2)
        #expect(stream.documents[2].root[index: 0]?.intValue == 3)
    }

    @Test("anchors do not cross documents")
    func anchorsPerDocument() {
        #expect(loadError("a: &x 1\n---\nb: *x\n")?.kind == .unknownAlias)
    }

    @Test("an empty stream has no documents; an empty document is null")
    func empty() throws {
        #expect(try load("").documents.isEmpty)
        #expect(try load("\n\n").documents.isEmpty)
        #expect(try load("\u{FEFF}").documents.isEmpty)
        let stream = try load("---\n")
        #expect(stream.documents.count == 1)
        #expect(stream.documents[0].root.isNull)
        #expect(stream.documents[0].root.span.start == pos(4, 2, 1))
    }

    @Test("a byte order mark at the start is not content")
    func byteOrderMark() throws {
        let node = try root("\u{FEFF}country: NO\n")
        #expect(node[key: "country"]?.stringValue == "NO")
    }

    @Test("a scalar document")
    func scalarDocument() throws {
        let node = try root("--- 42\n")
        #expect(node.intValue == 42)
    }

    @Test("directives")
    func directives() throws {
        let node = try root("%YAML 1.2\n%TAG !e! tag:yaml.org,2002:\n---\na: !e!str 1\n")
        #expect(node[key: "a"]?.stringValue == "1")
    }
}
