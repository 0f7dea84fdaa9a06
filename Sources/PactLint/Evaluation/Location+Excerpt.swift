import YAMLSource

extension Location {
    /// The location with its excerpt (±`context` lines around its start) taken from `source`.
    ///
    /// Portfolio findings come without excerpts, since projections keep no source text; a
    /// caller that still has (or re-reads) the file can add them.
    public func withExcerpt(from source: SourceFile, context: Int = 2) -> Location {
        var located = self
        let excerpt = source.excerpt(
            around: SourceSpan(at: span.start), context: context, maximumLineLength: SourceExcerpt.maximumLineLength)
        located.excerpt = SourceExcerpt(
            firstLine: excerpt.firstLine, lines: excerpt.lines, firstColumns: excerpt.firstColumns)
        return located
    }
}
