/// The kind of one libyaml parsing event.
///
/// The rest of the event (its marks, style, anchor, tag and scalar text) stays in libyaml's
/// event, read from `LibYAMLEventParser` as the builder needs it: nothing is copied that is
/// not used, and no string is made for an event that has none (most).
enum YAMLEvent: Equatable {
    case streamStart, streamEnd
    case documentStart, documentEnd
    case alias, scalar
    case sequenceStart, sequenceEnd
    case mappingStart, mappingEnd
}
