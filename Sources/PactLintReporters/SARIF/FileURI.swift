/// File paths as the URIs SARIF wants: artifacts relative to the working directory (resolved
/// through `originalUriBaseIds`), the working directory itself as a `file:` URI.
enum FileURI {
    /// The `file:` URI of `directory`, with the trailing slash SARIF requires of a base URI.
    static func directory(_ directory: String) -> String {
        let path = normalized(directory.hasPrefix("/") ? directory : "/" + directory)
        return "file://" + encode(path.hasSuffix("/") ? path : path + "/")
    }

    /// The URI of the file at `path` (as given on the command line): relative, when the file
    /// is inside `workingDirectory`, otherwise an absolute `file:` URI.
    static func artifact(_ path: String, workingDirectory: String) -> (uri: String, isRelative: Bool) {
        let base = normalized(workingDirectory)
        let absolute = normalized(path.hasPrefix("/") ? path : base + "/" + path)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        if absolute.hasPrefix(prefix), absolute.count > prefix.count {
            return (encode(String(absolute.dropFirst(prefix.count))), true)
        }
        return ("file://" + encode(absolute), false)
    }

    /// `path` with `.` and empty components removed and `..` resolved lexically.
    static func normalized(_ path: String) -> String {
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return (path.hasPrefix("/") ? "/" : "") + components.joined(separator: "/")
    }

    /// `path` percent-encoded (RFC 3986): unreserved characters and `/` stay, every other
    /// byte of the UTF-8 becomes `%XX`, so spaces, `#`, `?`, `:` and non-ASCII names survive.
    static func encode(_ path: String) -> String {
        // Byte by byte into bytes, made a string once: appending scalar by scalar to a
        // `String` cost some 460 instructions a byte.
        var result: [UInt8] = []
        result.reserveCapacity(path.utf8.count + 8)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.append(byte)
            default:
                result.append(UInt8(ascii: "%"))
                result.append(hexDigits[Int(byte >> 4)])
                result.append(hexDigits[Int(byte & 0xF)])
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Uppercase hex digits, by value.
    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
