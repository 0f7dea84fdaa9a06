import YAMLSource

extension RuleParser {
    /// Parses a message template; `provided` are the values the check's condition gives.
    ///
    /// The text is read as UTF-8 bytes (braces, quotes and brackets are ASCII); a position in
    /// an error is counted in Unicode scalars, as `ScalarOffsets` expects.
    mutating func message(_ node: YAMLNode, provided: Set<String>) -> MessageTemplate? {
        guard let text = reader.string(node, what: "'message'") else { return nil }
        var utf8 = text
        return utf8.withUTF8 { message(text, bytes: $0, node: node, provided: provided) }
    }

    private mutating func message(
        _ text: String, bytes: UnsafeBufferPointer<UInt8>, node: YAMLNode, provided: Set<String>
    ) -> MessageTemplate? {
        var parts: [MessageTemplate.Part] = []
        var literal: [UInt8] = []
        // Literal text is copied run by run, from `runStart` up to the next brace.
        var runStart = 0
        var ok = true
        var i = 0
        func takeRun(upTo end: Int) {
            if end > runStart { literal.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
        }
        func flush() {
            if !literal.isEmpty {
                parts.append(.text(String(decoding: literal, as: UTF8.self)))
                literal.removeAll(keepingCapacity: true)
            }
        }
        /// The index in Unicode scalars of the byte at `offset`: the bytes before it that start
        /// a scalar (UTF-8 continuation bytes are 0b10xxxxxx).
        func scalarIndex(_ offset: Int) -> Int {
            bytes[..<offset].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        }
        func span(at offset: Int) -> SourceSpan {
            ScalarOffsets.span(ofValueIndex: scalarIndex(offset), in: node, source: reader.file)
        }
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        while i < bytes.count {
            let byte = bytes[i]
            if byte != open && byte != close {
                i += 1
                continue
            }
            takeRun(upTo: i)
            if byte == open, i + 1 < bytes.count, bytes[i + 1] == open {
                literal.append(open)
                i += 2
            } else if byte == close, i + 1 < bytes.count, bytes[i + 1] == close {
                literal.append(close)
                i += 2
            } else if byte == close {
                reader.error("unmatched '}' in message", span: span(at: i), help: "write '}}' for a literal brace")
                ok = false
                i += 1
            } else {
                guard let end = closingBrace(bytes, from: i + 1) else {
                    reader.error(
                        "unclosed '{' in message", span: span(at: i),
                        help: "close the placeholder with '}', or write '{{' for a literal brace")
                    return nil
                }
                let content = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end]), as: UTF8.self)
                flush()
                if let first = content.utf8.first, first == UInt8(ascii: "$") || first == UInt8(ascii: "@") {
                    do {
                        parts.append(.query(try compiledQuery(content)))
                        queryTexts.append(content)
                    } catch {
                        reader.error(
                            "invalid JSONPath in message placeholder: \(error.message)",
                            span: ScalarOffsets.span(
                                ofValueIndex: scalarIndex(i + 1) + error.offset, in: node, source: reader.file))
                        ok = false
                    }
                } else if provided.contains(content) || content == FieldPath.placeholder || parameters[content] != nil {
                    parts.append(.name(content))
                } else {
                    let known = provided.union([FieldPath.placeholder]).sorted() + parameters.keys.sorted()
                    reader.error(
                        "unknown placeholder '{\(content)}' in message", span: span(at: i),
                        help: provided.isEmpty && parameters.isEmpty
                            ? "this check's condition gives no values but {field}; use a query such as {$.partner.country}"
                            : "values here: \(known.joined(separator: ", ")); or a query such as {@.id}")
                    ok = false
                }
                i = end + 1
            }
            runStart = i
        }
        takeRun(upTo: bytes.count)
        flush()
        return ok ? MessageTemplate(text: text, parts: parts) : nil
    }

    /// The index of the `}` closing a placeholder that starts at `start`, skipping quoted
    /// strings and nested brackets of a query.
    private func closingBrace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        var quote: UInt8?
        var depth = 0
        while i < bytes.count {
            let byte = bytes[i]
            if let open = quote {
                if byte == UInt8(ascii: "\\") {
                    i += 2
                    continue
                }
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                quote = byte
            } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: ")") {
                depth -= 1
            } else if byte == UInt8(ascii: "}"), depth <= 0 {
                return i
            } else if byte == UInt8(ascii: "{") {
                return nil
            }
            i += 1
        }
        return nil
    }
}
