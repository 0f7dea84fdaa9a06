/// What an uncommon node keeps out of line: its tag and its span, whole.
///
/// Partnership files have no tags and positions below 4 GiB; nodes like that keep everything
/// in their `NodeRecord`. A tag (16 bytes) or a hand-built span beyond 32 bits would otherwise
/// cost every record the room for it.
@usableFromInline
final class YAMLNodeExtension: Sendable {
    @usableFromInline let span: SourceSpan
    @usableFromInline let tag: String?

    init(span: SourceSpan, tag: String?) {
        self.span = span
        self.tag = tag
    }
}
