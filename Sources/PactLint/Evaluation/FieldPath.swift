import JSONPath

/// The `{field}` message value: the place's path written the way the format documentation
/// names fields (`actions[2].area`, `safeguards.impact_assessment.done`).
enum FieldPath {
    /// The placeholder name, available in every message.
    static let placeholder = "field"

    static func text(_ path: NormalizedPath) -> String {
        // Spelt out as UTF-8 bytes and made a string once (see `UTF8Bytes`).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16 * path.elements.count)
        append(path, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text(path)` as UTF-8 bytes (a message is built as bytes).
    static func append(_ path: NormalizedPath, to bytes: inout [UInt8]) {
        // Names after the first get a dot: counted from where this path begins.
        let start = bytes.count
        for element in path.elements {
            switch element {
            case .name(let name):
                let first = bytes.count == start
                let done = name.utf8.withContiguousStorageIfAvailable { appendASCIIName($0, to: &bytes, first: first) }
                if done != true { appendName(name, to: &bytes, first: first) }
            case .index(let index):
                bytes.append(UInt8(ascii: "["))
                ASCIIDecimal.append(index, to: &bytes)
                bytes.append(UInt8(ascii: "]"))
            }
        }
        if bytes.count == start { bytes.append(UInt8(ascii: "$")) }
    }

    /// Appends an ASCII name, plain (`.name`) or quoted (`['a b']`), in one pass over its
    /// bytes; false, appending nothing, for a name outside ASCII.
    private static func appendASCIIName(
        _ name: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8], first: Bool
    ) -> Bool {
        var plain = !name.isEmpty
        for byte in name {
            guard byte < 0x80 else { return false }
            if plain, !(TermMatcher.isASCIIWordByte(byte) || byte == UInt8(ascii: "-")) { plain = false }
        }
        if plain {
            if !first { bytes.append(UInt8(ascii: ".")) }
            bytes.append(contentsOf: name)
            return true
        }
        bytes.append(UInt8(ascii: "["))
        bytes.append(UInt8(ascii: "'"))
        for byte in name {
            if byte == UInt8(ascii: "'") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "'"))
        bytes.append(UInt8(ascii: "]"))
        return true
    }

    /// Appends any name, plain or quoted, deciding by its Unicode scalars.
    private static func appendName(_ name: String, to bytes: inout [UInt8], first: Bool) {
        if isPlainName(name) {
            if !first { bytes.append(UInt8(ascii: ".")) }
            UTF8Bytes.append(name, to: &bytes)
        } else {
            bytes.append(UInt8(ascii: "["))
            bytes.append(UInt8(ascii: "'"))
            // An apostrophe may begin a longer character (with a combining accent), which
            // `replacingOccurrences` leaves alone.
            UTF8Bytes.append(name.replacingOccurrences(of: "'", with: "\\'"), to: &bytes)
            bytes.append(UInt8(ascii: "'"))
            bytes.append(UInt8(ascii: "]"))
        }
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
