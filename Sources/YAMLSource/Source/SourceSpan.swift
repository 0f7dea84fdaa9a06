/// A point in a source file.
///
/// Units, fixed across pactlint:
/// - `offset`: 0-based byte offset into the UTF-8 source;
/// - `line`: 1-based; lines break at LF, CR and CRLF only, as editors count them;
/// - `column`: 1-based, counted in Unicode scalars (libyaml's unit, and SARIF's
///   `columnKind: unicodeCodePoints`).
public struct SourcePosition: Sendable, Hashable, Comparable, Codable {
    /// 0-based byte offset into the UTF-8 source.
    public var offset: Int
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// A position from its three coordinates.
    @inlinable public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// The start of a file: what a finding or error about a whole file points at.
    public static let fileStart = SourcePosition(offset: 0, line: 1, column: 1)

    /// Positions order by byte offset.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.offset < rhs.offset
    }
}

/// A half-open range of source text: `start` is the first character, `end` the position just
/// after the last one.
public struct SourceSpan: Sendable, Hashable, Codable {
    /// The first character.
    public var start: SourcePosition
    /// Just after the last character.
    public var end: SourcePosition

    /// A span from `start` up to, not including, `end`.
    @inlinable public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// An empty span at `position`.
    public init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }
}
