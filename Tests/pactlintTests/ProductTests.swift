import Foundation
import Testing
import _PactLintTestSupport

/// The built-in pack over the repository's sample partnerships, schema validation of the
/// machine formats by the reference validators, and colour on a real terminal.
@Suite struct ProductTests {
    /// The repository root, found from this source file.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL

    /// A work directory holding a copy of `Samples/` (with its portfolio folder).
    static func samples() throws -> Workdir {
        let workdir = try Workdir()
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("Samples"), to: workdir.url.appendingPathComponent("Samples"))
        return workdir
    }

    @Test(arguments: ["text", "json", "sarif", "junit", "github", "markdown", "html"])
    func builtInPackOverTheSamplesDoesNotDependOnJobs(format: String) async throws {
        let workdir = try Self.samples()
        defer { workdir.remove() }
        let one = try await workdir.pactlint("check", "Samples", "--format", format, "--jobs", "1")
        let four = try await workdir.pactlint("check", "Samples", "--format", format, "--jobs", "4")
        #expect(one.status == 1, "the samples have errors: \(one.standardError)")
        #expect(one.standardError.isEmpty)
        #expect(one.stdoutBytes.count > 1000)
        #expect(one.stdoutBytes == four.stdoutBytes, "--jobs 1 and --jobs 4 differ in \(format)")
    }

    @Test func samplesReportEveryFileAndRule() async throws {
        let workdir = try Self.samples()
        defer { workdir.remove() }
        let result = try await workdir.pactlint("check", "Samples", "--format", "json")
        let report = try JSONReader.parse(Array(result.standardOutput.utf8))
        let files = report["files"]?.array?.compactMap { $0["path"]?.string } ?? []
        #expect(files.count >= 6)
        #expect(files == files.sorted(), "directory files are sorted: \(files)")
        #expect(files.allSatisfy { $0.hasPrefix("Samples/") })
        let findings = report["findings"]?.array ?? []
        #expect(!findings.isEmpty)
        // Every finding's rule is in `rules`, and every finding has a located JSONPath.
        let rules = Set(report["rules"]?.array?.compactMap { $0["id"]?.string } ?? [])
        #expect(findings.allSatisfy { rules.contains($0["ruleId"]?.string ?? "") })
        #expect(findings.allSatisfy { ($0["location"]?["line"]?.int ?? 0) >= 1 })
    }

    // MARK: - Reference validators

    /// Runs a validator; a missing one fails the test (it is never skipped).
    static func validate(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try ExternalTool.run(arguments)
        return (result.status, result.output)
    }

    static let schemas = repository.appendingPathComponent("Tests/PactLintReportersTests/Resources")

    @Test func sarifValidatesAgainstTheSchema() async throws {
        let workdir = try Self.samples()
        defer { workdir.remove() }
        try workdir.write("Samples/waived.yaml", "# pactlint-disable-next-line FMT-01 -- test\nid: x\n")
        let result = try await workdir.pactlint("check", "Samples", "--format", "sarif", "--output", "out.sarif")
        #expect(result.status == 1)
        let outcome = try Self.validate([
            "python3", "-c", ExternalTool.jsonSchemaScript,
            Self.schemas.appendingPathComponent("sarif-schema-2.1.0.json").path,
            workdir.url.appendingPathComponent("out.sarif").path,
        ])
        #expect(outcome.status == 0, "SARIF schema validation (needs python3 with jsonschema): \(outcome.output)")
    }

    @Test(arguments: ["junit-10.xsd", "windyroad-JUnit.xsd"])
    func junitValidatesAgainstTheSchemas(schema: String) async throws {
        let workdir = try Self.samples()
        defer { workdir.remove() }
        try workdir.write("Samples/broken.yaml", "a: [\n")
        let result = try await workdir.pactlint("check", "Samples", "--format", "junit", "--output", "out.xml")
        #expect(result.status == 1)
        let outcome = try Self.validate([
            "xmllint", "--noout", "--schema", Self.schemas.appendingPathComponent(schema).path,
            workdir.url.appendingPathComponent("out.xml").path,
        ])
        #expect(outcome.status == 0, "xmllint --schema \(schema) (needs libxml2-utils): \(outcome.output)")
    }

    // MARK: - Colour on a terminal

    /// Runs pactlint under `script`, which gives it a pseudo-terminal as standard output.
    static func onTerminal(_ workdir: Workdir, _ arguments: String, environment: [String: String]) throws -> String {
        guard let binary = PactLintBinary.url else {
            Issue.record("the pactlint executable was not found")
            return ""
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["script", "-qec", "'\(binary.path)' \(arguments)", "/dev/null"]
        process.currentDirectoryURL = workdir.url
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = nil
        variables["TERM"] = "xterm"
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus != 127, "`script` (util-linux) is needed for the terminal tests")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func colourOnlyOnATerminalWithoutNoColor() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("doc.yaml", Samples.untitled)
        let arguments = "check doc.yaml --no-default-rules --rules tiny"
        let terminal = try Self.onTerminal(workdir, arguments, environment: [:])
        #expect(
            terminal.contains("\u{1B}[1;31merror:\u{1B}[0m"), "auto colours a terminal: \(terminal.debugDescription)")
        let noColor = try Self.onTerminal(workdir, arguments, environment: ["NO_COLOR": "1"])
        #expect(noColor.contains("doc.yaml:1:1: error: the document has no title"), "\(noColor.debugDescription)")
        #expect(!noColor.contains("\u{1B}["), "NO_COLOR turns colour off")
        let dumb = try Self.onTerminal(workdir, arguments, environment: ["TERM": "dumb"])
        #expect(dumb.contains("doc.yaml:1:1: error:") && !dumb.contains("\u{1B}["), "TERM=dumb turns colour off")
        let never = try Self.onTerminal(workdir, arguments + " --color never", environment: [:])
        #expect(never.contains("doc.yaml:1:1: error:") && !never.contains("\u{1B}["))
        // Written to a file, the report has no colour even when run from a terminal.
        _ = try Self.onTerminal(workdir, arguments + " --output report.txt", environment: [:])
        let file = try #require(workdir.read("report.txt"))
        #expect(file.hasPrefix("doc.yaml:1:1: error: the document has no title [TINY-01]\n"))
    }
}
