import Foundation

/// Runs a validator program (python3 with jsonschema, xmllint) and captures its output.
public enum ExternalTool {
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
    }

    /// Runs `arguments` through `/usr/bin/env`, so the program is found on `PATH`; status 127
    /// means it was not found.
    public static func run(_ arguments: [String]) throws -> Result {
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

    /// A Python program: `python3 -c SCRIPT SCHEMA DOCUMENT` validates a JSON document against a
    /// Draft 4 JSON Schema (as SARIF 2.1.0's is); exit 0 valid, 1 invalid (errors listed), 3 when
    /// `jsonschema` is not installed.
    public static let jsonSchemaScript = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            print("the Python package jsonschema is not installed: run `pip install jsonschema`")
            sys.exit(3)
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        errors = list(jsonschema.Draft4Validator(schema).iter_errors(document))
        for error in errors:
            print("/" + "/".join(str(part) for part in error.absolute_path) + ": " + error.message)
        sys.exit(1 if errors else 0)
        """
}
