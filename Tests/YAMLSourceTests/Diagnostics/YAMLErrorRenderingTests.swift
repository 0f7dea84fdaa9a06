import Testing
import YAMLSource

/// Each kind of loading error with its full compiler-style rendering.
@Suite("YAML error renderings")
struct YAMLErrorRenderingTests {
    @Test("syntax error after CJK and emoji: caret aligned in scalars")
    func mappingValueAfterEmoji() {
        #expect(
            rendered("叶: 🇺🇳: x\n") == """
                test.yaml:1:6: error: mapping values are not allowed in this context
                叶: 🇺🇳: x
                     ^
                  help: ': ' starts a mapping value here; quote the whole value if the colon is part of the text, or put a nested mapping on its own, more indented line
                """)
    }

    @Test("syntax error with libyaml's context as a note")
    func badIndentation() {
        #expect(
            rendered("a:\n  b: 1\n c: 2\n") == """
                test.yaml:3:2: error: did not find expected key
                 c: 2
                 ^
                  help: check the indentation: the keys of a mapping start in the same column, and a value continued on the next line is indented more than its key
                  note: while parsing a block mapping that starts at line 1, column 1
                """)
    }

    @Test("unterminated quoted scalar")
    func unterminatedQuote() {
        #expect(
            rendered("a: 'unterminated\n") == """
                test.yaml:2:1: error: found unexpected end of stream

                ^
                  help: something opened is never closed: check for a missing closing quote or bracket
                  note: while scanning a quoted scalar that starts at line 1, column 4
                """)
    }

    @Test("unknown escape in a double-quoted scalar")
    func unknownEscape() {
        #expect(
            rendered("a: \"bad \\q escape\"\n") == """
                test.yaml:1:9: error: found unknown escape character
                a: "bad \\q escape"
                        ^
                  help: in double quotes a backslash starts an escape (\\n, \\t, \\u00E9); write \\\\ for a backslash, or use single quotes
                  note: while parsing a quoted scalar that starts at line 1, column 4
                """)
    }

    @Test("tab indentation: the caret line keeps the tab")
    func tabIndentation() {
        #expect(
            rendered("a:\n  b:\t\t@x\n")
                == "test.yaml:2:7: error: found character that cannot start any token\n  b:\t\t@x\n    \t\t^\n"
                + "  help: characters such as '@', '`' and '%' cannot start a plain value; put the value in quotes")
        #expect(
            rendered("a:\n\t- b\n")
                == "test.yaml:2:1: error: found character that cannot start any token\n\t- b\n^\n"
                + "  help: YAML does not allow tabs for indentation; indent with spaces")
    }

    @Test("control character: located by libyaml's byte offset")
    func controlCharacter() {
        #expect(
            rendered("a: 叶\nb: x\u{01}\n") == """
                test.yaml:2:5: error: control characters are not allowed (U+0001)
                b: x\u{01}
                    ^
                  help: remove the character, or write it as an escape in a double-quoted string ("\\u0001")
                """)
        #expect(loadError("a: 叶\nb: x\u{01}\n")?.position == pos(11, 2, 5))
    }

    @Test("duplicate keys compare resolved values; the error is at the second key")
    func duplicateKeys() {
        #expect(
            rendered("1: a\nb: c\n0x1: d\n") == """
                test.yaml:3:1: error: duplicate key '0x1' in a mapping (the same value as '1')
                0x1: d
                ^~~
                  help: a mapping cannot repeat a key; remove or rename one of the two entries
                  note: '1' first appears at line 1, column 1
                """)
        let error = loadError("name: a\n叶: b\nname: c\n")
        #expect(error?.kind == .duplicateKey)
        #expect(error?.message == "duplicate key 'name' in a mapping")
        #expect(error?.position == pos(15, 3, 1))
        #expect(error?.notes.first?.span?.start == pos(0, 1, 1))
    }

    @Test("duplicate keys in large mappings, in flow mappings, and through aliases")
    func duplicateKeysEverywhere() {
        let many = (0..<50).map { "k\($0): \($0)\n" }.joined() + "k17: again\n"
        #expect(loadError(many)?.position.line == 51)
        #expect(loadError(many)?.notes.first?.message == "'k17' first appears at line 18, column 1")
        #expect(loadError("{a: 1, b: 2, a: 3}")?.position == pos(13, 1, 14))
        #expect(loadError("x: &k key\n*k : 1\nkey: 2\n")?.kind == .duplicateKey)
        #expect(loadError("m:\n  ~: a\n  null: b\n")?.kind == .duplicateKey)
        #expect(loadError("m: {1.0: a, 1e0: b}")?.kind == .duplicateKey)
        // Every mapping size around the switch from scanning earlier keys to a hash index,
        // with the duplicate of the first, a middle and the last earlier key.
        for size in 1...40 {
            for repeated in Set([0, size / 2, size - 1]) {
                let text = (0..<size).map { "key\($0): \($0)\n" }.joined() + "key\(repeated): again\n"
                #expect(loadError(text)?.position.line == size + 1, "size \(size), repeating key \(repeated)")
                #expect(loadError(text)?.notes.first?.span?.start.line == repeated + 1)
            }
            #expect((try? load((0..<size).map { "key\($0): \($0)\n" }.joined())) != nil)
        }
        // Different types are different keys.
        #expect((try? load("1: a\n'1': b\ntrue: c\n'true': d\n1.0: e\n")) != nil)
    }

    @Test("invalid UTF-8: the exact byte is named")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("a: 叶\nb: x".utf8) + [0xFF] + Array("y\n".utf8)
        let error = loadError(bytes: bytes)
        #expect(error?.kind == .invalidUTF8)
        #expect(error?.position == pos(11, 2, 5))
        #expect(
            error?.rendered(source: SourceFile(path: "test.yaml", bytes: bytes)) == """
                test.yaml:2:5: error: invalid UTF-8: byte 0xFF at byte offset 11 cannot start a character
                b: x\u{FFFD}y
                    ^
                  help: save the file as UTF-8 (pactlint reads YAML as UTF-8 only)
                """)
        // A truncated sequence, an overlong encoding and an encoded surrogate.
        #expect(loadError(bytes: Array("k: ".utf8) + [0xE5, 0x8F])?.message.contains("is incomplete") == true)
        #expect(loadError(bytes: [0xC0, 0x80])?.position.offset == 0)
        #expect(loadError(bytes: Array("k: ".utf8) + [0xED, 0xA0, 0x80])?.position.offset == 3)
    }

    @Test("a UTF-16 file is named as such")
    func utf16() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("a: 1\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let error = loadError(bytes: bytes)
        #expect(error?.kind == .invalidUTF8)
        #expect(error?.message == "the file is UTF-16 (it starts with a UTF-16 byte order mark)")
        #expect(error?.position == pos(0, 1, 1))
    }

    @Test("alias to an unknown anchor")
    func unknownAlias() {
        #expect(
            rendered("a: &x 1\n---\nb: *x\n") == """
                test.yaml:3:4: error: alias '*x' refers to an undefined anchor '&x'
                b: *x
                   ^~
                  help: define the anchor with '&x' on a node before this alias, in the same document
                """)
    }

    @Test("alias inside its own anchored node")
    func recursiveAlias() {
        #expect(
            rendered("a: &x [1, *x]\n") == """
                test.yaml:1:11: error: alias '*x' refers to a node that contains it
                a: &x [1, *x]
                          ^~
                  help: an alias can only repeat a node that is complete before it; recursive data is not supported
                """)
    }

    @Test("an alias inside a node that redefines its anchor is recursive, not the old node")
    func recursiveAliasShadowingAnchor() {
        #expect(loadError("a: &x 1\nb: &x {c: *x}\n")?.kind == .recursiveAlias)
    }

    @Test("a tagged value that does not fit its tag, after a tab")
    func invalidTaggedValue() {
        #expect(
            rendered("k:\t!!int abc\n")
                == "test.yaml:1:4: error: 'abc' is not a valid !!int value\nk:\t!!int abc\n  \t^~~~~~~~~\n"
                + "  help: write an integer (e.g. 42, -7, 0o17, 0x1F), or remove the tag")
    }

    @Test("unknown tag")
    func unknownTag() {
        #expect(
            rendered("- !color red\n") == """
                test.yaml:1:3: error: unknown tag '!color'
                - !color red
                  ^~~~~~~~~~
                  help: pactlint reads plain YAML 1.2 data; remove the tag, or use one of !!str, !!int, !!float, !!bool, !!null, !!map, !!seq
                """)
    }

    @Test("limits: file size, depth, documents, alias expansion")
    func limits() {
        #expect(
            rendered("a: 1234567\n", limits: YAMLLoader.Limits(maxFileSize: 8)) == """
                test.yaml:1:1: error: the file has 11 bytes, more than the limit of 8 bytes
                a: 1234567
                ^
                  help: split the file, or raise the file-size limit if a file this large is expected
                """)
        #expect(
            rendered("a:\n  b:\n    - [x]\n", limits: YAMLLoader.Limits(maxDepth: 3)) == """
                test.yaml:3:7: error: collections nest deeper than 3 levels
                    - [x]
                      ^
                  help: flatten the structure, or raise the depth limit if such nesting is expected
                """)
        #expect(
            rendered("a\n---\nb\n--- c\n", limits: YAMLLoader.Limits(maxDocuments: 2)) == """
                test.yaml:4:1: error: the stream has more than 2 documents
                --- c
                ^
                  help: split the stream into several files, or raise the document limit
                """)
        #expect(
            rendered("a: &a [1, 2, 3]\nb: [*a, *a]\n", limits: YAMLLoader.Limits(maxAliasExpansion: 7)) == """
                test.yaml:2:9: error: aliases expand to more than 7 nodes (an alias bomb?)
                b: [*a, *a]
                        ^~
                  help: each alias copies its anchored node; repeat large nodes less often, or raise the alias expansion limit if the file is trusted
                """)
    }

    @Test("description is the headline")
    func description() {
        #expect(
            loadError("a: *x")?.description == "test.yaml:1:4: error: alias '*x' refers to an undefined anchor '&x'")
    }
}
