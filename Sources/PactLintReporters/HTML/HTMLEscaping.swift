/// Escaping of untrusted text (from documents and rules) for HTML, so that it is always data.
///
/// The output is also well-formed XML, which the tests use to check the page's structure:
/// characters that XML 1.0 cannot hold and that HTML treats as parse errors (C0 controls other
/// than tab, line feed and carriage return, DEL and C1 controls, noncharacters U+FFFE/U+FFFF)
/// become U+FFFD.
enum HTMLEscaping {
    /// Escapes `text` for use as element content.
    static func text(_ text: String) -> String {
        escape(text)
    }

    /// Escapes `value` for use inside a double-quoted attribute value.
    static func attribute(_ value: String) -> String {
        escape(value)
    }

    /// Whether `value` may become an `<a href>`: only absolute `http(s)` URLs without whitespace
    /// or control characters; everything else (javascript:, data:, relative paths) stays text.
    static func isSafeExternalLink(_ value: String) -> Bool {
        let lowered = value.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return false }
        let afterScheme = lowered.drop(while: { $0 != ":" }).dropFirst(3)
        guard let host = afterScheme.split(separator: "/", omittingEmptySubsequences: false).first, !host.isEmpty
        else { return false }
        return value.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value < 0x7F && scalar != "\"" && scalar != "<" && scalar != ">"
                && scalar != "\\" && scalar != "`"
        }
    }

    private static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0x7F...0x9F: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
