internal import CLibYAML

/// libyaml's event parser over a byte buffer. This is the only file that touches C types.
///
/// libyaml's parser is a state machine with explicit stacks, not recursive descent, so deep
/// nesting cannot overflow the C stack; the tree builder bounds the depth anyway.
///
/// The current event stays alive until the next call to `next()`: its marks, style, anchor,
/// tag and scalar text are read from it in place, on demand.
final class LibYAMLEventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var isInitialized = false
    /// Whether `event` holds a parsed event that must be deleted.
    private var hasEvent = false
    /// The characters and bytes of the file before the input libyaml reads: the UTF-8 byte
    /// order marks the file starts with (one character, three bytes each) are not handed to
    /// it, so its marks are shifted.
    private var skipped = (characters: 0, bytes: 0)

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
        // The byte order marks at the start are left out: with the encoding named (the loader
        // has checked UTF-8), libyaml skips a mark at the start of a line but counts it as a
        // column, so the first line's keys would stand one column to the right of the next
        // line's (and with the encoding detected, it drops one mark, then does the same with a
        // second). YAML 1.2 allows a mark before each document prefix, so a run of them before
        // the first. The marks are shifted back by what was left out, so indices still count
        // from the file's byte 0.
        var marks = 0
        while count - marks >= 3, input[marks] == 0xEF, input[marks + 1] == 0xBB, input[marks + 2] == 0xBF {
            marks += 3
        }
        skipped = (characters: marks / 3, bytes: marks)
        yaml_parser_set_input_string(parser, input + skipped.bytes, count - skipped.bytes)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        if hasEvent { yaml_event_delete(event) }
        if isInitialized { yaml_parser_delete(parser) }
        parser.deallocate()
        event.deallocate()
    }

    /// Parses the next event and returns its kind; throws libyaml's description of why there
    /// is none. The accessors below read the event until the next call.
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
        // `YAMLEvent`'s raw values are libyaml's event types; YAML_NO_EVENT (0) comes only
        // after the stream's end.
        return YAMLEvent(rawValue: event.pointee.type.rawValue) ?? .streamEnd
    }

    // MARK: The current event

    /// libyaml's character index of the event's first character. Marks are libyaml's: see
    /// `PositionCursor` for what they count.
    var start: Int {
        @inline(__always) get { Int(event.pointee.start_mark.index) &+ skipped.characters }
    }

    /// libyaml's character index just after the event's last character.
    var end: Int {
        @inline(__always) get { Int(event.pointee.end_mark.index) &+ skipped.characters }
    }

    /// libyaml's 0-based line and column of `start`. libyaml breaks lines at NEL, LS and PS
    /// too, so these are pactlint's line and column (less one) only in an ASCII file; see
    /// `TreeBuilder.marksArePositions`.
    var startLineAndColumn: (line: Int, column: Int) {
        @inline(__always) get { (Int(event.pointee.start_mark.line), Int(event.pointee.start_mark.column)) }
    }

    /// libyaml's 0-based line and column of `end`, as `startLineAndColumn`.
    var endLineAndColumn: (line: Int, column: Int) {
        @inline(__always) get { (Int(event.pointee.end_mark.line), Int(event.pointee.end_mark.column)) }
    }

    /// A scalar's style.
    var scalarStyle: YAMLScalar.Style {
        @inline(__always) get {
            switch event.pointee.data.scalar.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
        }
    }

    /// Whether a collection start is written in flow style (`[...]`, `{...}`).
    var isFlow: Bool {
        switch event.pointee.type {
        case YAML_SEQUENCE_START_EVENT: event.pointee.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
        case YAML_MAPPING_START_EVENT: event.pointee.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
        default: false
        }
    }

    /// Whether a document start (`---`) or end (`...`) is implied rather than written.
    var isImplicit: Bool {
        switch event.pointee.type {
        case YAML_DOCUMENT_START_EVENT: event.pointee.data.document_start.implicit != 0
        case YAML_DOCUMENT_END_EVENT: event.pointee.data.document_end.implicit != 0
        default: false
        }
    }

    /// Whether a scalar or collection has an anchor or a tag (then read by `anchor` and
    /// `tag`): most have neither.
    var hasAnchorOrTag: Bool {
        @inline(__always) get {
            switch event.pointee.type {
            case YAML_SCALAR_EVENT:
                event.pointee.data.scalar.anchor != nil || event.pointee.data.scalar.tag != nil
            case YAML_SEQUENCE_START_EVENT:
                event.pointee.data.sequence_start.anchor != nil || event.pointee.data.sequence_start.tag != nil
            case YAML_MAPPING_START_EVENT:
                event.pointee.data.mapping_start.anchor != nil || event.pointee.data.mapping_start.tag != nil
            default: false
            }
        }
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

    /// The text of the current event, which must be a scalar, as libyaml's UTF-8 bytes, valid
    /// until the next call to `next()`.
    var scalarBytes: UnsafeRawBufferPointer {
        @inline(__always) get {
            // The builder asks only when `next()` has returned `.scalar`.
            assert(hasEvent && event.pointee.type == YAML_SCALAR_EVENT, "not a scalar event")
            return UnsafeRawBufferPointer(
                start: event.pointee.data.scalar.value, count: Int(event.pointee.data.scalar.length))
        }
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
            problemIndex: Int(state.problem_mark.index) + skipped.characters,
            problemOffset: Int(state.problem_offset) + skipped.bytes,
            problemValue: Int(state.problem_value),
            context: state.context.map { String(cString: $0) },
            contextIndex: Int(state.context_mark.index) + skipped.characters)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
