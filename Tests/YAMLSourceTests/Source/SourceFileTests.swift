import Testing
import YAMLSource

@Suite("SourceFile")
struct SourceFileTests {
    @Test("lines break at LF, CR and CRLF; the text after the last break is a line")
    func lines() {
        let file = SourceFile(path: "f", text: "one\r\ntwo\rthree\nfour\u{85}still four\n")
        #expect(file.lineCount == 5)
        #expect(file.line(1) == "one")
        #expect(file.line(2) == "two")
        #expect(file.line(3) == "three")
        #expect(file.line(4) == "four\u{85}still four")
        #expect(file.line(5) == "")
        #expect(file.line(0) == "")
        #expect(file.line(6) == "")
    }

    @Test("an empty file has one empty line")
    func empty() {
        let file = SourceFile(path: "f", bytes: [])
        #expect(file.lineCount == 1)
        #expect(file.line(1) == "")
        #expect(file.position(atByteOffset: 0) == pos(0, 1, 1))
    }

    @Test("position(atByteOffset:) counts scalars and clamps")
    func positions() {
        let file = SourceFile(path: "f", text: "a叶b\n🇺🇳x")
        #expect(file.position(atByteOffset: 4) == pos(4, 1, 3))
        #expect(file.position(atByteOffset: 6) == pos(6, 2, 1))
        #expect(file.position(atByteOffset: 14) == pos(14, 2, 3))
        #expect(file.position(atByteOffset: 99) == pos(15, 2, 4))
        #expect(file.position(atByteOffset: -5) == pos(0, 1, 1))
    }

    @Test("excerpt returns the span's lines with context, clipped to the file")
    func excerpt() {
        let file = SourceFile(path: "f", text: "1\n2\n3\n4\n5\n")
        let span = SourceSpan(start: pos(4, 3, 1), end: pos(7, 4, 2))
        let excerpt = file.excerpt(around: span, context: 1)
        #expect(excerpt.firstLine == 2)
        #expect(excerpt.lines == ["2", "3", "4", "5"])
        let top = file.excerpt(around: SourceSpan(at: pos(0, 1, 1)), context: 2)
        #expect(top.firstLine == 1)
        #expect(top.lines == ["1", "2", "3"])
    }
}
