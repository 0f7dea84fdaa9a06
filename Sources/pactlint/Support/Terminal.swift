import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the CLI writes, and what it knows about the terminal.
enum Terminal {
    /// Standard error, unbuffered.
    static let standardError = FileHandleOutput(handle: .standardError)
    /// Standard output.
    static let standardOutput = FileHandleOutput(handle: .standardOutput)

    /// Whether standard output is a terminal.
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether colour is wanted for `--color auto`: a terminal, and neither `NO_COLOR` set nor
    /// `TERM=dumb` (see no-color.org).
    static var colorIsWelcome: Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["NO_COLOR"].map({ !$0.isEmpty }) == true { return false }
        if environment["TERM"] == "dumb" { return false }
        return standardOutputIsTerminal
    }
}

/// A `TextOutputStream` over a file handle, so reporters can stream into it.
struct FileHandleOutput: TextOutputStream {
    let handle: FileHandle

    func write(_ string: String) {
        handle.write(Data(string.utf8))
    }
}

extension FileHandleOutput: @unchecked Sendable {}
