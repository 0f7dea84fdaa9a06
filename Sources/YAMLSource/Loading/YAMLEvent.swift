/// One libyaml parsing event, without its strings.
///
/// Marks stay libyaml character indices here; `PositionCursor` turns them into positions. The
/// anchor, tag and scalar text stay in libyaml's event until the builder asks the parser for
/// them, so events with none (most) copy no strings, and none is copied twice.
struct YAMLEvent {
    enum Kind: Equatable {
        case streamStart, streamEnd
        case documentStart, documentEnd
        case alias, scalar
        case sequenceStart, sequenceEnd
        case mappingStart, mappingEnd
    }

    var kind: Kind
    /// libyaml's character index of the event's first character.
    var start: Int
    /// libyaml's character index just after the event's last character.
    var end: Int
    var scalarStyle: YAMLScalar.Style = .plain
    /// Whether a plain scalar without tag resolves by the schema (libyaml's `plain_implicit`).
    var isPlainImplicit = false
    /// Whether a collection is written in flow style (`[...]`, `{...}`).
    var isFlow = false
    /// Whether a document start (`---`) or end (`...`) is implied rather than written.
    var isImplicit = false
    /// Whether the node defines an anchor, or the alias names one (read by `anchor`).
    var hasAnchor = false
    /// Whether the node has a tag (read by `tag`): most have none, and are not asked.
    var hasTag = false
}
