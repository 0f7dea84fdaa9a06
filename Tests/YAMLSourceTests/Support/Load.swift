import Testing
import YAMLSource

/// Loads `text` as `test.yaml` and returns the stream, recording an issue on error.
func load(_ text: String, limits: YAMLLoader.Limits = .default) throws -> YAMLStream {
    try YAMLLoader(limits: limits).load(SourceFile(path: "test.yaml", text: text))
}

/// The root of the single document of `text`.
func root(_ text: String) throws -> YAMLNode {
    let stream = try load(text)
    try #require(stream.documents.count == 1)
    return stream.documents[0].root
}

/// The error loading `text` as `test.yaml` throws, or `nil` (with an issue recorded).
func loadError(_ text: String, limits: YAMLLoader.Limits = .default) -> YAMLError? {
    loadError(bytes: Array(text.utf8), limits: limits)
}

/// The error loading `bytes` as `test.yaml` throws, or `nil` (with an issue recorded).
func loadError(bytes: [UInt8], limits: YAMLLoader.Limits = .default) -> YAMLError? {
    do {
        _ = try YAMLLoader(limits: limits).load(SourceFile(path: "test.yaml", bytes: bytes))
        Issue.record("expected a YAMLError, but the file loaded")
        return nil
    } catch {
        return error
    }
}

/// The rendering of the error loading `text`.
func rendered(_ text: String, limits: YAMLLoader.Limits = .default) -> String? {
    loadError(text, limits: limits)?.rendered(source: SourceFile(path: "test.yaml", text: text))
}

/// A position from its three coordinates, for terse expectations.
func pos(_ offset: Int, _ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(offset: offset, line: line, column: column)
}
