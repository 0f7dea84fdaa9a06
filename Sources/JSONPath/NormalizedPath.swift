/// The normalized path of a node (RFC 9535 section 2.7): the unique path from the root to the
/// node, written as `$['name'][0]`.
public struct NormalizedPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a normalized path.
    public enum Element: Sendable, Hashable {
        /// A member of an object, by name.
        case name(String)
        /// An element of an array, by its non-negative position.
        case index(Int)
    }

    /// The steps from the root to the node; empty for the root itself.
    public var elements: [Element]

    /// Creates a path from its steps.
    public init(_ elements: [Element] = []) {
        self.elements = elements
    }

    /// The path of the root node, `$`.
    public static let root = NormalizedPath()

    /// The path extended by one step.
    public func appending(_ element: Element) -> NormalizedPath {
        NormalizedPath(elements + [element])
    }

    /// The path in RFC 9535 normal form, e.g. `$['a'][0]`, with the RFC's escaping of names.
    public var description: String {
        var text = "$"
        for element in elements {
            switch element {
            case .index(let index):
                text += "[\(index)]"
            case .name(let name):
                text += "['"
                Self.appendEscaped(name, to: &text)
                text += "']"
            }
        }
        return text
    }

    /// Escapes a member name as `normal-single-quoted` (RFC 9535 section 2.7) requires.
    private static func appendEscaped(_ name: String, to text: inout String) {
        // Most names need no escape: appended whole, not scalar by scalar (appending to the
        // unicode scalar view costs hundreds of instructions per scalar).
        guard name.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\\") }) else {
            text += name
            return
        }
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "'": text += "\\'"
            case "\\": text += "\\\\"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                text += "\\u00" + (hex.count == 1 ? "0" : "") + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
    }
}
