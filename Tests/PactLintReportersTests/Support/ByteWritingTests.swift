import Testing

@testable import PactLintReporters

@Suite struct ByteBufferTests {
    private func text(_ buffer: ByteBuffer) -> String {
        buffer.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    @Test func growsPastItsCapacity() {
        var buffer = ByteBuffer(capacity: 16)
        for _ in 0..<100 { buffer.append("abc") }
        buffer.append(UInt8(ascii: "!"))
        #expect(buffer.count == 301)
        #expect(text(buffer) == String(repeating: "abc", count: 100) + "!")
    }

    @Test func aCopyKeepsItsBytesWhenTheOriginalAppends() {
        var original = ByteBuffer(capacity: 64)
        original.append("shared")
        let copy = original
        original.removeAll()
        original.append("changed")
        #expect(text(copy) == "shared")
        #expect(text(original) == "changed")
    }

    @Test(arguments: [0, 7, -1, 10, 99, 100, -4096, 1_234_567_890, Int.max, Int.min])
    func integersAreSpelledAsStringDoes(value: Int) {
        var buffer = ByteBuffer()
        buffer.appendInteger(value)
        #expect(text(buffer) == String(value))
    }
}

@Suite struct ByteLevelFastPathTests {
    /// ASCII padding with `scalar` at `offset`, so each position within and across the
    /// eight-byte words is tried.
    private func probe(_ scalar: Unicode.Scalar, at offset: Int) -> String {
        var text = String(repeating: "a", count: offset)
        text.unicodeScalars.append(scalar)
        return text + String(repeating: "z", count: 19 - offset)
    }

    private var scalars: [Unicode.Scalar] {
        (UInt32(0)...0x3000).compactMap(Unicode.Scalar.init) + ["\u{FEFF}", "\u{1F1EA}", "\u{10FFFF}"]
    }

    @Test func jsonStringsNeedNoEscapingExactlyWhenNoByteIsEscapedOrLookedAt() {
        let looked: Set<UInt8> = [0x22, 0x5C, 0xC2, 0xE2]
        for scalar in scalars {
            for offset in [0, 5, 7, 8, 15] {
                var text = probe(scalar, at: offset)
                let fast = text.withUTF8 { ByteBuffer.needsNoEscaping($0) }
                let slow = !text.utf8.contains { $0 < 0x20 || looked.contains($0) }
                #expect(fast == slow, "U+\(String(scalar.value, radix: 16)) at \(offset)")
            }
        }
    }

    @Test func controlCharacterFreeTextIsPlainExactlyWhenNoScalarNeedsEscaping() {
        for scalar in scalars {
            for offset in [0, 6, 7, 8, 17] {
                var text = probe(scalar, at: offset)
                let fast = text.withUTF8 { ControlCharacterEscaping.isPlain($0) }
                let slow = !text.unicodeScalars.contains { ControlCharacterEscaping.needsEscaping($0) }
                #expect(fast == slow, "U+\(String(scalar.value, radix: 16)) at \(offset)")
            }
        }
    }

    @Test(arguments: [
        ("plain words", "\"plain words\""),
        ("q\"b\\s/", "\"q\\\"b\\\\s/\""),
        ("nl\ncr\rtab\tbs\u{8}ff\u{C}", "\"nl\\ncr\\rtab\\tbs\\bff\\f\""),
        ("\u{1}\u{1F}", "\"\\u0001\\u001F\""),
        ("del\u{7F} alone", "\"del\u{7F} alone\""),
        ("del\u{7F}\n", "\"del\\u007F\\n\""),
        ("c1\u{85} sep\u{2028}\u{2029} dash—é", "\"c1\\u0085 sep\\u2028\\u2029 dash—é\""),
    ])
    func jsonQuotingEscapesOnlyWhatItMust(raw: String, quoted: String) {
        #expect(JSONValue.quoted(raw) == quoted)
    }

    @Test(
        arguments: [
            ("abc", 1, 10, "^~~"),
            ("abc", 2, 3, " ^"),
            ("abc", 2, 1, " ^"),
            ("abc", 3, nil, "  ^"),
            ("abc", 5, nil, "    ^"),
            ("", 1, nil, "^"),
        ] as [(String, Int, Int?, String)])
    func asciiLinesGetTheCaretTheScalarWalkGives(line: String, start: Int, end: Int?, caret: String) {
        let rendering = SourceLineRendering(line: line, startColumn: start, endColumn: end)
        #expect(rendering.line == line)
        #expect(rendering.caret == caret)
    }
}
