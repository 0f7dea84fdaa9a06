/// A located message about a source file, rendered compiler-style:
///
/// ```
/// path:line:col: error: message
/// <the source line>
/// <caret under the column>
///   help: how to fix it
///   note: more context
/// ```
///
/// YAML loading errors use it, and so can any other located error about a file (rule files,
/// configuration).
public struct SourceDiagnostic: Sendable, Hashable {
    /// How serious the message is.
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    /// Additional context, optionally pointing at another place in the same file.
    public struct Note: Sendable, Hashable {
        /// The note's text, e.g. where a duplicated key first appears.
        public var message: String
        /// The place the note is about, if any (for related locations in reports).
        public var span: SourceSpan?

        /// A note with an optional location.
        public init(_ message: String, span: SourceSpan? = nil) {
            self.message = message
            self.span = span
        }
    }

    /// How serious the message is.
    public var severity: Severity
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// The file's path as given by the caller.
    public var file: String
    /// Where the problem is; the caret goes under `span.start`.
    public var span: SourceSpan
    /// How to fix the problem, when there is something useful to say.
    public var help: String?
    /// More context, each rendered as `  note: …`.
    public var notes: [Note]

    /// A diagnostic; `help` says how to fix the problem.
    public init(
        severity: Severity = .error, message: String, file: String, span: SourceSpan, help: String? = nil,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.span = span
        self.help = help
        self.notes = notes
    }

    /// The first line alone: `path:line:col: severity: message`.
    public var headline: String {
        "\(file):\(span.start.line):\(span.start.column): \(severity.rawValue): \(message)"
    }

    /// The full rendering (no trailing newline). Without `source` (or when the position is
    /// outside it) the source line and caret are left out.
    ///
    /// The caret line pads with a space per Unicode scalar before the column, and with a tab
    /// where the source line has a tab, so the caret lines up in a terminal either way. A span
    /// that continues on the same line is underlined with `~`.
    public func rendered(source: SourceFile?) -> String {
        var lines = [headline]
        if let source, span.start.line >= 1, span.start.line <= source.lineCount {
            let text = source.line(span.start.line)
            lines.append(text)
            lines.append(Self.caretLine(under: text, span: span))
        }
        if let help { lines.append("  help: \(help)") }
        for note in notes { lines.append("  note: \(note.message)") }
        return lines.joined(separator: "\n")
    }

    /// Padding up to `span.start.column`, a caret, and `~` for the rest of the span on that line.
    static func caretLine(under text: String, span: SourceSpan) -> String {
        var caret = ""
        var scalars = text.unicodeScalars.makeIterator()
        for _ in 1..<max(span.start.column, 1) {
            caret.append(scalars.next() == "\t" ? "\t" : " ")
        }
        caret.append("^")
        if span.end.line == span.start.line, span.end.column > span.start.column + 1 {
            caret.append(String(repeating: "~", count: span.end.column - span.start.column - 1))
        }
        return caret
    }
}

// MARK: - CustomStringConvertible Conformance

extension SourceDiagnostic: CustomStringConvertible {
    /// The headline, `path:line:col: severity: message`.
    public var description: String { headline }
}
