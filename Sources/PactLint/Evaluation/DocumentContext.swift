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

    let kind: Kind
    /// Lines of context around a location's excerpt; `nil` for none.
    var excerptContext: Int? = 2
    /// A document's file and index, read for each finding without copying `kind`'s payload
    /// (its source file holds several lists, each retained by a copy); `nil` for a portfolio.
    private let document: (file: String, index: Int)?
    /// A document's source, kept apart for the same reason: excerpts read it in place.
    private let source: SourceFile?

    init(kind: Kind, excerptContext: Int? = 2) {
        self.kind = kind
        self.excerptContext = excerptContext
        if case .document(let file, let index, let source) = kind {
            document = (file, index)
            self.source = source
        } else {
            document = nil
            source = nil
        }
    }

    /// Inlined into its callers (a finding's location is made once per finding).
    @inline(__always)
    func location(node: YAMLNode, path: NormalizedPath, span: SourceSpan?) -> Location {
        if let document {
            let span = span ?? node.span
            // Made in the returned value, not in a variable copied into it.
            return Location(
                file: document.file, span: span, document: document.index, path: path.text,
                excerpt: excerpt(around: span))
        }
        guard case .portfolio(let projections) = kind else { return Location(file: "", span: span ?? node.span) }
        guard case .index(let index)? = path.elements.first, projections.indices.contains(index) else {
            let first = projections.first
            return Location(
                file: first?.file ?? "", span: first?.root.span ?? node.span, document: first?.document ?? 0, path: "$")
        }
        let projection = projections[index]
        return Location(
            file: projection.file, span: span ?? node.span, document: projection.document,
            path: NormalizedPath(Array(path.elements.dropFirst())).text)
    }

    /// The lines around `span` in a document's source; `nil` without context or source.
    private func excerpt(around span: SourceSpan) -> SourceExcerpt? {
        guard let excerptContext, let source else { return nil }
        return SourceExcerpt(around: span.start, in: source, context: excerptContext)
    }
}
