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

/// The JSON quoting's vector fast path (sixteen bytes a step, short texts padded to one
/// block, the last bytes as an overlapping block) against a scalar-by-scalar spelling of
/// what quoting has always written.
@Suite struct JSONQuotingFastPathTests {
    /// The quoted form by the rules `appendQuoted` documents: quotes, backslashes, C0 and C1
    /// controls and U+2028/9 escaped; DEL escaped only when the text holds another byte the
    /// quoting escapes or looks at (a C0 control, a quote, a backslash, 0xC2 or 0xE2).
    static func reference(_ text: String) -> String {
        let escapesDelete = text.utf8.contains { $0 < 0x20 || [0x22, 0x5C, 0xC2, 0xE2].contains($0) }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: quoted += "\\\""
            case 0x5C: quoted += "\\\\"
            case 0x0A: quoted += "\\n"
            case 0x0D: quoted += "\\r"
            case 0x09: quoted += "\\t"
            case 0x08: quoted += "\\b"
            case 0x0C: quoted += "\\f"
            case 0x00...0x1F, 0x80...0x9F, 0x2028, 0x2029:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0x7F where escapesDelete:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    private func quoted(_ text: String) -> String {
        var buffer = ByteBuffer(capacity: 16)
        buffer.append("x")
        buffer.appendQuoted(text)
        return buffer.withUnsafeBytes { String(decoding: $0.dropFirst(), as: UTF8.self) }
    }

    /// Every scalar up to U+00FF and the ones near the bytes the quoting looks at, each at
    /// every offset of texts from 1 to 40 bytes long (one block, two, the overlapping tail).
    @Test func everyScalarAtEveryOffsetQuotesAsTheReferenceDoes() {
        let scalars =
            (UInt32(0)...0xFF).compactMap(Unicode.Scalar.init)
            + ["\u{100}", "\u{7FF}", "\u{800}", "\u{2014}", "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}"]
            + ["\u{20AC}", "\u{FEFF}", "\u{FFFD}", "\u{1F1EA}", "\u{1F600}", "\u{10FFFF}"]
        var mismatches: [String] = []
        for scalar in scalars {
            for length in [1, 2, 15, 16, 17, 31, 32, 33, 40] {
                for offset in 0..<length {
                    var text = String(repeating: "a", count: offset)
                    text.unicodeScalars.append(scalar)
                    text += String(repeating: "z", count: length - offset - 1)
                    if quoted(text) != Self.reference(text) {
                        mismatches.append("U+\(String(scalar.value, radix: 16)) at \(offset) of \(length)")
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// DEL with and without something else to escape before or after it, near and far.
    @Test(arguments: [
        "\u{7F}", "a\u{7F}", "\u{7F}\u{7F}", String(repeating: "b", count: 20) + "\u{7F}",
        "\u{7F}" + String(repeating: "b", count: 40) + "\n", "\n" + String(repeating: "b", count: 40) + "\u{7F}",
        String(repeating: "c", count: 17) + "\u{7F}" + String(repeating: "d", count: 17) + "©",
        "©" + String(repeating: "d", count: 30) + "\u{7F}", "\u{7F}é—", "\u{7F}\u{2028}",
        String(repeating: "e", count: 16) + "\u{7F}" + String(repeating: "f", count: 15) + "\"",
    ])
    func deleteIsEscapedOnlyBesideSomethingElse(text: String) {
        #expect(quoted(text) == Self.reference(text))
    }

    /// Long texts: plain, with a special byte far in, non-ASCII throughout, and random mixes.
    @Test func longAndMixedTextsQuoteAsTheReferenceDoes() {
        var texts = [
            String(repeating: "plain text ", count: 200),
            String(repeating: "x", count: 1000) + "\"" + String(repeating: "y", count: 999),
            String(repeating: "Grüße — «ça» ", count: 80),
            String(repeating: "z", count: 4095) + "\u{1}",
        ]
        let pieces = [
            "a", "bc", "\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "\u{7F}", "\u{85}", "é", "©", "—", "\u{2028}", "😀",
            " ",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<400 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 58) + 1 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Mostly plain runs, now and then a piece that needs a look.
                text +=
                    state >> 61 == 0
                    ? pieces[Int(state >> 32) % pieces.count] : String(repeating: "q", count: Int(state >> 59))
            }
            texts.append(text)
        }
        for text in texts {
            #expect(quoted(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    /// Integers of every magnitude, both signs and the bounds, spelt as `String` spells them.
    @Test func integersOfEveryMagnitudeAreSpelledAsStringDoes() {
        var values: [Int] = Array(-120...220) + [Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0...18 {
            values += [power - 1, power, power + 1, -power, -power - 1, power / 2 * 3, power / 10 * 92]
            if power <= Int.max / 10 { power *= 10 }
        }
        for value in values {
            var buffer = ByteBuffer(capacity: 16)
            buffer.appendInteger(value)
            #expect(buffer.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } == String(value))
        }
    }
}
