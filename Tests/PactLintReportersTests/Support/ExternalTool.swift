import Foundation

/// Runs a validator program (python3 with jsonschema, xmllint) and captures its output.
enum ExternalTool {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `arguments` through `/usr/bin/env`, so the program is found on `PATH`; status 127
    /// means it was not found.
    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
