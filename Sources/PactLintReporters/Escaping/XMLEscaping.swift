/// Escaping for XML 1.0 text and attribute values (also valid for HTML).
///
/// XML 1.0 cannot hold most C0 controls, even as character references, nor U+FFFE and
/// U+FFFF; those, and the other characters `ControlCharacterEscaping` flags, are written in
/// their visible `\u{…}` form so that nothing is silently lost.
enum XMLEscaping {
    /// `text` escaped for element content: `&`, `<`, `>`; a carriage return as `&#13;` so
    /// that parsers do not normalize it away; line feeds and tabs kept.
    static func text(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `text` escaped for a double- or single-quoted attribute value: as `text(_:)`, plus
    /// quotes, and line feeds and tabs as character references (attribute normalization
    /// would otherwise turn them into spaces).
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "'" where inAttribute: result += "&apos;"
            case "\r": result += "&#13;"
            case "\n": result += inAttribute ? "&#10;" : "\n"
            case "\t": result += inAttribute ? "&#9;" : "\t"
            case "\u{FFFE}", "\u{FFFF}": result += ControlCharacterEscaping.visible(scalar)
            default:
                if ControlCharacterEscaping.needsEscaping(scalar) {
                    result += ControlCharacterEscaping.visible(scalar)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
