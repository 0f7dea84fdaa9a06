import YAMLSource

extension RuleParser {
    /// Parses a message template; `provided` are the values the check's condition gives.
    mutating func message(_ node: YAMLNode, provided: Set<String>) -> MessageTemplate? {
        guard let text = reader.string(node, what: "'message'") else { return nil }
        let scalars = Array(text.unicodeScalars)
        var parts: [MessageTemplate.Part] = []
        // Literal text is gathered as UTF-8 bytes: appending to a UnicodeScalarView scalar by
        // scalar made messages a tenth of the pack's start-up.
        var literal: [UInt8] = []
        var ok = true
        var i = 0
        func flush() {
            if !literal.isEmpty {
                parts.append(.text(String(decoding: literal, as: UTF8.self)))
                literal.removeAll(keepingCapacity: true)
            }
        }
        while i < scalars.count {
            let s = scalars[i]
            if s == "{", i + 1 < scalars.count, scalars[i + 1] == "{" {
                literal.append(UInt8(ascii: "{"))
                i += 2
            } else if s == "}", i + 1 < scalars.count, scalars[i + 1] == "}" {
                literal.append(UInt8(ascii: "}"))
                i += 2
            } else if s == "}" {
                reader.error(
                    "unmatched '}' in message",
                    span: ScalarOffsets.span(ofValueIndex: i, in: node, source: reader.file),
                    help: "write '}}' for a literal brace")
                ok = false
                i += 1
            } else if s == "{" {
                guard let close = closingBrace(scalars, from: i + 1) else {
                    reader.error(
                        "unclosed '{' in message",
                        span: ScalarOffsets.span(ofValueIndex: i, in: node, source: reader.file),
                        help: "close the placeholder with '}', or write '{{' for a literal brace")
                    ok = false
                    break
                }
                let content = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
                flush()
                if let first = content.unicodeScalars.first, first == "$" || first == "@" {
                    do {
                        parts.append(.query(try compiledQuery(content)))
                        queryTexts.append(content)
                    } catch {
                        reader.error(
                            "invalid JSONPath in message placeholder: \(error.message)",
                            span: ScalarOffsets.span(ofValueIndex: i + 1 + error.offset, in: node, source: reader.file))
                        ok = false
                    }
                } else if provided.contains(content) || content == FieldPath.placeholder || parameters[content] != nil {
                    parts.append(.name(content))
                } else {
                    let known = provided.union([FieldPath.placeholder]).sorted() + parameters.keys.sorted()
                    reader.error(
                        "unknown placeholder '{\(content)}' in message",
                        span: ScalarOffsets.span(ofValueIndex: i, in: node, source: reader.file),
                        help: provided.isEmpty && parameters.isEmpty
                            ? "this check's condition gives no values but {field}; use a query such as {$.partner.country}"
                            : "values here: \(known.joined(separator: ", ")); or a query such as {@.id}")
                    ok = false
                }
                i = close + 1
            } else {
                UTF8.encode(s) { literal.append($0) }
                i += 1
            }
        }
        flush()
        return ok ? MessageTemplate(text: text, parts: parts) : nil
    }

    /// The index of the `}` closing a placeholder that starts at `start`, skipping quoted
    /// strings and nested brackets of a query.
    private func closingBrace(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        var quote: Unicode.Scalar?
        var depth = 0
        while i < scalars.count {
            let s = scalars[i]
            if let open = quote {
                if s == "\\" {
                    i += 2
                    continue
                }
                if s == open { quote = nil }
            } else if s == "'" || s == "\"" {
                quote = s
            } else if s == "[" || s == "(" {
                depth += 1
            } else if s == "]" || s == ")" {
                depth -= 1
            } else if s == "}", depth <= 0 {
                return i
            } else if s == "{" {
                return nil
            }
            i += 1
        }
        return nil
    }
}
