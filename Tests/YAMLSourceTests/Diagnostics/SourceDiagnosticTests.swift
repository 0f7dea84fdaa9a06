import Testing
import YAMLSource

@Suite("SourceDiagnostic")
struct SourceDiagnosticTests {
    private let file = SourceFile(path: "rules/x.yaml", text: "rules:\n\t- id: 叶🇺🇳 bad\n")

    @Test("renders headline, line, caret under the span, help and notes")
    func full() {
        // "\t- id: 叶🇺🇳 bad": "bad" starts at column 11 (tab - space i d : space 叶 🇺 🇳 space).
        let span = SourceSpan(start: pos(20, 2, 11), end: pos(23, 2, 14))
        let diagnostic = SourceDiagnostic(
            severity: .warning, message: "unknown key 'bad'", file: file.path, span: span,
            help: "remove it", notes: [.init("valid keys: id, name")])
        #expect(
            diagnostic.rendered(source: file)
                == "rules/x.yaml:2:11: warning: unknown key 'bad'\n\t- id: 叶🇺🇳 bad\n\t         ^~~\n"
                + "  help: remove it\n  note: valid keys: id, name")
        #expect(diagnostic.description == "rules/x.yaml:2:11: warning: unknown key 'bad'")
    }

    @Test("without a source, or outside it, only the text lines")
    func noSource() {
        let diagnostic = SourceDiagnostic(
            message: "m", file: "f", span: SourceSpan(at: pos(0, 9, 1)), help: "h")
        #expect(diagnostic.rendered(source: nil) == "f:9:1: error: m\n  help: h")
        #expect(diagnostic.rendered(source: file) == "f:9:1: error: m\n  help: h")
    }

    @Test("a span over several lines gets a caret only; a column past the line end is padded")
    func edges() {
        let multi = SourceDiagnostic(
            severity: .note, message: "m", file: "f", span: SourceSpan(start: pos(0, 1, 1), end: pos(9, 2, 3)))
        #expect(multi.rendered(source: file) == "f:1:1: note: m\nrules:\n^")
        let past = SourceDiagnostic(message: "m", file: "f", span: SourceSpan(at: pos(6, 1, 8)))
        #expect(past.rendered(source: file) == "f:1:8: error: m\nrules:\n       ^")
    }
}
