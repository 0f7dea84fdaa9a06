/// A `#` comment found in the source text.
public struct YAMLComment: Sendable, Hashable {
    /// The text after `#` up to the end of its line, as written (leading space kept).
    public var text: String
    /// From the `#` to the end of the line, line break excluded.
    public var span: SourceSpan

    /// A comment with its text (after `#`) and span.
    public init(text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }
}
