import Testing
import YAMLSource

/// Positions: 0-based byte offsets, 1-based lines (LF, CR, CRLF only), 1-based columns in
/// Unicode scalars. The expected numbers are counted by hand in the comments.
@Suite("positions")
struct PositionTests {
    @Test("emoji and CJK before a value: columns count scalars, offsets count bytes")
    func emojiAndCJK() throws {
        // "🇺🇳" is 2 scalars of 4 bytes each, "叶" 1 scalar of 3 bytes.
        let node = try root("🇺🇳叶: value\nk: 🇺🇳叶\n")
        let pairs = try #require(node.pairs)
        // The key "🇺🇳叶" spans bytes 0..<11, columns 1..<4.
        #expect(pairs[0].key.span == SourceSpan(start: pos(0, 1, 1), end: pos(11, 1, 4)))
        // "value" starts after ": " at byte 13, column 6.
        #expect(pairs[0].value.span == SourceSpan(start: pos(13, 1, 6), end: pos(18, 1, 11)))
        // Line 2 starts at byte 19; "🇺🇳叶" after "k: " at byte 22, column 4, ends at byte 33, column 7.
        #expect(pairs[1].value.span == SourceSpan(start: pos(22, 2, 4), end: pos(33, 2, 7)))
    }

    @Test("a syntax error after emoji and CJK is located in scalars and bytes")
    func errorAfterEmoji() throws {
        // "k: 🇺🇳叶: z": the second ': ' is at column 7 (k : space 🇺 🇳 叶), byte 3+4+4+3 = 14.
        let error = try #require(loadError("k: 🇺🇳叶: z\n"))
        #expect(error.kind == .syntax)
        #expect(error.position == pos(14, 1, 7))
    }

    @Test("CRLF line breaks count once")
    func crlf() throws {
        let node = try root("a: 1\r\nb: 2\r\nc: [x,\r\n  叶]\r\n")
        let pairs = try #require(node.pairs)
        #expect(pairs[1].key.span.start == pos(6, 2, 1))
        #expect(pairs[2].key.span.start == pos(12, 3, 1))
        // "c: [x,\r\n" is bytes 12..<20; "  叶]" on line 4: 叶 at byte 22, column 3; "]" ends
        // at byte 26, column 5.
        let item = try #require(pairs[2].value[index: 1])
        #expect(item.span.start == pos(22, 4, 3))
        #expect(pairs[2].value.span.end == pos(26, 4, 5))
    }

    @Test("CR alone breaks lines")
    func crOnly() throws {
        let node = try root("a: 1\rb: 叶\rc: 3\r")
        let pairs = try #require(node.pairs)
        #expect(pairs[1].key.span.start == pos(5, 2, 1))
        #expect(pairs[1].value.span.start == pos(8, 2, 4))
        #expect(pairs[2].key.span.start == pos(12, 3, 1))
    }

    @Test("NEL, LS and PS do not break lines, though libyaml breaks at them")
    func unicodeBreaksAreNotLines() throws {
        // libyaml counts NEL (2 bytes) and LS (3 bytes) as line breaks; editors do not.
        let node = try root("k: \"a\u{85}b\u{2028}c\"\nnext: y\n")
        let pairs = try #require(node.pairs)
        // The quoted value is bytes 3..<13 and columns 4..<11: " a NEL b LS c ".
        #expect(pairs[0].value.span == SourceSpan(start: pos(3, 1, 4), end: pos(13, 1, 11)))
        #expect(pairs[0].value.stringValue == "a b\u{2028}c")
        #expect(pairs[1].key.span.start == pos(14, 2, 1))
    }

    @Test("a tab counts as one column")
    func tab() throws {
        let node = try root("a:\t1\n")
        #expect(node[key: "a"]?.span.start == pos(3, 1, 4))
    }

    @Test("a byte order mark is skipped by columns but counted by offsets")
    func byteOrderMark() throws {
        let node = try root("\u{FEFF}a: 1\n")
        let pairs = try #require(node.pairs)
        #expect(pairs[0].key.span.start == pos(3, 1, 1))
        #expect(pairs[0].value.span.start == pos(6, 1, 4))
        #expect(node[key: "a"]?.intValue == 1)
    }

