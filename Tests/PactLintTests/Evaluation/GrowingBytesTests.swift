import Testing

@testable import PactLint

/// Messages are spelt into one buffer an evaluator keeps: it must grow past its first
/// capacity, keep every byte, and start empty again for the next message.
@Suite struct GrowingBytesTests {
    @Test func growsAndKeepsEveryByte() {
        let buffer = GrowingBytes(capacity: 16)
        var expected = ""
        for index in 0..<300 {
            let piece = index % 3 == 0 ? "Ünïcödé ☃ piece \(index), " : "p\(index)"
            buffer.append(piece)
            buffer.append(UInt8(ascii: "|"))
            expected += piece + "|"
        }
        #expect(buffer.makeString() == expected)
        #expect(Array(buffer.makeString().utf8) == Array(expected.utf8))
    }

    @Test func removeAllStartsTheNextMessage() {
        let buffer = GrowingBytes()
        buffer.append("first message, long enough to need its own storage")
        #expect(buffer.makeString() == "first message, long enough to need its own storage")
        buffer.removeAll()
        #expect(buffer.makeString() == "")
        buffer.append("")
        buffer.append("second")
        #expect(buffer.makeString() == "second")
    }
}
