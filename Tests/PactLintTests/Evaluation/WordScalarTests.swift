import Testing

@testable import PactLint

/// The ASCII shortcut of word scalars (terms, `distinct`, `{field}`) says what the Unicode
/// properties say, for every ASCII scalar.
@Suite struct WordScalarTests {
    @Test func asciiWordBytesAgreeWithUnicodeProperties() throws {
        for value in UInt32(0)...0x7F {
            let scalar = try #require(Unicode.Scalar(value))
            let byProperties =
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
            #expect(TermMatcher.isASCIIWordByte(UInt8(value)) == byProperties, "U+\(String(value, radix: 16))")
            #expect(TermMatcher.isWordScalar(scalar) == byProperties)
        }
        #expect(TermMatcher.isWordScalar("é"))
        #expect(TermMatcher.isWordScalar("٣"))
        #expect(!TermMatcher.isWordScalar("—"))
    }

    @Test func wordsAndFieldNamesKeepTheirMeaning() {
        #expect(TextSimilarity.words("Über_alles 2024, naïve-test") == ["über", "alles", "2024", "naïve", "test"])
        #expect(FieldPath.text(.init([.name("actions"), .index(2), .name("area_é-x")])) == "actions[2].area_é-x")
        #expect(FieldPath.text(.init([.name("a b"), .name("c.d")])) == "['a b']['c.d']")
    }
}
