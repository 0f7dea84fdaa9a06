import JSONPath

/// The `{field}` message value: the place's path written the way the format documentation
/// names fields (`actions[2].area`, `safeguards.impact_assessment.done`).
enum FieldPath {
    /// The placeholder name, available in every message.
    static let placeholder = "field"

    static func text(_ path: NormalizedPath) -> String {
        var text = ""
        for element in path.elements {
            switch element {
            case .name(let name):
                if isPlainName(name) {
                    text += text.isEmpty ? name : "." + name
                } else {
                    text += "['" + name.replacingOccurrences(of: "'", with: "\\'") + "']"
                }
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "$" : text
    }

    private static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    ? TermMatcher.isASCIIWordByte(UInt8(scalar.value)) || scalar == "-"
                    : scalar.properties.isAlphabetic
            }
    }
}
