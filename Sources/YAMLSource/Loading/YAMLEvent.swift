/// One libyaml parsing event, copied into Swift values.
///
/// Marks stay libyaml character indices here; `PositionCursor` turns them into positions.
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
    /// The anchor a node defines, or the anchor an alias refers to.
    var anchor: String? = nil
    /// The node's tag, expanded by libyaml (`!!str` → `tag:yaml.org,2002:str`).
    var tag: String? = nil
    /// A scalar's text.
    var value: String = ""
    var scalarStyle: YAMLScalar.Style = .plain
    /// Whether a plain scalar without tag resolves by the schema (libyaml's `plain_implicit`).
    var isPlainImplicit = false
    /// Whether a collection is written in flow style (`[...]`, `{...}`).
    var isFlow = false
    /// Whether a document start (`---`) or end (`...`) is implied rather than written.
    var isImplicit = false
}
