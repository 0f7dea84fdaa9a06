import YAMLSource

/// Collects located errors while loading rules or a configuration, so that every mistake is
/// reported at once (loading goes on after an error; only the result is refused).
struct DiagnosticCollector {
    var diagnostics: [SourceDiagnostic] = []

    mutating func error(
        _ message: String, file: String, span: SourceSpan, help: String? = nil, notes: [SourceDiagnostic.Note] = []
    ) {
        diagnostics.append(SourceDiagnostic(message: message, file: file, span: span, help: help, notes: notes))
    }

    var isEmpty: Bool { diagnostics.isEmpty }
}
