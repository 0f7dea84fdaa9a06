/// The kind of one libyaml parsing event.
///
/// The rest of the event (its marks, style, anchor, tag and scalar text) stays in libyaml's
/// event, read from `LibYAMLEventParser` as the builder needs it: nothing is copied that is
/// not used, and no string is made for an event that has none (most).
///
/// The raw values are libyaml's `yaml_event_type_t` values, so that the parser names a kind
/// without a table (`LibYAMLEventParser.next()`).
enum YAMLEvent: UInt32 {
    case streamStart = 1, streamEnd
    case documentStart, documentEnd
    case alias, scalar
    case sequenceStart, sequenceEnd
    case mappingStart, mappingEnd
}
