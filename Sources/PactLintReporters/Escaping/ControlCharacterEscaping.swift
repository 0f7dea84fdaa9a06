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
        var utf8 = text
        guard !utf8.withUTF8(isPlain),
            text.unicodeScalars.contains(where: { needsEscaping($0) && !keeping.contains($0) })
        else {
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

    /// Whether the UTF-8 `text` holds no scalar `needsEscaping` matches, decided from its bytes
    /// (eight ASCII bytes at a time) without decoding scalars.
    static func isPlain(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index < text.count {
            if index + 8 <= text.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // For bytes below 0x80: some byte is below 0x20 exactly when
                // `(x &- ones &* 0x20) & ~x & highBits` is non-zero, and some is DEL when that
                // holds for `x ^ (ones &* 0x7F)` and 1.
                let deletes = word ^ (ones &* 0x7F)
                let special = ((word &- ones &* 0x20) & ~word) | ((deletes &- ones) & ~deletes)
                if word & highBits == 0 && special & highBits == 0 {
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            let next = index + 1 < text.count ? base[index + 1] : 0
            let third = index + 2 < text.count ? base[index + 2] : 0
            switch byte {
            case 0x00...0x1F, 0x7F: return false
            // U+0080...U+009F
            case 0xC2 where (0x80...0x9F).contains(next): return false
            // U+061C
            case 0xD8 where next == 0x9C: return false
            // U+200E, U+200F, U+2028...U+202E
            case 0xE2 where next == 0x80 && (third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third)):
                return false
            // U+2066...U+2069
            case 0xE2 where next == 0x81 && (0xA6...0xA9).contains(third): return false
            default: index += 1
            }
        }
        return true
    }
}
