/// Escaping for GitHub-flavoured Markdown, where text from a document is data: it must not
/// add links, images, HTML, mentions, emphasis or table columns to a pull-request comment.
enum MarkdownEscaping {
    /// `text` as inline Markdown that renders literally, safe inside a table cell and a
    /// heading: inline punctuation (emphasis, code, links, strikethrough, `$` math) is
    /// backslash-escaped, `|` too (GFM splits table rows before parsing inlines), `<`, `>`, `&` and `@` become entities (no HTML, no
    /// mentions), line breaks become `<br>`, other control characters their visible form.
    static func inline(_ text: String) -> String {
        var visible = ControlCharacterEscaping.escape(text, keeping: ["\n", "\r"])
        // Byte by byte: every character escaped is ASCII, and the bytes of other scalars (all
        // 0x80 or above) are copied as they are. Appending scalar by scalar to a `String` took
        // some 460 instructions a scalar (a SARIF log escapes every rule's texts).
        let escaped = visible.withUTF8 { source in
            var result: [UInt8] = []
            result.reserveCapacity(source.count + 16)
            var previousWasCR = false
            for byte in source {
                defer { previousWasCR = byte == UInt8(ascii: "\r") }
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                    UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "$"):
                    result.append(UInt8(ascii: "\\"))
                    result.append(byte)
                case UInt8(ascii: "<"): result += "&lt;".utf8
                case UInt8(ascii: ">"): result += "&gt;".utf8
                case UInt8(ascii: "&"): result += "&amp;".utf8
                case UInt8(ascii: "@"): result += "&#64;".utf8
                case UInt8(ascii: "\r"): result += "<br>".utf8
                case UInt8(ascii: "\n"): if !previousWasCR { result += "<br>".utf8 }
                default: result.append(byte)
                }
            }
            return result
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// `text` as a code span, fenced with enough backticks to hold the backticks inside it,
    /// and safe in a table cell (`|` escaped, which GFM removes again inside code spans).
    static func code(_ text: String) -> String {
        let visible = ControlCharacterEscaping.escape(text)
        var longestRun = 0
        var run = 0
        for character in visible {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padding = visible.hasPrefix("`") || visible.hasSuffix("`") || visible.hasPrefix(" ") ? " " : ""
        var body = ""
        for character in visible {
            if character == "|" { body += "\\" }
            body.append(character)
        }
        return fence + padding + body + padding + fence
    }
}
