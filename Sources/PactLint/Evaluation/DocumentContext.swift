import JSONPath
import YAMLSource

/// Turns places in an evaluation root into locations in files.
///
/// For a document rule the root is one document of one file. For a portfolio rule the root is
/// the list of projected documents, and a path's first index names the document.
struct DocumentContext {
    enum Kind {
        case document(file: String, index: Int, source: SourceFile)
        case portfolio([PortfolioProjection])
    }

    var kind: Kind
    /// Lines of context around a location's excerpt; `nil` for none.
    var excerptContext: Int? = 2

    func location(node: YAMLNode, path: NormalizedPath, span: SourceSpan?) -> Location {
        switch kind {
        case .document(let file, let index, let source):
            let span = span ?? node.span
            let excerpt = excerptContext.map { source.excerpt(around: SourceSpan(at: span.start), context: $0) }
            return Location(
                file: file, span: span, document: index, path: path.description,
                excerpt: excerpt.map { SourceExcerpt(firstLine: $0.firstLine, lines: $0.lines) })
        case .portfolio(let projections):
            guard case .index(let index)? = path.elements.first, projections.indices.contains(index) else {
                let first = projections.first
                return Location(
                    file: first?.file ?? "", span: first?.root.span ?? node.span, document: first?.document ?? 0,
                    path: "$")
            }
            let projection = projections[index]
            return Location(
                file: projection.file, span: span ?? node.span, document: projection.document,
                path: NormalizedPath(Array(path.elements.dropFirst())).description)
        }
    }
}