    /// The mark used to reach libyaml as a character of the first line, so the first key
    /// stood a column right of the next: a mapping of two keys did not load at all.
    @Test("a byte order mark before a mapping of several keys, a flow error and non-ASCII text")
    func byteOrderMarkBeforeSeveralKeys() throws {
        let node = try root("\u{FEFF}id: x\ntitle: café\nb:\n  - 2\n")
        let pairs = try #require(node.pairs)
        #expect(pairs.map { $0.key.scalarText } == ["id", "title", "b"])
        #expect(pairs[0].key.span.start == pos(3, 1, 1))
        #expect(pairs[0].value.span == SourceSpan(start: pos(7, 1, 5), end: pos(8, 1, 6)))
        #expect(pairs[1].value.span == SourceSpan(start: pos(16, 2, 8), end: pos(21, 2, 12)))
        #expect(node[key: "b"]?[index: 0]?.span.start == pos(29, 4, 5))
        #expect(node.span.start == pos(3, 1, 1))

        let error = try #require(loadError("\u{FEFF}a: 1\nb: [2\n"))
        #expect(error.span.start == pos(14, 3, 1))
        #expect(error.notes.first?.span?.start == pos(11, 2, 4), "\(error.notes)")
    }

    /// libyaml skips a mark at the start of a line but counts it as a column: handed the
    /// second of two marks, it put the first line's keys a column right of the next line's, so
    /// a mapping of several keys did not load. Only the first mark is not text: a second is a
    /// character of the first line, as editors show it, so columns count it.
    @Test("two or three byte order marks before a mapping of several keys, a nested value and an error")
    func severalByteOrderMarks() throws {
        // Two marks are bytes 0..<6; "id" at byte 6 is column 2, after the second mark.
        let node = try root("\u{FEFF}\u{FEFF}id: x\ntitle: café\nb:\n  - 2\n")
        let pairs = try #require(node.pairs)
        #expect(pairs.map { $0.key.scalarText } == ["id", "title", "b"])
        #expect(pairs[0].key.span == SourceSpan(start: pos(6, 1, 2), end: pos(8, 1, 4)))
        #expect(pairs[0].value.span.start == pos(10, 1, 6))
        // Line 2 starts at byte 12; "café" at 12 + 7, five bytes, four scalars.
        #expect(pairs[1].key.span.start == pos(12, 2, 1))
        #expect(pairs[1].value.span == SourceSpan(start: pos(19, 2, 8), end: pos(24, 2, 12)))
        #expect(node[key: "b"]?[index: 0]?.span.start == pos(32, 4, 5))

        // Indented by one on line 2, "b" is a key of a's value, as an editor shows it.
        let nested = try root("\u{FEFF}\u{FEFF}a:\n b: 1\n")
        #expect(nested.pairs?.count == 1)
        #expect(nested[key: "a"]?[key: "b"]?.intValue == 1)

        let three = try root("\u{FEFF}\u{FEFF}\u{FEFF}a: 1\nb: 2\n")
        #expect(three.pairs?.map { $0.key.span.start } == [pos(9, 1, 3), pos(14, 2, 1)])

        let error = try #require(loadError("\u{FEFF}\u{FEFF}a: 1\nb: [2\n"))
        #expect(error.span.start == pos(17, 3, 1))
        #expect(error.notes.first?.span?.start == pos(14, 2, 4), "\(error.notes)")
    }

