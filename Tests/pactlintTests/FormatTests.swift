import Foundation
import Testing
import _PactLintTestSupport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every `--format` of `check` on the same input: each output parses in its medium and
/// carries the same findings; `--output` writes the file and prints nothing.
@Suite struct FormatTests {
    /// `doc.yaml` (TINY-01 error at 1:1, TINY-03 info at 4:13) and `busy.yaml` (TINY-02
    /// warning at 3:3), checked with the tiny pack.
    static func prepare() throws -> Workdir {
        let workdir = try Workdir()
        try TinyPack.write(to: workdir)
        try workdir.write("doc.yaml", Samples.untitled)
        try workdir.write("busy.yaml", Samples.busy)
        return workdir
    }

    static func check(_ workdir: Workdir, format: String, _ extra: String...) async throws -> PactLintBinary.Result {
        try await workdir.pactlint(
            ["check", "doc.yaml", "busy.yaml", "--format", format] + TinyPack.arguments() + extra)
    }

    @Test func text() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let result = try await Self.check(workdir, format: "text")
        #expect(result.status == 1, "\(result)")
        #expect(
            result.standardOutput == """
                busy.yaml:3:3: warning: 4 actions; at most 3 are allowed [TINY-02]
                  - {id: b1}
                  ^~~~~~~~~~
                doc.yaml:1:1: error: the document has no title [TINY-01]
                id: d1
                ^~~~~~
                  help: Add a `title:` line.
                doc.yaml:4:13: info: action a1 has status tbd [TINY-03]
                    status: tbd
                            ^~~
                2 files checked, 3 rules run: 1 error, 1 warning, 1 info

                """, "\(result)")
        #expect(result.standardError.isEmpty)
    }

    @Test func json() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let result = try await Self.check(workdir, format: "json")
        #expect(result.status == 1, "\(result)")
        let report = try JSONReader.parse(Array(result.standardOutput.utf8))
        #expect(
            report.keys.sorted() == [
                "files", "findings", "principles", "rules", "run", "schemaVersion", "tool", "totals",
            ])
        #expect(report["schemaVersion"] == .int(1))
        #expect(report["tool"]?["name"]?.string == "pactlint")
        #expect(report["tool"]?["rulePackVersion"]?.string == "tiny 0.1.0")
        #expect(report["run"]?["timestamp"]?.string == "2026-11-29T10:00:00Z")
        #expect(report["run"]?["failOn"]?.string == "error")
        // Files are reported sorted by path, whatever the order they were named in.
        #expect(report["files"]?.array?.compactMap { $0["path"]?.string } == ["busy.yaml", "doc.yaml"])
        let findings = report["findings"]?.array ?? []
        #expect(findings.compactMap { $0["ruleId"]?.string } == ["TINY-02", "TINY-01", "TINY-03"])
        let places = findings.map {
            "\($0["location"]?["path"]?.string ?? "?"):\($0["location"]?["line"]?.int ?? 0):\($0["location"]?["column"]?.int ?? 0)"
        }
        #expect(places == ["busy.yaml:3:3", "doc.yaml:1:1", "doc.yaml:4:13"])
        #expect(findings.last?["location"]?["jsonPath"]?.string == "$['actions'][0]['status']")
        #expect(findings.allSatisfy { $0["waived"] == .bool(false) })
        let totals = report["totals"]
        #expect(totals?["errors"] == .int(1) && totals?["warnings"] == .int(1) && totals?["info"] == .int(1))
        #expect(totals?["files"] == .int(2) && totals?["failing"] == .bool(true))
    }

    @Test func sarif() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let result = try await Self.check(workdir, format: "sarif")
        #expect(result.status == 1, "\(result)")
        let log = try JSONReader.parse(Array(result.standardOutput.utf8))
        #expect(log["version"]?.string == "2.1.0")
        #expect(log["$schema"]?.string?.hasSuffix("sarif-2.1.0.json") == true)
        let run = try #require(log["runs"]?.array?.first)
        #expect(run["tool"]?["driver"]?["name"]?.string == "pactlint")
        let ruleIDs = run["tool"]?["driver"]?["rules"]?.array?.compactMap { $0["id"]?.string } ?? []
        #expect(["TINY-01", "TINY-02", "TINY-03"].allSatisfy(ruleIDs.contains), "\(ruleIDs)")
        #expect(run["columnKind"]?.string == "unicodeCodePoints")
        #expect(run["originalUriBaseIds"]?["SRCROOT"]?["uri"]?.string?.hasPrefix("file:///") == true)
        let results = run["results"]?.array ?? []
        #expect(results.compactMap { $0["ruleId"]?.string } == ["TINY-02", "TINY-01", "TINY-03"])
        #expect(results.compactMap { $0["level"]?.string } == ["warning", "error", "note"])
        let location = results.last?["locations"]?.array?.first?["physicalLocation"]
        #expect(location?["artifactLocation"]?["uri"]?.string == "doc.yaml")
        #expect(location?["artifactLocation"]?["uriBaseId"]?.string == "SRCROOT")
        #expect(location?["region"]?["startLine"] == .int(4) && location?["region"]?["startColumn"] == .int(13))
        #expect(results.allSatisfy { $0["partialFingerprints"]?.object?.isEmpty == false })
    }

    @Test func junit() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let result = try await Self.check(workdir, format: "junit")
        #expect(result.status == 1, "\(result)")
        let collector = XMLCollector()
        let parser = XMLParser(data: result.stdoutBytes)
        parser.delegate = collector
        #expect(parser.parse(), "well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(collector.elements.first == "testsuites")
        #expect(collector.attributes("testsuite").compactMap { $0["name"] } == ["busy.yaml", "doc.yaml"])
        #expect(
            collector.attributes("failure").compactMap { $0["message"] }.sorted() == [
                "4 actions; at most 3 are allowed", "action a1 has status tbd", "the document has no title",
            ])
    }

    @Test func github() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let result = try await Self.check(workdir, format: "github")
        #expect(result.status == 1, "\(result)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let commands = lines.filter { $0.hasPrefix("::") }
        #expect(
            commands == [
                "::warning file=busy.yaml,line=3,col=3,endLine=6,endColumn=13,title=TINY-02::4 actions; at most 3 are allowed",
                "::error file=doc.yaml,line=1,col=1,endLine=6,endColumn=17,title=TINY-01::the document has no title%0Ahelp: Add a `title:` line.",
                "::notice file=doc.yaml,line=4,col=13,endLine=4,endColumn=16,title=TINY-03::action a1 has status tbd",
            ])
        // Only the summary line is not a workflow command.
        #expect(
            lines.filter { !$0.hasPrefix("::") } == [
                "pactlint: 2 files, 3 rules: 1 error, 1 warning, 1 info; 0 waived (not annotated); 0 hidden by baseline"
            ])
    }

    @Test func markdown() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let result = try await Self.check(workdir, format: "markdown")
        #expect(result.status == 1, "\(result)")
        let text = result.standardOutput
        #expect(text.hasPrefix("## pactlint: 1 error, 1 warning, 1 info\n"), "\(result)")
        #expect(text.contains("| Clarity | 1 | 1 | 1 | 0 |"))
        #expect(text.contains("### `busy.yaml` · document 0: Busy"))
        #expect(text.contains("### `doc.yaml` · document 0 (`d1`)"))
        #expect(text.contains("| `TINY-03` Actions have a settled status | 4:13 `$['actions'][0]['status']` |"))
    }

    @Test func html() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let result = try await Self.check(workdir, format: "html")
        #expect(result.status == 1, "\(result)")
        let html = result.standardOutput
        #expect(html.hasPrefix("<!DOCTYPE html>") || html.hasPrefix("<!doctype html>"), "\(html.prefix(80))")
        #expect(html.contains("</html>"))
        for text in ["the document has no title", "4 actions; at most 3 are allowed", "action a1 has status tbd"] {
            #expect(html.contains(text), "\(text) in the HTML report")
        }
        // Self-contained: no external scripts, styles or images.
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("<link"))
    }

    @Test(arguments: ["text", "json", "sarif", "junit", "github", "markdown", "html"])
    func outputWritesTheFileAndPrintsNothing(format: String) async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let printed = try await Self.check(workdir, format: format)
        let written = try await Self.check(workdir, format: format, "--output", "report.out")
        #expect(written.status == 1, "\(written)")
        #expect(written.standardOutput.isEmpty, "\(written)")
        #expect(written.standardError.isEmpty, "\(written)")
        #expect(workdir.read("report.out") == printed.standardOutput)
    }

    /// `--output` opens its file in place, as a shell's `>` does: through a symbolic link, and
    /// keeping an existing file's mode. Written to a temporary file and renamed, the report
    /// replaced the link, and run as root it replaced `/dev/null` with a regular file.
    @Test func outputWritesThroughASymbolicLinkAndKeepsTheFile() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        try workdir.write(
            "reports/kept.json", "old report, longer than the new one will be…" + String(repeating: "x", count: 100_000)
        )
        let target = workdir.url.appendingPathComponent("reports/kept.json").path
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
        try FileManager.default.createSymbolicLink(
            atPath: workdir.url.appendingPathComponent("latest.json").path, withDestinationPath: "reports/kept.json")

        let printed = try await Self.check(workdir, format: "json")
        let written = try await Self.check(workdir, format: "json", "--output", "latest.json")
        #expect(written.status == 1, "\(written)")
        let link = try FileManager.default.destinationOfSymbolicLink(
            atPath: workdir.url.appendingPathComponent("latest.json").path)
        #expect(link == "reports/kept.json")
        #expect(workdir.read("reports/kept.json") == printed.standardOutput)
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func outputToAnUnwritablePlaceExitsTwo() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let result = try await Self.check(workdir, format: "json", "--output", "no/such/dir/report.json")
        #expect(result.status == 2, "\(result)")
        #expect(result.standardError.contains("no/such/dir/report.json: error: cannot write the report"))
    }

    /// A device is written to, not replaced: `/dev/full` refuses every write, and the error
    /// says why.
    @Test func outputToAFullDeviceSaysWhy() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
        try #require(type == .typeCharacterSpecial, "/dev/full is not the full device here")
        let result = try await Self.check(workdir, format: "json", "--output", "/dev/full")
        #expect(result.status == 2, "\(result)")
        #expect(result.standardError == "/dev/full: error: cannot write the report (No space left on device)\n")
        let after = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
        #expect(after == .typeCharacterSpecial)
    }

    /// Standard output that refuses the report (a full disk, a file-size limit) is an error,
    /// not a cut report behind the findings' exit status.
    @Test func standardOutputToAFullDeviceSaysWhy() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let binary = try #require(PactLintBinary.url, "the pactlint executable was not found")
        let arguments = ["check", "doc.yaml", "busy.yaml", "--format", "json"] + TinyPack.arguments()
        let quoted = ([binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let result = try ExternalTool.run(["sh", "-c", "cd '\(workdir.url.path)' && \(quoted) > /dev/full"])
        #expect(result.status == 2, "\(result.output)")
        #expect(result.output == "error: cannot write the report to standard output (No space left on device)\n")
    }

    @Test func quietPrintsNothingButKeepsTheStatus() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let result = try await Self.check(workdir, format: "text", "--quiet")
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty && result.standardError.isEmpty, "\(result)")
    }

    @Test func unknownFormatIsAUsageError() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let result = try await Self.check(workdir, format: "yaml")
        #expect(result.status == 2, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("yaml"))
    }
}

/// Collects element names and attributes while parsing XML.
final class XMLCollector: NSObject, XMLParserDelegate, @unchecked Sendable {
    private(set) var elements: [String] = []
    private var attributeLists: [(String, [String: String])] = []

    func attributes(_ element: String) -> [[String: String]] {
        attributeLists.filter { $0.0 == element }.map(\.1)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(elementName)
        attributeLists.append((elementName, attributes))
    }
}
