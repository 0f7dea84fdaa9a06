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
        // Spelt out as UTF-8 bytes and made a string once: interpolating each index and
        // appending to a `String` piece by piece costs several times more.
        var bytes: [UInt8] = [UInt8(ascii: "$")]
        bytes.reserveCapacity(16 * elements.count + 1)
        for element in elements {
            switch element {
            case .index(let index):
                bytes.append(UInt8(ascii: "["))
                ASCIIDecimal.append(index, to: &bytes)
                bytes.append(UInt8(ascii: "]"))
            case .name(let name):
                bytes.append(UInt8(ascii: "["))
                bytes.append(UInt8(ascii: "'"))
                Self.appendEscaped(name, to: &bytes)
                bytes.append(UInt8(ascii: "'"))
                bytes.append(UInt8(ascii: "]"))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a member name with the escapes of RFC 9535 section 2.7, byte by byte: a
    /// string's UTF-8 is valid, every byte to escape is ASCII, and every other byte (of a
    /// multi-byte scalar too) is copied as it is.
    private static func appendEscaped(_ name: String, to bytes: inout [UInt8]) {
        // Most names need no escape: copied whole from their contiguous bytes.
        let copied: Bool? = name.utf8.withContiguousStorageIfAvailable { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\\") }) else {
                return false
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        guard copied != true else { return }
        for byte in name.utf8 {
            switch byte {
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case UInt8(ascii: "'"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "'")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x00..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [
                    UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)],
                    hex[Int(byte & 0x0F)],
                ])
            default: bytes.append(byte)
            }
        }
    }
}