    /// libyaml skips a mark at the start of a later line too, as one column: positions count it
    /// as a character, and an error right after it says so.
    @Test("a byte order mark at the start of a later line")
    func byteOrderMarkOnALaterLine() throws {
        // Line 3 starts at byte 9 with the mark; "b" at byte 12 is column 2.
        let stream = try load("a: 1\n---\n\u{FEFF}b: 2\n")
        #expect(stream.documents.count == 2)
        #expect(stream.documents[1].root.pairs?.first?.key.span.start == pos(12, 3, 2))

        // A key after the mark is indented by one for libyaml.
        let key = try #require(loadError("a: 1\n\u{FEFF}b: 2\n"))
        #expect(key.span.start == pos(8, 2, 2))
        #expect(key.help?.contains("byte order mark") == true, "\(key.help ?? "")")
        // `---` after the mark starts no document for libyaml (YAML 1.2 allows it).
        let document = try #require(loadError("a: 1\n...\n\u{FEFF}---\nb: 2\n"))
        #expect(document.span.start == pos(12, 3, 2))
        #expect(document.help?.contains("byte order mark") == true, "\(document.help ?? "")")
        // The error may come on a later line: the mark indented the whole mapping by one.
        let mapping = try #require(loadError("a: 1\n---\n\u{FEFF}b: 2\nc: 3\n"))
        #expect(mapping.span.start == pos(17, 4, 1))
        #expect(mapping.help?.hasPrefix("line 3 starts with a byte order mark") == true, "\(mapping.help ?? "")")
        // Other errors keep their help: without a mark, or with one in an earlier document.
        let other = try #require(loadError("a: 1\nb: [2\n"))
        #expect(other.help?.contains("byte order mark") == false)
        let earlier = try #require(loadError("a: 1\n---\n\u{FEFF}b: 2\n---\nc: [2\n"))
        #expect(earlier.help?.contains("byte order mark") == false, "\(earlier.help ?? "")")
    }

    @Test("a UTF-8 byte order mark before a UTF-16 one is invalid UTF-8 after the first")
    func utf16MarkAfterUTF8Mark() throws {
        let error = try #require(loadError(bytes: [0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0x61, 0x00]))
        #expect(error.kind == .invalidUTF8)
        #expect(error.span.start == pos(3, 1, 1))
        let utf16 = try #require(loadError(bytes: [0xFF, 0xFE, 0xFF, 0xFE, 0x61, 0x00]))
        #expect(utf16.kind == .invalidUTF8)
        #expect(utf16.message.contains("UTF-16"))
    }

    @Test("block collections end with their last entry, flow collections after their bracket")
    func collectionSpans() throws {
        let text = "list:\n  - a\n  - {k: v}\n\n# trailing\nnext: 1\n"
        let node = try root(text)
        let list = try #require(node[key: "list"])
        #expect(list.span == SourceSpan(start: pos(8, 2, 3), end: pos(22, 3, 11)))
        let flow = try #require(list[index: 1])
        #expect(flow.span == SourceSpan(start: pos(16, 3, 5), end: pos(22, 3, 11)))
        #expect(node.span.start == pos(0, 1, 1))
        #expect(node.span.end == pos(42, 6, 8))
    }

    @Test("alias nodes keep the anchored node's span")
    func aliasSpan() throws {
        let node = try root("a: &x 1\nb: *x\n")
        #expect(node[key: "b"]?.span == node[key: "a"]?.span)
    }

    @Test("document spans")
    func documentSpans() throws {
        let stream = try load("a: 1\n---\nb: 2\n...\n")
        #expect(stream.documents.count == 2)
        #expect(stream.documents[0].span == SourceSpan(start: pos(0, 1, 1), end: pos(4, 1, 5)))
        #expect(stream.documents[1].span == SourceSpan(start: pos(5, 2, 1), end: pos(17, 4, 4)))
    }

    @Test("positions of a long non-ASCII file match the file's own computation")
    func cursorAgreesWithLineTable() throws {
        var text = ""
        for i in 0..<200 {
            text += "k\(i): \(i % 3 == 0 ? "叶🇺🇳" : "v")\(i % 5 == 0 ? "\r\n" : i % 7 == 0 ? "\r" : "\n")"
        }
        let file = SourceFile(path: "t.yaml", text: text)
        let node = try #require(try YAMLLoader().load(file).documents.first?.root)
        for pair in try #require(node.pairs) {
            for position in [pair.key.span.start, pair.key.span.end, pair.value.span.start, pair.value.span.end] {
                #expect(file.position(atByteOffset: position.offset) == position)
            }
        }
    }
}
