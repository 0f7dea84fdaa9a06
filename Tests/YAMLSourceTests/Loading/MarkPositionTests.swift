import Testing
import YAMLSource

/// In an ASCII file the loader takes positions from libyaml's marks (index, line, column)
/// instead of walking the line table: they must be exactly the positions the line table gives,
/// and the ones a non-ASCII file (which still walks it) gets for the same text.
@Suite("positions from libyaml's marks")
struct MarkPositionTests {
    static let texts = [
        // LF, CRLF and lone CR breaks; flow collections over lines; blank lines.
        "a: 1\nbb: 22\r\nccc: 333\rdddd: [x, y,\r\n  z]\n\n\nlast: {k: v,\r  k2: [1, 2]}\n",
        // Every scalar style, over several lines and with each kind of break.
        "- |\n  block\r\n  text\n- >-\n  folded\r  more\n- 'single\r\n  quoted'\n- \"double\\\n  escaped\"\n- plain\r\n  multi line\n",
        // Several documents, explicit ends, anchors, aliases and tags.
        "--- a\n...\r\n---\nb: &x 1\nc: *x\r\nd: &m {e: f}\ng: *m\n--- !!str tagged\n",
        // Tabs, comments beside and between nodes, a key without a value, no final break.
        "a:\t1 # one\nb: \"\t\" #two\r\n# three\r\nc: [ 1 ,\t2 ]\n? complex\n: value\nempty:\nlast: x",
        // Deep block nesting that ends on dedents.
        "a:\n  b:\n    - c: 1\n      d:\n        - e\n  f: g\nh: i\n",
        // Nodes at the very end of a file without a final line break, where libyaml's marks
        // start a line of their own.
        "a: 1\nb:", "- x\n-", "a: [1, 2]", "a: {b: }", "--- x\n...", "? a", "- ",
    ]

    @Test("every node's span in an ASCII file agrees with the line table", arguments: texts)
    func agreeWithLineTable(_ text: String) throws {
        let file = SourceFile(path: "t.yaml", text: text)
        try #require(file.bytes.allSatisfy { $0 < 0x80 })
        let stream = try YAMLLoader().load(file)
        #expect(!stream.documents.isEmpty)
        for document in stream.documents {
            for position in [document.span.start, document.span.end]
                + Self.spans(of: document.root).flatMap({ [$0.start, $0.end] })
            {
                #expect(position == file.position(atByteOffset: position.offset), "\(position)")
            }
        }
    }

    /// Beginnings that make a file not ASCII, with the bytes and lines they add: with é the
    /// loader still takes lines and columns from libyaml's marks (and offsets from the
    /// cursor); with NEL or LS (line breaks for libyaml, not for pactlint) it takes every
    /// position from the cursor.
    static let beginnings: [(text: String, bytes: Int, lines: Int)] = [
        ("# é\n", 5, 1), ("# \u{85}\n", 5, 1), ("# \u{2028}\n", 6, 1),
    ]

    @Test("an ASCII file's spans are those the cursor gives when the file is not ASCII", arguments: texts)
    func agreeWithCursor(_ text: String) throws {
        let ascii = try YAMLLoader().load(SourceFile(path: "t.yaml", text: text))
        for beginning in Self.beginnings {
            // The beginning moves every position by its bytes and lines, and no column.
            let other = try YAMLLoader().load(SourceFile(path: "t.yaml", text: beginning.text + text))
            try #require(ascii.documents.count == other.documents.count)
            func moved(_ position: SourcePosition) -> SourcePosition {
                SourcePosition(
                    offset: position.offset + beginning.bytes, line: position.line + beginning.lines,
                    column: position.column)
            }
            for (a, b) in zip(ascii.documents, other.documents) {
                #expect(moved(a.span.start) == b.span.start, "\(beginning.text)")
                #expect(moved(a.span.end) == b.span.end, "\(beginning.text)")
                let spans = Self.spans(of: a.root).map { SourceSpan(start: moved($0.start), end: moved($0.end)) }
                #expect(spans == Self.spans(of: b.root), "\(beginning.text)")
            }
        }
    }

    @Test("a file that is not ASCII has spans that agree with the line table", arguments: texts)
    func notASCIIAgreesWithLineTable(_ text: String) throws {
        for beginning in Self.beginnings {
            // Non-ASCII characters inside the text too, in keys, values and comments.
            let file = SourceFile(
                path: "t.yaml", text: beginning.text + text.replacing("a", with: "ä").replacing("#", with: "# ✓"))
            let stream = try YAMLLoader().load(file)
            for document in stream.documents {
                for position in [document.span.start, document.span.end]
                    + Self.spans(of: document.root).flatMap({ [$0.start, $0.end] })
                {
                    #expect(position == file.position(atByteOffset: position.offset), "\(position)")
                }
            }
        }
    }

    /// The spans of `node` and of every node below it (keys included), in document order.
    static func spans(of node: YAMLNode) -> [SourceSpan] {
        var result = [node.span]
        if let pairs = node.pairs {
            for pair in pairs { result += spans(of: pair.key) + spans(of: pair.value) }
        } else {
            for child in node.children { result += spans(of: child) }
        }
        return result
    }
}
