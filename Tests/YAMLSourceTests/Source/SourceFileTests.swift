import Testing
import YAMLSource

@Suite("SourceFile")
struct SourceFileTests {
    @Test("lines break at LF, CR and CRLF; the text after the last break is a line")
    func lines() {
        let file = SourceFile(path: "f", text: "one\r\ntwo\rthree\nfour\u{85}still four\n")
        #expect(file.lineCount == 5)
        #expect(file.line(1) == "one")
        #expect(file.line(2) == "two")
        #expect(file.line(3) == "three")
        #expect(file.line(4) == "four\u{85}still four")
        #expect(file.line(5) == "")
        #expect(file.line(0) == "")
        #expect(file.line(6) == "")
    }

    @Test("the line table and UTF-8 check agree with a byte-by-byte reading, wherever breaks and non-ASCII bytes fall")
    func lineTableMatchesReference() {
        // Breaks and non-ASCII bytes at every offset within and across eight-byte words.
        var texts: [[UInt8]] = []
        for gap in 0..<20 {
            let filler = Array(repeating: UInt8(ascii: "a"), count: gap)
            for separator: [UInt8] in [
                [0x0A], [0x0D], [0x0D, 0x0A], [0xC3, 0xA9], [0xE5, 0x8F, 0xB6], [0xFF], [0xC3],
                // Line feeds side by side, and next to bytes one away from LF and CR.
                [0x0A, 0x0A], [0x0B, 0x0A, 0x0B], [0x09, 0x0A, 0x0C, 0x0E],
            ] {
                var bytes: [UInt8] = []
                for _ in 0..<4 { bytes += filler + separator }
                texts.append(bytes + filler)
                texts.append(filler + separator + Array(repeating: UInt8(ascii: "b"), count: 17))
            }
        }
        for bytes in texts {
            let file = SourceFile(path: "f", bytes: bytes)
            var starts = [0]
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x0A {
                    starts.append(i + 1)
                } else if bytes[i] == 0x0D {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
            #expect(file.lineStarts == starts, "\(bytes)")
            #expect(file.isASCII == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((file.invalidUTF8 == nil) == valid, "\(bytes)")
        }
    }

    @Test("an empty file has one empty line")
    func empty() {
        let file = SourceFile(path: "f", bytes: [])
        #expect(file.lineCount == 1)
        #expect(file.line(1) == "")
        #expect(file.position(atByteOffset: 0) == pos(0, 1, 1))
    }

    @Test("position(atByteOffset:) counts scalars and clamps")
    func positions() {
        let file = SourceFile(path: "f", text: "a叶b\n🇺🇳x")
        #expect(file.position(atByteOffset: 4) == pos(4, 1, 3))
        #expect(file.position(atByteOffset: 6) == pos(6, 2, 1))
        #expect(file.position(atByteOffset: 14) == pos(14, 2, 3))
        #expect(file.position(atByteOffset: 99) == pos(15, 2, 4))
        #expect(file.position(atByteOffset: -5) == pos(0, 1, 1))
    }

    @Test("excerpt returns the span's lines with context, clipped to the file")
    func excerpt() {
        let file = SourceFile(path: "f", text: "1\n2\n3\n4\n5\n")
        let span = SourceSpan(start: pos(4, 3, 1), end: pos(7, 4, 2))
        let excerpt = file.excerpt(around: span, context: 1)
        #expect(excerpt.firstLine == 2)
        #expect(excerpt.lines == ["2", "3", "4", "5"])
        let top = file.excerpt(around: SourceSpan(at: pos(0, 1, 1)), context: 2)
        #expect(top.firstLine == 1)
        #expect(top.lines == ["1", "2", "3"])
    }
}
