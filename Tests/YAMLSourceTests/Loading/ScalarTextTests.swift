import Testing

@testable import YAMLSource

/// Scalar texts made from libyaml's bytes, and the duplicate-key check that compares ASCII
/// keys by their bytes.
@Suite("scalar texts")
struct ScalarTextTests {
    /// Texts of every length around the 15 bytes a small string holds, ASCII and not.
    static let texts: [String] = (0...20).flatMap(Self.texts(ofLength:))

    /// An ASCII text, an accented one and one ending in a CJK character, of `length` bytes.
    static func texts(ofLength length: Int) -> [String] {
        let ascii = String(repeating: "a", count: length)
        let accented = String(repeating: "é", count: length / 2) + String(repeating: "x", count: length % 2)
        guard length >= 3 else { return [ascii, accented] }
        return [ascii, accented, String(repeating: "b", count: length - 3) + "叶"]
    }

    @Test("a text reads back as the same string the standard library makes of its bytes", arguments: texts)
    func sameString(_ text: String) {
        let bytes = Array(text.utf8)
        // A text's bytes must outlive it: read everything while they are valid.
        let made = bytes.withUnsafeBytes { raw in
            let text = ScalarText(validUTF8: raw)
            return (text: text.text, print: text.print, isASCII: text.isASCII)
        }
        let decoded = bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        #expect(made.text == decoded)
        #expect(Array(made.text.utf8) == bytes)
        #expect(made.text.count == decoded.count)
        #expect(made.text.hashValue == decoded.hashValue)
        if bytes.count <= 15 {
            // A small string: the same two words, flags included.
            #expect(
                unsafeBitCast(made.text, to: (UInt64, UInt64).self) == unsafeBitCast(decoded, to: (UInt64, UInt64).self)
            )
        }
        #expect(made.print == YAMLTree.textPrint(of: decoded))
        #expect(made.isASCII == bytes.allSatisfy { $0 < 0x80 })
    }

    @Test("texts of every length in every scalar style load as written")
    func loadedTexts() throws {
        for text in Self.texts where !text.isEmpty {
            let node = try root("plain: \(text)\nquoted: \"\(text)\"\nblock: |\n  \(text)\n")
            #expect(node[key: "plain"]?.scalar?.text == text)
            #expect(node[key: "quoted"]?.scalar?.text == text)
            #expect(node[key: "block"]?.scalar?.text == text + "\n")
        }
        // Escapes that libyaml turns into non-ASCII text.
        let escaped = try root(#"a: "\u00e9\x80\U0001F600""#)
        #expect(escaped[key: "a"]?.scalar?.text == "é\u{80}😀")
    }

    @Test("keys equal as strings are duplicates whichever of them is ASCII")
    func canonicallyEquivalentKeys() {
        // U+212A KELVIN SIGN is canonically equivalent to K; é precomposed to e + U+0301.
        for (first, second) in [("K", "\u{212A}"), ("\u{212A}", "K"), ("\u{E9}", "e\u{301}"), ("e\u{301}", "\u{E9}")] {
            let error = loadError("a: 1\n\(first): 2\nb: 3\n\(second): 4\n")
            #expect(error?.kind == .duplicateKey, "\(first) then \(second)")
            #expect(error?.position.line == 4)
            #expect(error?.notes.first?.span?.start.line == 2)
        }
        // An ASCII key after a non-ASCII key that is not the same.
        #expect((try? load("é: 1\ne: 2\nK: 3\n")) != nil)
    }

    @Test("ASCII keys that share a print are told apart by their bytes")
    func keysSharingPrints() throws {
        // The same first eight bytes and length: the same print.
        let node = try root("abcdefgh1: 1\nabcdefgh2: 2\nabcdefghijklmnopq1: 3\nabcdefghijklmnopq2: 4\n")
        #expect(node[key: "abcdefgh2"]?.scalarValue == .int(2))
        let error = loadError("abcdefghijklmnopq1: 1\nabcdefghijklmnopq2: 2\nabcdefghijklmnopq1: 3\n")
        #expect(error?.message == "duplicate key 'abcdefghijklmnopq1' in a mapping")
        #expect(error?.notes.first?.span?.start == pos(0, 1, 1))
        // A string key is never the same as a number, a null or a collection written alike.
        #expect((try? load("1: a\n'1': b\n~: c\n'~': d\n[a]: e\na: f\n")) != nil)
        // An aliased string key, then the same key written out.
        let aliased = loadError("x: &k key\n*k : 1\nkey: 2\n")
        #expect(aliased?.kind == .duplicateKey)
        #expect(aliased?.position.line == 3)
    }
}
