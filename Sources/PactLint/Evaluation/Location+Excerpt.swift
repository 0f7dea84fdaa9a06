import YAMLSource

extension Location {
    /// The location with its excerpt (±`context` lines around its start) taken from `source`.
    ///
    /// Portfolio findings come without excerpts, since projections keep no source text; a
    /// caller that still has (or re-reads) the file can add them.
    public func withExcerpt(from source: SourceFile, context: Int = 2) -> Location {
        var located = self
        located.excerpt = SourceExcerpt(around: span.start, in: source, context: context)
        return located
    }
}

extension SourceExcerpt {
    /// The lines of `source` within `context` lines of `position`, a long line cut to a window
    /// of `maximumLineLength` scalars around the position.
    init(around position: SourcePosition, in source: SourceFile, context: Int) {
        let excerpt = source.excerpt(
            around: SourceSpan(at: position), context: context, maximumLineLength: Self.maximumLineLength)
        self.init(firstLine: excerpt.firstLine, lines: excerpt.lines, firstColumns: excerpt.firstColumns)
    }
}
