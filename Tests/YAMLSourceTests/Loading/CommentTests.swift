import Testing
import YAMLSource

@Suite("comments")
struct CommentTests {
    private func comments(_ text: String) throws -> [String] {
        try load(text).comments.map(\.text)
    }

    @Test("comments anywhere outside scalars, with spans")
    func found() throws {
        let text = """
            # pactlint-disable COMP-01 -- reason
            name: 叶 # after a value
            list:   # after a key
              - a   #in a sequence
              # alone, indented
            flow: [1, # in flow
              2]
            #last
            """
        let stream = try load(text)
        #expect(
            stream.comments.map(\.text) == [
                " pactlint-disable COMP-01 -- reason", " after a value", " after a key", "in a sequence",
                " alone, indented", " in flow", "last",
            ])
        // Line 2 starts at byte 37; "name: 叶 " is 10 bytes and 8 scalars.
        #expect(stream.comments[1].span.start == pos(47, 2, 9))
        #expect(stream.comments[1].span.end == pos(62, 2, 24))
        // Lines 2 to 7 have 26, 22, 23, 20, 20 and 5 bytes: line 8 starts at 37 + 116 = 153.
        #expect(stream.comments[6].span == SourceSpan(start: pos(153, 8, 1), end: pos(158, 8, 6)))
    }

    @Test("a # inside a quoted or block scalar, or inside a plain scalar's text, is not a comment")
    func notComments() throws {
        let text = """
            a: "x # not" # yes1
            b: 'y # not' # yes2
            c: a#b
            d: a# b
            e: | # yes3
              # not, text
              text # not
            # yes4
            f: >-
              # not
            g: "multi
              # not
              line"
            h: "#not" #yes5
            """
        #expect(try comments(text) == [" yes1", " yes2", " yes3", " yes4", "yes5"])
        let node = try root(text)
        #expect(node[key: "c"]?.stringValue == "a#b")
        #expect(node[key: "d"]?.stringValue == "a# b")
        #expect(node[key: "e"]?.stringValue == "# not, text\ntext # not\n")
    }

    @Test("comments far apart, with many scalars and a # inside scalars between them")
    func farApart() throws {
        // The scanner remembers the next `#` it found: scalars before it cost no search, and a
        // `#` inside a scalar is passed over to the next one.
        var text = "# first\n"
        for i in 0..<40 { text += "k\(i): \(i % 3 == 0 ? "\"v#\(i)\"" : "v\(i)")\n" }
        text += "last: x # second\n"
        for i in 0..<10 { text += "m\(i): [a, b#c] \(i == 5 ? "# third" : "")\n" }
        let stream = try load(text)
        #expect(stream.comments.map(\.text) == [" first", " second", " third"])
        #expect(stream.comments.map(\.span.start.line) == [1, 42, 48])
    }

    @Test("a # found wherever it falls in the blocks of bytes the scanner reads at once")
    func everyOffset() throws {
        for padding in 0..<70 {
            let filler = String(repeating: "x", count: padding)
            #expect(try comments("a: \(filler)\n# c\n") == [" c"], "padding \(padding)")
            #expect(try comments("a: '\(filler)#y'\nb: \(filler) # d\n") == [" d"], "padding \(padding)")
            #expect(try comments("\(filler.isEmpty ? "a" : filler): 1 #e") == ["e"], "padding \(padding)")
        }
    }

    @Test("a comment less indented than a block scalar's text ends it")
    func afterBlockScalar() throws {
        let text = "a:\n  b: |\n      text\n\n    # comment\n  c: 1\n"
        #expect(try comments(text) == [" comment"])
        #expect(try root(text)[key: "a"]?[key: "b"]?.stringValue == "text\n")
    }

    @Test("comment-only and empty files have comments but no documents")
    func commentOnly() throws {
        let stream = try load("# one\n\n  # two\r\n#three")
        #expect(stream.documents.isEmpty)
        #expect(stream.comments.map(\.text) == [" one", " two", "three"])
        #expect(stream.comments[1].span == SourceSpan(start: pos(9, 3, 3), end: pos(14, 3, 8)))
        #expect(try load("").comments.isEmpty)
    }

    @Test("a comment right after a byte order mark")
    func afterByteOrderMark() throws {
        let stream = try load("\u{FEFF}# c\na: 1\n")
        #expect(stream.comments.map(\.text) == [" c"])
        #expect(stream.comments[0].span.start == pos(3, 1, 1))
    }

    /// libyaml skips the marks the file starts with (the loader hands it none) and the one that
    /// starts a later line, and reads the `#` after them as a comment.
    @Test("a comment after two byte order marks, and after one that starts a later line")
    func afterSkippedByteOrderMarks() throws {
        let first = try load("\u{FEFF}\u{FEFF}# c\na: 1\n")
        #expect(first.comments.map(\.text) == [" c"])
        // Only the first mark is not text: the `#` is column 2.
        #expect(first.comments.first?.span.start == pos(6, 1, 2))

        let later = try load("a: 1\n\u{FEFF}# c\nb: 2\n")
        #expect(later.comments.map(\.text) == [" c"])
        #expect(later.comments.first?.span.start == pos(8, 2, 2))
        #expect(later.documents.first?.root.pairs?.count == 2)

        // After a mark that is text (not at the start of the line), `#` is text too.
        let inText = try load("a: x\u{FEFF}# c\n")
        #expect(inText.comments.isEmpty)
        #expect(inText.documents.first?.root[key: "a"]?.scalarText == "x\u{FEFF}# c")
    }

    @Test("comments in every document of a stream, and after document markers")
    func multiDocument() throws {
        let stream = try load("a: 1 # one\n--- # two\nb: 2\n... # three\n")
        #expect(stream.comments.map(\.text) == [" one", " two", " three"])
    }
}
