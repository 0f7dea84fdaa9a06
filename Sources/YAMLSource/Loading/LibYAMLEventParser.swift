internal import CLibYAML

/// libyaml's event parser over a byte buffer. This is the only file that touches C types.
///
/// libyaml's parser is a state machine with explicit stacks, not recursive descent, so deep
/// nesting cannot overflow the C stack; the tree builder bounds the depth anyway.
///
/// The current event stays alive until the next call to `next()`: its anchor, tag and scalar
/// text are read from it on demand (`anchor`, `tag`, `scalarText`).
final class LibYAMLEventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var isInitialized = false
    /// Whether `event` holds a parsed event that must be deleted.
    private var hasEvent = false

    /// Runs `body` with a parser reading `bytes`, which must stay alive (and unmoved) while it
    /// runs; hence the closure.
    static func withParser<R>(
        of bytes: [UInt8], _ body: (LibYAMLEventParser) throws(YAMLError) -> R
    ) throws(YAMLError) -> R {
        // libyaml asserts a non-null input pointer, which an empty array need not have.
        let storage: [UInt8] = bytes.isEmpty ? [0] : bytes
        let result: Result<R, YAMLError> = storage.withUnsafeBufferPointer { buffer in
            let parser = LibYAMLEventParser(input: buffer.baseAddress, count: bytes.count)
            do throws(YAMLError) {
                return .success(try body(parser))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private init(input: UnsafePointer<UInt8>?, count: Int) {
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        guard let input, yaml_parser_initialize(parser) == 1 else { return }
        isInitialized = true
        yaml_parser_set_input_string(parser, input, count)
        // The loader has checked UTF-8; naming the encoding makes a byte order mark an
        // ordinary character at index 0, so character indices start at byte 0.
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        if hasEvent { yaml_event_delete(event) }
        if isInitialized { yaml_parser_delete(parser) }
        parser.deallocate()
        event.deallocate()
    }

    /// The next event; throws libyaml's description of why there is none.
    @inline(__always)
    func next() throws(LibYAMLProblem) -> YAMLEvent {
        guard isInitialized else {
            throw LibYAMLProblem(
                kind: .memory, problem: "cannot initialize the YAML parser", problemIndex: 0,
                problemOffset: 0, problemValue: -1, context: nil, contextIndex: 0)
        }
        if hasEvent {
            yaml_event_delete(event)
            hasEvent = false
        }
        guard yaml_parser_parse(parser, event) == 1 else { throw problem() }
        hasEvent = true
        let raw = event.pointee
        var result = YAMLEvent(
            kind: .streamEnd, start: Int(raw.start_mark.index), end: Int(raw.end_mark.index))
        switch raw.type {
        case YAML_STREAM_START_EVENT:
            result.kind = .streamStart
        case YAML_STREAM_END_EVENT:
            result.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            result.kind = .documentStart
            result.isImplicit = raw.data.document_start.implicit != 0
        case YAML_DOCUMENT_END_EVENT:
            result.kind = .documentEnd
            result.isImplicit = raw.data.document_end.implicit != 0
        case YAML_ALIAS_EVENT:
            result.kind = .alias
            result.hasAnchor = raw.data.alias.anchor != nil
        case YAML_SCALAR_EVENT:
            let scalar = raw.data.scalar
            result.kind = .scalar
            result.isPlainImplicit = scalar.plain_implicit != 0
            result.hasAnchor = scalar.anchor != nil
            result.hasTag = scalar.tag != nil
            switch scalar.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: result.scalarStyle = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: result.scalarStyle = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: result.scalarStyle = .literal
            case YAML_FOLDED_SCALAR_STYLE: result.scalarStyle = .folded
            default: result.scalarStyle = .plain
            }
        case YAML_SEQUENCE_START_EVENT:
            result.kind = .sequenceStart
            result.isFlow = raw.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
            result.hasAnchor = raw.data.sequence_start.anchor != nil
            result.hasTag = raw.data.sequence_start.tag != nil
        case YAML_SEQUENCE_END_EVENT:
            result.kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            result.kind = .mappingStart
            result.isFlow = raw.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
            result.hasAnchor = raw.data.mapping_start.anchor != nil
            result.hasTag = raw.data.mapping_start.tag != nil
        case YAML_MAPPING_END_EVENT:
            result.kind = .mappingEnd
        default:
            // YAML_NO_EVENT: libyaml emits it only after the stream end.
            result.kind = .streamEnd
        }
        return result
    }

    /// The anchor the current event's node defines, or the anchor an alias refers to.
    var anchor: String? {
        guard hasEvent else { return nil }
        switch event.pointee.type {
        case YAML_ALIAS_EVENT: return Self.string(event.pointee.data.alias.anchor)
        case YAML_SCALAR_EVENT: return Self.string(event.pointee.data.scalar.anchor)
        case YAML_SEQUENCE_START_EVENT: return Self.string(event.pointee.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT: return Self.string(event.pointee.data.mapping_start.anchor)
        default: return nil
        }
    }

    /// The current node's tag, expanded by libyaml (`!!str` → `tag:yaml.org,2002:str`).
    var tag: String? {
        guard hasEvent else { return nil }
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: return Self.string(event.pointee.data.scalar.tag)
        case YAML_SEQUENCE_START_EVENT: return Self.string(event.pointee.data.sequence_start.tag)
        case YAML_MAPPING_START_EVENT: return Self.string(event.pointee.data.mapping_start.tag)
        default: return nil
        }
    }

    /// The current scalar's text as libyaml's UTF-8 bytes (empty for other events), valid
    /// until the next call to `next()`.
    var scalarBytes: UnsafeRawBufferPointer {
        guard hasEvent, event.pointee.type == YAML_SCALAR_EVENT, let value = event.pointee.data.scalar.value else {
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
        return UnsafeRawBufferPointer(start: value, count: Int(event.pointee.data.scalar.length))
    }

    private func problem() -> LibYAMLProblem {
        let state = parser.pointee
        let kind: LibYAMLProblem.Kind
        switch state.error {
        case YAML_READER_ERROR: kind = .reader
        case YAML_SCANNER_ERROR: kind = .scanner
        case YAML_MEMORY_ERROR: kind = .memory
        default: kind = .parser
        }
        return LibYAMLProblem(
            kind: kind,
            problem: state.problem.map { String(cString: $0) } ?? "invalid YAML",
            problemIndex: Int(state.problem_mark.index),
            problemOffset: Int(state.problem_offset),
            problemValue: Int(state.problem_value),
            context: state.context.map { String(cString: $0) },
            contextIndex: Int(state.context_mark.index))
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
