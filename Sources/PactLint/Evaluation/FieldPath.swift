import JSONPath

/// The `{field}` message value: the place's path written the way the format documentation
/// names fields (`actions[2].area`, `safeguards.impact_assessment.done`).
enum FieldPath {
    /// The placeholder name, available in every message.
    static let placeholder = "field"

    static func text(_ path: NormalizedPath) -> String {
        // Spelt out as UTF-8 bytes and made a string once (see `NormalizedPath.description`).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16 * path.elements.count)
        for element in path.elements {
            switch element {
            case .name(let name):
                if isPlainName(name) {
                    if !bytes.isEmpty { bytes.append(UInt8(ascii: ".")) }
                    bytes.append(contentsOf: name.utf8)
                } else {
                    bytes.append(UInt8(ascii: "["))
                    bytes.append(UInt8(ascii: "'"))
                    if name.utf8.allSatisfy({ $0 < 0x80 }) {
                        for byte in name.utf8 {
                            if byte == UInt8(ascii: "'") { bytes.append(UInt8(ascii: "\\")) }
                            bytes.append(byte)
                        }
                    } else {
                        // Outside ASCII an apostrophe may begin a longer character, which
                        // `replacingOccurrences` leaves alone.
                        bytes.append(contentsOf: name.replacingOccurrences(of: "'", with: "\\'").utf8)
                    }
                    bytes.append(UInt8(ascii: "'"))
                    bytes.append(UInt8(ascii: "]"))
                }
            case .index(let index):
                bytes.append(UInt8(ascii: "["))
                bytes.append(contentsOf: String(index).utf8)
                bytes.append(UInt8(ascii: "]"))
            }
        }
        return bytes.isEmpty ? "$" : String(decoding: bytes, as: UTF8.self)
    }

    private static func isPlainName(_ name: String) -> Bool {
        guard !name.isEmpty else { return false }
        // ASCII names (nearly all) are decided on their bytes, without the Unicode tables.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return name.utf8.allSatisfy { TermMatcher.isASCIIWordByte($0) || $0 == UInt8(ascii: "-") }
        }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                ? TermMatcher.isASCIIWordByte(UInt8(scalar.value)) || scalar == "-"
                : scalar.properties.isAlphabetic
        }
    }
}
