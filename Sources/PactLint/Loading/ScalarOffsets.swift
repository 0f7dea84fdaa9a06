import YAMLSource

/// Maps a position inside a scalar's value (a query, a regex, a message) back to the source,
/// so an error inside a YAML string gets a caret under the right character.
///
/// Plain, single- and double-quoted scalars are walked character by character, undoing the
/// quoting (`''`, backslash escapes) and line folding; block scalars (`|`, `>`) skip their
/// header and each line's indentation.
enum ScalarOffsets {
    /// The source span of the value's scalar at `index` (0-based, in Unicode scalars).
    static func span(ofValueIndex index: Int, in node: YAMLNode, source: SourceFile) -> SourceSpan {
        guard case .scalar(let scalar) = node.content else { return node.span }
        let bytes = source.bytes
        let end = min(node.span.end.offset, bytes.count)
        var offset = min(node.span.start.offset, end)
        var remaining = index
        func width(at offset: Int) -> Int {
            let byte = bytes[offset]
            if byte < 0x80 { return 1 }
            if byte >= 0xF0 { return 4 }
            if byte >= 0xE0 { return 3 }
            return 2
        }
        func isBreak(_ offset: Int) -> Bool { bytes[offset] == 0x0A || bytes[offset] == 0x0D }
        func skipBreakAndIndent() {
            while offset < end, isBreak(offset) { offset += 1 }
            while offset < end, bytes[offset] == 0x20 || bytes[offset] == 0x09 { offset += 1 }
        }
        switch scalar.style {
        case .singleQuoted, .doubleQuoted:
            offset += 1
        case .literal, .folded:
            while offset < end, !isBreak(offset) { offset += 1 }
            skipBreakAndIndent()
        case .plain:
            break
        }
        /// The number of source bytes that spell the value scalar at `offset` (an escape or a
        /// doubled quote spells one scalar with several characters).
        func unitLength(at offset: Int) -> Int {
            let byte = bytes[offset]
            if scalar.style == .singleQuoted, byte == UInt8(ascii: "'"), offset + 1 < end,
                bytes[offset + 1] == UInt8(ascii: "'")
            {
                return 2
            }
            if scalar.style == .doubleQuoted, byte == UInt8(ascii: "\\"), offset + 1 < end {
                switch bytes[offset + 1] {
                case UInt8(ascii: "x"): return 4
                case UInt8(ascii: "u"): return 6
                case UInt8(ascii: "U"): return 10
                default: return 2
                }
            }
            return width(at: offset)
        }
        while remaining > 0, offset < end {
            if scalar.style == .doubleQuoted, bytes[offset] == UInt8(ascii: "\\"), offset + 1 < end,
                bytes[offset + 1] == 0x0A || bytes[offset + 1] == 0x0D
            {
                // An escaped line break continues the line: it spells nothing.
                offset += 1
                skipBreakAndIndent()
                continue
            }
            if isBreak(offset) {
                skipBreakAndIndent()
            } else {
                offset += unitLength(at: offset)
            }
            remaining -= 1
        }
        offset = min(offset, end)
        let start = source.position(atByteOffset: offset)
        let length = offset < end && !isBreak(offset) ? unitLength(at: offset) : 0
        return SourceSpan(start: start, end: source.position(atByteOffset: min(offset + length, end)))
    }
}
