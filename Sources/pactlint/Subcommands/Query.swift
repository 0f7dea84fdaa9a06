import ArgumentParser
import Foundation
import JSONPath
import PactLint
import YAMLSource

/// `pactlint query`: runs one JSONPath query over YAML or JSON files, as jq does for JSON, so
/// rule authors can see what a rule's query selects and where.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Print the nodes an RFC 9535 JSONPath query selects, with their paths and positions.",
        discussion: """
            Prints a JSON array with one entry per selected node, in document order: file, \
            document index, normalized path, the node's start and end (line and column, 1-based, \
            columns in Unicode scalars) and its value. Reads standard input when no file is given.
            """
    )

    @Argument(help: ArgumentHelp("The query, e.g. \"$.actions[?@.area == 'protection'].id\".", valueName: "query"))
    var query: String?

    @Argument(help: ArgumentHelp("YAML or JSON files (default: standard input).", valueName: "file"))
    var files: [String] = []

    @Option(
        name: .customLong("query-file"),
        help: ArgumentHelp(
            "Read the query from this file (one final line break is dropped); the first argument is then a file.",
            valueName: "file"))
    var queryFile: String?

    func validate() throws {
        if query == nil && queryFile == nil { throw ValidationError("give a query, or --query-file FILE") }
    }

    func run() throws {
        var files = files
        let text: String
        if let queryFile {
            guard let data = FileManager.default.contents(atPath: queryFile) else {
                Terminal.standardError.write("\(queryFile): error: cannot read the query file\n")
                throw ExitCode(ExitStatus.usageOrConfiguration)
            }
            // With --query-file, a positional argument is a document, not the query.
            if let query { files.insert(query, at: 0) }
            var contents = String(decoding: data, as: UTF8.self)
            if contents.hasSuffix("\r\n") {
                contents.removeLast(2)
            } else if contents.hasSuffix("\n") {
                contents.removeLast()
            }
            text = contents
        } else {
            text = query ?? ""
        }
        let compiled: JSONPathQuery
        do {
            compiled = try JSONPathQuery(text)
        } catch {
            Terminal.standardError.write("error: invalid JSONPath query\n\(error.rendered())\n")
            throw ExitCode(ExitStatus.usageOrConfiguration)
        }

        var entries: [String] = []
        var failed = false
        let inputs = files.isEmpty ? ["-"] : files
        for path in inputs {
            let source: SourceFile
            if path == "-" {
                source = SourceFile(path: "<stdin>", bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile()))
            } else if let data = FileManager.default.contents(atPath: path) {
                source = SourceFile(path: path, bytes: [UInt8](data))
            } else {
                Terminal.standardError.write("\(path): error: cannot read the file\n")
                failed = true
                continue
            }
            do {
                let stream = try YAMLLoader().load(source)
                for document in stream.documents {
                    for match in compiled.evaluate(root: document.root) {
                        entries.append(entry(for: match, document: document.index, file: source.path))
                    }
                }
            } catch {
                Terminal.standardError.write(error.rendered(source: source) + "\n")
                failed = true
            }
        }
        let body = entries.isEmpty ? "[]" : "[\n" + entries.joined(separator: ",\n") + "\n]"
        Terminal.standardOutput.write(body + "\n")
        if failed { throw ExitCode(ExitStatus.findings) }
    }

    private func entry(for match: JSONPathMatch<YAMLNode>, document: Int, file: String) -> String {
        let span = match.node.span
        let fields = [
            ("file", JSONText.string(file)),
            ("document", String(document)),
            ("path", JSONText.string(match.path.description)),
            ("line", String(span.start.line)),
            ("column", String(span.start.column)),
            ("endLine", String(span.end.line)),
            ("endColumn", String(span.end.column)),
            ("value", JSONText.value(of: match.node)),
        ]
        return "  {" + fields.map { "\(JSONText.string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }
}
