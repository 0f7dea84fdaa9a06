/// Escaping for GitHub Actions workflow commands (`::error file=…,line=…::message`).
///
/// The runner decodes `%25`, `%0D`, `%0A` in a command's data, and additionally `%3A` and
/// `%2C` in its properties. Escaping those characters keeps a hostile message on one line
/// (so it cannot start a line with `::` and forge a command) and keeps a hostile path or rule
/// id from closing a property early. Other control characters are made visible first, since
/// the Actions log renders ANSI colours.
enum WorkflowCommandEscaping {
    /// `text` escaped as a command's data (after the second `::`).
    static func data(_ text: String) -> String {
        escape(text, inProperty: false)
    }

    /// `text` escaped as a property value (`file=`, `title=`).
    static func property(_ text: String) -> String {
        escape(text, inProperty: true)
    }

    private static func escape(_ text: String, inProperty: Bool) -> String {
        let visible = ControlCharacterEscaping.escape(text, keeping: ["\r", "\n"])
        var result = ""
        result.reserveCapacity(visible.utf8.count + 8)
        for scalar in visible.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where inProperty: result += "%3A"
            case "," where inProperty: result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
