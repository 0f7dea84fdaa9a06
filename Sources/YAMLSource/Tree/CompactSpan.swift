/// A `SourceSpan` in 24 bytes instead of 48: its six coordinates as 32-bit integers.
///
/// Every node keeps its span, so the span is most of a node's fixed size. The loader refuses
/// files larger than `largestFileSize`, so every position it makes fits; a span built by hand
/// that does not fit is kept whole in the node's extension instead.
@usableFromInline
struct CompactSpan: Sendable {
    @usableFromInline let startOffset: UInt32
    @usableFromInline let startLine: UInt32
    @usableFromInline let startColumn: UInt32
    @usableFromInline let endOffset: UInt32
    @usableFromInline let endLine: UInt32
    @usableFromInline let endColumn: UInt32

    /// The largest file, in bytes, whose positions all fit: an offset is at most the file's
    /// size, a line or a column at most one more.
    static let largestFileSize = Int(UInt32.max) - 1

    /// A span of zeros, kept by nodes whose real span is in their extension.
    static let zero = CompactSpan(startOffset: 0, startLine: 0, startColumn: 0, endOffset: 0, endLine: 0, endColumn: 0)

    private init(
        startOffset: UInt32, startLine: UInt32, startColumn: UInt32, endOffset: UInt32, endLine: UInt32,
        endColumn: UInt32
    ) {
        self.startOffset = startOffset
        self.startLine = startLine
        self.startColumn = startColumn
        self.endOffset = endOffset
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// `span` in 32 bits, or `nil` if a coordinate is negative or too large.
    init?(_ span: SourceSpan) {
        let (start, end) = (span.start, span.end)
        // Every coordinate is in 0...UInt32.max exactly when their bits, ORed, are: a negative
        // one sets the top bit.
        let all = start.offset | start.line | start.column | end.offset | end.line | end.column
        guard UInt(bitPattern: all) <= UInt(UInt32.max) else { return nil }
        self.init(
            startOffset: UInt32(truncatingIfNeeded: start.offset), startLine: UInt32(truncatingIfNeeded: start.line),
            startColumn: UInt32(truncatingIfNeeded: start.column), endOffset: UInt32(truncatingIfNeeded: end.offset),
            endLine: UInt32(truncatingIfNeeded: end.line), endColumn: UInt32(truncatingIfNeeded: end.column))
    }

    /// The span with `Int` coordinates.
    @inlinable var span: SourceSpan {
        SourceSpan(
            start: SourcePosition(offset: Int(startOffset), line: Int(startLine), column: Int(startColumn)),
            end: SourcePosition(offset: Int(endOffset), line: Int(endLine), column: Int(endColumn)))
    }
}
