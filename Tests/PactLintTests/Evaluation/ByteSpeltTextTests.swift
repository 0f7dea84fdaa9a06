import JSONPath
import Testing

@testable import PactLint

/// Texts that are now spelt out as bytes (`{field}`, fingerprints) read as they did when they
/// were built as strings.
@Suite struct ByteSpeltTextTests {
    @Test func fieldPathsQuoteWhatIsNotAPlainName() {
        #expect(FieldPath.text(.root) == "$")
        #expect(FieldPath.text(.init([.index(12), .name("id")])) == "[12].id")
        #expect(FieldPath.text(.init([.name("it's"), .index(0)])) == "['it\\'s'][0]")
        // Outside ASCII: a plain name stays plain; an apostrophe that begins a longer
        // character (with a combining accent) is left as it is, as before.
        #expect(FieldPath.text(.init([.name("é"), .name("a b'\u{301}c")])) == "é['a b'\u{301}c']")
        #expect(FieldPath.text(.init([.name("a'b é")])) == "['a\\'b é']")
    }

    @Test func fieldPathsAppendedToAMessageReadAsTheirText() {
        // The first name after earlier text takes no dot: the path begins there.
        for path in [
            NormalizedPath.root, .init([.name("actions"), .index(2), .name("area")]),
            .init([.index(0), .name("é"), .name("a b")]),
        ] {
            var bytes = Array("at ".utf8)
            FieldPath.append(path, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "at " + FieldPath.text(path))
        }
        #expect(FieldPath.text(.init([.name("actions"), .index(2), .name("area")])) == "actions[2].area")
    }

    @Test func fingerprintsAreSixteenLowerCaseHexDigits() {
        var empty = Fingerprint()
        #expect(empty.hex == String(empty.value, radix: 16))
        empty.add("x")
        let digits = String(empty.value, radix: 16)
        #expect(empty.hex == String(repeating: "0", count: 16 - digits.count) + digits)
        var small = Fingerprint()
        small.add(0)
        #expect(small.hex.count == 16)
    }

    @Test func normalizedPathsSpellIndicesAndEscapes() {
        let path = NormalizedPath([.index(0), .index(10), .index(1_234_567), .name("a'\\\u{1}\u{1F}\t\u{7F}é")])
        #expect(path.description == "$[0][10][1234567]['a\\'\\\\\\u0001\\u001f\\t\u{7F}é']")
    }
}
