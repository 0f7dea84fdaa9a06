import JSONPath
import Testing

/// A compiled member name carries its first eight UTF-8 bytes and its length, which trees
/// compare before the name's bytes.
@Suite struct JSONPathStringTests {
    @Test func firstBytesAndLength() {
        let short = JSONPathString("ab")
        #expect(short.text == "ab")
        #expect(short.utf8Count == 2)
        #expect(short.utf8Prefix == 0x6261)
        let long = JSONPathString("beneficiaries")
        #expect(long.utf8Count == 13)
        #expect(long.utf8Prefix == 0x6963_6966_656E_6562)  // "benefici", the first byte lowest
        let accented = JSONPathString("caf\u{E9}")
        #expect(accented.utf8Count == 5)
        #expect(accented.utf8Prefix == 0xA9_C366_6163)
        let empty = JSONPathString("")
        #expect(empty.utf8Count == 0 && empty.utf8Prefix == 0)
    }
}
