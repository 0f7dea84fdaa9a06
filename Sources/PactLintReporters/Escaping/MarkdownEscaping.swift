/// Escaping for GitHub-flavoured Markdown, where text from a document is data: it must not
/// add links, images, HTML, mentions, emphasis or table columns to a pull-request comment.
enum MarkdownEscaping {
    /// `text` as inline Markdown that renders literally, safe inside a table cell and a
    /// heading: inline punctuation (emphasis, code, links, strikethrough, `$` math) is
    /// backslash-escaped, `|` too (GFM splits table rows before parsing inlines), `<`, `>`, `&` and `@` become entities (no HTML, no
    /// mentions), line breaks become `<br>`, other control characters their visible form.
    static func inline(_ text: String) -> String {
        let visible = ControlCharacterEscaping.escape(text, keeping: ["\n", "\r"])
        var result = ""
        result.reserveCapacity(visible.utf8.count + 16)
        var previousWasCR = false
        for scalar in visible.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "~", "$":
                result += "\\"
                result.unicodeScalars.append(scalar)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "@": result += "&#64;"
            case "\r": result += "<br>"
            case "\n": if !previousWasCR { result += "<br>" }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
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
