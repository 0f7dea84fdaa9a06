import PactLint
import Testing
import YAMLSource

@testable import PactLintReporters

/// The text report of a finding on a long line is the same whether its excerpt holds the
/// whole line or the window of it (`SourceExcerpt.maximumLineLength`): the renderer's own
/// 200-scalar window falls inside the excerpt's, so its text, its `…` and its caret are
/// unchanged. Held at every column of lines of mixed one- to four-byte scalars, for spans
/// ending on the line, past it, and beyond the excerpt's window.
@Suite struct TextReporterWindowEquivalenceTests {
    private func render(_ file: SourceFile, start: SourcePosition, end: SourcePosition, windowed: Bool) -> String {
        let excerpt =
            windowed
            ? file.excerpt(
                around: SourceSpan(at: start), context: 0, maximumLineLength: SourceExcerpt.maximumLineLength)
            : file.excerpt(around: SourceSpan(at: start), context: 0, maximumLineLength: .max)
        let location = Location(
            file: file.path, span: SourceSpan(start: start, end: end),
            excerpt: SourceExcerpt(
                firstLine: excerpt.firstLine, lines: excerpt.lines, firstColumns: excerpt.firstColumns))
        let finding = Finding(ruleID: "R", severity: .info, message: "m", location: location, fingerprint: "f")
        let report = Report(files: [], findings: [finding], rules: [], principles: [])
        return TextReporter(options: .init(color: false)).render(report, context: ReportFixture.context)
    }

    @Test(arguments: [0, 1, 2])
    func windowedAndWholeExcerptsRenderAlike(variant: Int) {
        let pieces = ["a", "ä", "叶", "😀", " ", "b"]
        var text = variant == 2 ? "\u{FEFF}" : ""
        for index in 0..<2_600 { text += pieces[(index * 7 + index / 13 + variant) % pieces.count] }
        text += variant == 1 ? "\r\nnext: 1\r\n" : "\n"
        let file = SourceFile(path: "long.yaml", text: text)
        let lineEnd = file.lineContentRange(0).upperBound
        var offset = file.hasByteOrderMark ? 3 : 0
        while offset <= lineEnd {
            defer {
                offset += 1
                while offset < lineEnd, file.bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            }
            // Stride through the line, and every offset near its ends and the window's edges.
            let scalarIndex = file.position(atByteOffset: offset).column
            guard scalarIndex % 37 == 0 || scalarIndex < 260 || scalarIndex > 2_340 else { continue }
            let start = file.position(atByteOffset: offset)
            for end in [
                start, file.position(atByteOffset: min(offset + 9, lineEnd)), file.position(atByteOffset: lineEnd),
                file.position(atByteOffset: file.bytes.count),
            ] {
                let whole = render(file, start: start, end: end, windowed: false)
                let windowed = render(file, start: start, end: end, windowed: true)
                #expect(whole.contains("^") && whole.contains("…"))
                #expect(windowed == whole, "variant \(variant) at \(start) to \(end)")
                if windowed != whole { return }
            }
        }
    }
}
