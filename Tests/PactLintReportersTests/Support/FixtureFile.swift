import PactLint
import YAMLSource

/// A fixture file's text, from which locations are computed by searching for the marked text,
/// so that no position in a fixture is a hand-counted number.
struct FixtureFile {
    let path: String
    let lines: [String]

    init(path: String, text: String) {
        self.path = path
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The position of the first occurrence of `needle` on 1-based `line` (or just after it
    /// when `after` is set).
    func position(line: Int, of needle: String, after: Bool = false) -> SourcePosition {
        let text = lines[line - 1]
        guard let range = text.range(of: needle) else {
            fatalError("fixture: \(needle.debugDescription) is not on line \(line) of \(path)")
        }
        let prefix = text[..<(after ? range.upperBound : range.lowerBound)]
        let lineStart = lines[..<(line - 1)].reduce(0) { $0 + $1.utf8.count + 1 }
        return SourcePosition(
            offset: lineStart + prefix.utf8.count, line: line, column: prefix.unicodeScalars.count + 1)
    }

    /// A location from the start of `start` on `line` to the end of `end` on `endLine`.
    func location(
        line: Int, _ start: String, endLine: Int? = nil, _ end: String? = nil, document: Int = 0, path jsonPath: String?
    ) -> Location {
        let span = SourceSpan(
            start: position(line: line, of: start),
            end: position(line: endLine ?? line, of: end ?? start, after: true))
        let first = max(1, line - 1)
        let last = min(lines.count, line + 1)
        return Location(
            file: path, span: span, document: document, path: jsonPath,
            excerpt: SourceExcerpt(firstLine: first, lines: Array(lines[(first - 1)..<last])))
    }
}
