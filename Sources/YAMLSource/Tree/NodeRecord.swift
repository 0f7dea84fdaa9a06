/// One node of a `YAMLTree`: a fixed-size record of 40 bytes in the tree's contiguous array.
///
/// A scalar's text is in the tree's `texts`, a collection's children in its `children`; the
/// record holds their indices, so that a whole document is a handful of arrays rather than an
/// object a node. The payload is shared between what scalars and collections need: a scalar's
/// resolved number or boolean, a collection's number of children. It comes first, so that the
/// 8-byte field needs no padding.
@usableFromInline
struct NodeRecord: Sendable {
    /// How a scalar's resolved value is kept.
    @usableFromInline
    enum ValueKind: UInt8, Sendable {
        case null, bool, int, float
        /// The value is the string of the scalar's text (every string the loader makes); the
        /// payload is the text's print (`YAMLTree.textPrint(of:)`), which tells most keys apart
        /// without reading their text.
        case text
        /// The value is a string other than the text, at `payload` in the tree's `texts` (only
        /// a hand-built scalar can have one).
        case otherString
    }

    /// A scalar's boolean (0 or 1), integer or float (bit pattern), the print of its text if
    /// its value is that text, or the index of its other string; a collection's number of
    /// items or pairs.
    @usableFromInline var payload: UInt64
    /// A scalar's index in `texts`; a collection's first index in `children`.
    @usableFromInline var start: Int32
    @usableFromInline var kind: YAMLNode.Kind
    /// A scalar's style; `.plain` for collections.
    @usableFromInline var style: YAMLScalar.Style
    /// A scalar's value kind; `.null` for collections.
    @usableFromInline var valueKind: ValueKind
    /// Whether the tree keeps the node's tag or whole span out of line.
    @usableFromInline var hasExtension: Bool
    /// The span, unless `hasExtension` (then zero, and the tree's extension holds it). Last,
    /// so that what a key lookup reads (payload, start, kind, value kind) is the record's
    /// first 16 bytes, in one cache line for seven records in eight.
    @usableFromInline var span: CompactSpan

    /// A collection's number of items or pairs.
    @inlinable var count: Int { Int(truncatingIfNeeded: payload) }
}
