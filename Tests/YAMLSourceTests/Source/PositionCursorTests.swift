import Testing
import YAMLSource

/// The loader's incremental cursor must agree with `SourceFile`'s direct computation for any
/// order of requests: forward, backward, across many lines, within the byte order mark.
@Suite("PositionCursor")
struct PositionCursorTests {
    static let texts = [
        "a: 1\nbb: 22\r\nccc: 333\rdddd\n\n\nlast",
        "\u{FEFF}叶: 🇺🇳\r\n  - é\u{85}x\n\t\"\u{2028}\"\r\rend",
        "",
        "\n\n\n",
    ]

    /// ASCII texts, whose positions the cursor takes on the current or the next line without
    /// searching the line table.
    static let asciiTexts = [
        "a: 1\nbb: 22\r\nccc: 333\rdddd\n\n\nlast", "x\n", "\n\n\n", "one\r\n\r\ntwo\r\n",
        "k: v\nk2: v2\n  - a\n  - b\n",
    ]

    @Test("requests moving forward, line by line or skipping lines, agree with the line table", arguments: asciiTexts)
    func forwardRequests(_ text: String) {
        let file = SourceFile(path: "t", text: text)
        for step in 1...5 {
            var cursor = PositionCursor(file: file)
            for offset in stride(from: 0, through: file.bytes.count, by: step) {
                #expect(cursor.position(atByteOffset: offset) == file.position(atByteOffset: offset), "step \(step)")
                #expect(
                    cursor.position(atCharacterIndex: offset) == file.position(atByteOffset: offset), "step \(step)")
            }
        }
    }

    @Test("random requests agree with the line table", arguments: texts)
    func randomRequests(_ text: String) {
        let file = SourceFile(path: "t", text: text)
        // Character index → byte offset, from the string's own scalars.
        var offsets: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            offsets.append(offset)
            offset += String(scalar).utf8.count
        }
        offsets.append(offset)
        var cursor = PositionCursor(file: file)
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<2000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let index = Int(seed >> 33) % offsets.count
            let expected = file.position(atByteOffset: offsets[index])
            #expect(cursor.position(atCharacterIndex: index) == expected)
            let byte = Int(seed >> 20) % (file.bytes.count + 1)
            #expect(cursor.position(atByteOffset: byte) == file.position(atByteOffset: byte))
        }
    }
}
