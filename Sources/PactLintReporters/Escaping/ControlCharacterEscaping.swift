/// Makes terminal control characters visible, so text taken from a document or a rule cannot
/// colour the terminal, move its cursor, retitle its window or reorder what a reader sees.
///
/// The text, JUnit, GitHub and Markdown formats and the rule list apply this to untrusted text
/// before their own escaping, since each may end up in a terminal or a CI log. JSON and SARIF
/// escape control characters as `\u` sequences; HTML has its own filter.
enum ControlCharacterEscaping {
    /// Whether `scalar` is one this escaping makes visible: C0 controls, DEL, C1 controls,
    /// the Unicode bidirectional overrides and isolates ("Trojan Source"), and the line and
    /// paragraph separators.
    static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        case 0x2028, 0x2029: true
        default: false
        }
    }

    /// The visible form of `scalar`: `\e` for ESC, `\n`, `\r`, `\t`, otherwise `\u{…}` in hex.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{1B}": "\\e"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }

    /// `text` with every control character made visible. Characters in `keeping` (for
    /// example `"\n"` for multi-line help text) pass through unchanged.
    static func escape(_ text: String, keeping: Set<Unicode.Scalar> = []) -> String {
        guard text.unicodeScalars.contains(where: { needsEscaping($0) && !keeping.contains($0) }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscaping(scalar) && !keeping.contains(scalar) {
                result += visible(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
