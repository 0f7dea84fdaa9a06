import JSONPath
import Testing

/// A compiled member name carries its first eight UTF-8 bytes and its length, which trees
/// compare before the name's bytes.
@Suite struct MemberNameTests {
    @Test func firstBytesAndLength() {
        let short = JSONPathMemberName("ab")
        #expect(short.text == "ab")
        #expect(short.utf8Count == 2)
        #expect(short.utf8Prefix == 0x6261)
        let long = JSONPathMemberName("beneficiaries")
        #expect(long.utf8Count == 13)
        #expect(long.utf8Prefix == 0x6963_6966_656E_6562)  // "benefici", the first byte lowest
        let accented = JSONPathMemberName("caf\u{E9}")
        #expect(accented.utf8Count == 5)
        #expect(accented.utf8Prefix == 0xA9_C366_6163)
        let empty = JSONPathMemberName("")
        #expect(empty.utf8Count == 0 && empty.utf8Prefix == 0)
    }
}
