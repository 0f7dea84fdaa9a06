import Testing

@testable import PactLintReporters

/// `MarkdownEscaping.inline` escapes byte by byte: the same text as escaping scalar by scalar
/// (the reference below), for hostile and random texts.
@Suite struct MarkdownInlineReferenceTests {
    /// The escaping scalar by scalar, as `inline` was written before it worked on bytes.
    private static func reference(_ text: String) -> String {
        let visible = ControlCharacterEscaping.escape(text, keeping: ["\n", "\r"])
        var result = ""
        var previousWasCR = false
        for scalar in visible.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "~", "$":
                result += "\\"
                result.unicodeScalars.append(scalar)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "@": result += "&#64;"
            case "\r": result += "<br>"
            case "\n": if !previousWasCR { result += "<br>" }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test(arguments: [
        "", "plain text", ReportFixture.hostile, "a\r\nb\rc\n\nd\n\r", "*bold* _em_ `code` [l](u) |x| ~s~ $m$ \\",
        "<b>&amp;@user</b>", "é叶🇪🇺\u{85}\u{2028}\u{7F}\u{0}\u{1B}", "\r", "\n", "\r\r\n\n",
    ])
    func hostileTextsEscapeAsTheReferenceDoes(_ text: String) {
        #expect(MarkdownEscaping.inline(text) == Self.reference(text))
    }

    @Test func randomTextsEscapeAsTheReferenceDoes() {
        let pieces: [String] = [
            "a", "Z", " ", "\\", "`", "*", "_", "[", "]", "|", "~", "$", "<", ">", "&", "@", "\r", "\n", "\t", "\u{0}",
            "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "é", "e\u{301}", "叶", "🇪🇺", "\u{2028}", "\u{202E}", "#", "!",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...30, using: &generator))
                .map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(MarkdownEscaping.inline(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
