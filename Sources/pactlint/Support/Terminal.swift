import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the CLI writes, and what it knows about the terminal.
enum Terminal {
    /// Standard error, unbuffered. Diagnostics quote source lines of documents, rule files and
    /// configurations, so control characters are made visible there as in the text report.
    static let standardError = FileHandleOutput(handle: .standardError, escapesControlCharacters: true)
    /// Standard output.
    static let standardOutput = FileHandleOutput(handle: .standardOutput)

    /// Whether standard output is a terminal.
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether colour is wanted for `--color auto`: a terminal, and neither `NO_COLOR` set nor
    /// `TERM=dumb` (see no-color.org).
    static var colorIsWelcome: Bool {
        // `getenv`, not `ProcessInfo.environment`, which copies the whole environment into a
        // dictionary to read two variables.
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return standardOutputIsTerminal
    }
}

/// A `TextOutputStream` over a file handle, so reporters can stream into it.
struct FileHandleOutput: TextOutputStream {
    let handle: FileHandle
    /// Whether terminal control characters (but line breaks and tabs) are written as `\e`,
    /// `\u{7}`…, so that quoted text cannot colour the terminal or move its cursor.
    var escapesControlCharacters = false

    func write(_ string: String) {
        handle.write(Data((escapesControlCharacters ? Self.visible(string) : string).utf8))
    }

    /// `text` with C0 and C1 controls, DEL, bidirectional controls and line separators made
    /// visible (the escaping of the text report).
    static func visible(_ text: String) -> String {
        func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x0A, 0x09: false
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0x2028, 0x2029:
                true
            default: false
            }
        }
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if !needsEscaping(scalar) {
                result.unicodeScalars.append(scalar)
            } else if scalar == "\u{1B}" {
                result += "\\e"
            } else if scalar == "\r" {
                result += "\\r"
            } else {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }
}

extension FileHandleOutput: @unchecked Sendable {}
