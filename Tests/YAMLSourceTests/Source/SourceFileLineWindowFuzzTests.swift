import Testing
import YAMLSource
import _PactLintTestSupport

/// Excerpt windows held to a model built from each line's scalars, over random files: ASCII
/// and multi-byte scalars (up to four bytes), a byte order mark, LF, CR and CRLF line ends,
/// empty lines, and every position of the file as the anchor, with small windows so that
/// every edge (cut before, after, both, none; the anchor at or past the line's end; context
/// lines shorter than the anchor's column) is met many times.
@Suite("SourceFile excerpt windows (model)")
struct SourceFileLineWindowFuzzTests {
    /// What the window of a line of `scalars` around the scalar index `anchor` (clamped to the
    /// line's end) must be: the text and the column it starts at.
    private static func model(
        _ scalars: [Unicode.Scalar], anchor: Int, maximum: Int
    ) -> (text: String, firstColumn: Int) {
        let count = scalars.count
        guard count > maximum else { return (String(String.UnicodeScalarView(scalars)), 1) }
        let anchor = min(anchor, count)
        var start = max(0, anchor - maximum / 4)
        var end = min(count, start + maximum)
        if end - start < maximum {
            start = max(0, start - (maximum - (end - start)))
            end = min(count, start + maximum)
        }
        var text = start > 0 ? "…" : ""
        text += String(String.UnicodeScalarView(scalars[start..<end]))
        if end < count { text += "…" }
        return (text, max(start, 1))
    }

    @Test(arguments: 0..<6)
    func windowsMatchTheModel(seed: Int) {
        var random = SplitMix(seed: UInt64(seed) &* 7919 &+ 17)
        let pieces: [String] = ["a", "b", " ", ":", "ä", "叶", "😀", "e\u{301}", "\t"]
        for _ in 0..<60 {
            var text = random.below(3) == 0 ? "\u{FEFF}" : ""
            for _ in 0..<(1 + random.below(5)) {
                let length = [0, 1, 3, 9, 15, 16, 17, 30, 40][random.below(9)]
                for _ in 0..<length { text += pieces[random.below(pieces.count)] }
                text += ["\n", "\r\n", "\r", "\n"][random.below(4)]
            }
            if random.below(2) == 0 { text.removeLast() }
            let file = SourceFile(path: "f", text: text)
            let maximum = [1, 2, 4, 8, 13, 16][random.below(6)]
            let context = random.below(3)
            var offset = 0
            while offset <= file.bytes.count {
                defer { offset += 1 }
                // Only offsets that start a scalar (or the end) are positions.
                if offset < file.bytes.count, file.bytes[offset] & 0xC0 == 0x80 { continue }
                let anchor = file.position(atByteOffset: offset)
                let excerpt = file.excerpt(around: SourceSpan(at: anchor), context: context, maximumLineLength: maximum)
                let label = "\(Array(text.unicodeScalars).map { $0.value }) max \(maximum) at \(anchor)"
                #expect(excerpt.firstColumns.isEmpty || excerpt.firstColumns.count == excerpt.lines.count, "\(label)")
                for (index, shown) in excerpt.lines.enumerated() {
                    let number = excerpt.firstLine + index
                    let scalars = Array(file.line(number).unicodeScalars)
                    let expected = Self.model(scalars, anchor: anchor.column - 1, maximum: maximum)
                    let firstColumn = excerpt.firstColumns.isEmpty ? 1 : excerpt.firstColumns[index]
                    #expect(shown == expected.text, "\(label) line \(number)")
                    #expect(firstColumn == expected.firstColumn, "\(label) line \(number)")
                    guard number == anchor.line, anchor.column <= scalars.count else { continue }
                    // The anchor's own scalar is shown where its column says.
                    let kept = Array(shown.unicodeScalars)
                    let at = anchor.column - firstColumn
                    #expect(kept.indices.contains(at) && kept[at] == scalars[anchor.column - 1], "\(label)")
                }
            }
        }
    }
}
