import Foundation
import Testing
import _PactLintTestSupport

/// `--version`, `--help`, `rules`, `explain`, `test`, `init` and `query`, run as a user would.
@Suite struct CommandTests {
    // MARK: - Version and help

    @Test func versionPrintsOneLineAndExitsZero() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        let result = try await workdir.pactlint("--version")
        #expect(result.status == 0, "\(result)")
        let line = result.standardOutput.trimmingCharacters(in: .newlines)
        #expect(!line.isEmpty && !line.contains("\n"), "\(result)")
        #expect(line.first?.isNumber == true, "a version number: \(line)")
    }

    @Test func helpListsEverySubcommand() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        let result = try await workdir.pactlint("--help")
        #expect(result.status == 0, "\(result)")
        for command in ["check", "rules", "explain", "test", "init", "query"] {
            #expect(result.standardOutput.contains("  \(command) "), "\(command) in: \(result.standardOutput)")
        }
        let check = try await workdir.pactlint("check", "--help")
        #expect(check.status == 0)
        for option in [
            "--format", "--output", "--fail-on", "--rules", "--no-default-rules", "--config", "--baseline",
            "--write-baseline", "--jobs", "--color", "--quiet", "--stdin-filename",
        ] {
            #expect(check.standardOutput.contains(option), "\(option) in check --help")
        }
    }

    @Test func noSubcommandIsAUsageError() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        let result = try await workdir.pactlint("frobnicate")
        #expect(result.status == 2, "\(result)")
        #expect(result.standardError.contains("frobnicate"), "\(result)")
    }

    // MARK: - rules

    @Test func rulesAsTextTable() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        let result = try await workdir.pactlint(["rules"] + TinyPack.arguments())
        #expect(result.status == 0, "\(result)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.first?.contains("NAME") == true && lines.first?.contains("SEVERITY") == true)
        #expect(lines.contains { $0.hasPrefix("TINY-01") && $0.contains("needs-title") && $0.contains("error") })
        #expect(lines.contains { $0.hasPrefix("TINY-02") && $0.contains("few-actions") && $0.contains("warning") })
        #expect(lines.contains { $0.hasPrefix("TINY-03") && $0.contains("no-tbd") && $0.contains("info") })
        #expect(lines.last == "3 rules")
    }

    @Test func rulesAsJSON() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        let result = try await workdir.pactlint(["rules", "--format", "json"] + TinyPack.arguments())
        #expect(result.status == 0, "\(result)")
        let list = try JSONReader.parse(Array(result.standardOutput.utf8))
        #expect(list["principles"]?.array?.compactMap { $0["title"]?.string } == ["Clarity"])
        let rules = list["rules"]?.array ?? []
        #expect(rules.compactMap { $0["id"]?.string } == ["TINY-01", "TINY-02", "TINY-03"])
        #expect(rules.compactMap { $0["name"]?.string } == ["needs-title", "few-actions", "no-tbd"])
        #expect(rules.compactMap { $0["principle"]?.string } == ["clarity", "clarity", "clarity"])
        #expect(rules.compactMap { $0["severity"]?.string } == ["error", "warning", "info"])
        #expect(rules.compactMap { $0["scope"]?.string } == ["document", "document", "document"])
    }

    @Test func rulesAsMarkdown() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        let result = try await workdir.pactlint(["rules", "--format", "markdown"] + TinyPack.arguments())
        #expect(result.status == 0, "\(result)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines.first == "| Rule | Name | Principle | Severity | Title |")
        #expect(lines.dropFirst().first == "| --- | --- | --- | --- | --- |")
        #expect(lines.contains("| `TINY-01` | needs-title | Clarity | error | A document has a title |"))
    }

    @Test func rulesAfterTheConfiguration() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write(
            ".pactlint.yml", "rules: [tiny]\ndefault-rules: false\nseverity: {TINY-01: info}\ndisable: [few-actions]\n")
        let result = try await workdir.pactlint("rules")
        #expect(
            result.standardOutput == """
                ID       NAME         PRINCIPLE  SEVERITY  TITLE
                TINY-01  needs-title  clarity    info      A document has a title
                TINY-03  no-tbd       clarity    info      Actions have a settled status
                2 rules

                """, "\(result)")
        // A disabled rule can still be explained.
        let explained = try await workdir.pactlint("explain", "few-actions")
        #expect(explained.status == 0, "\(explained)")
        #expect(explained.standardOutput.hasPrefix("TINY-02 few-actions\n"))
    }

    @Test func rulesOfTheBuiltInPack() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        let result = try await workdir.pactlint("rules", "--format", "json")
        #expect(result.status == 0, "\(result)")
        let rules = try JSONReader.parse(Array(result.standardOutput.utf8))["rules"]?.array ?? []
        #expect(rules.count >= 40, "the built-in pack has its rules: \(rules.count)")
        #expect(rules.contains { $0["id"]?.string == "COMP-03" })
        // Each rule says whether it checks one document or the whole portfolio.
        let portfolioRules = rules.filter { $0["scope"]?.string == "portfolio" }.compactMap { $0["id"]?.string }
        #expect(portfolioRules.sorted() == ["ROUTE-05", "TAIL-05"])
        #expect(rules.allSatisfy { ["document", "portfolio"].contains($0["scope"]?.string) })
    }

    // MARK: - explain

    @Test(arguments: ["TINY-03", "no-tbd"])
    func explainByIdAndByName(rule: String) async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        let result = try await workdir.pactlint(["explain", rule] + TinyPack.arguments())
        #expect(result.status == 0, "\(result)")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "TINY-03 no-tbd")
        #expect(lines.dropFirst().first == "Actions have a settled status")
        #expect(result.standardOutput.contains("Principle: Clarity    Severity: info"))
        #expect(result.standardOutput.contains("An example that reports (tiny/fixtures/TINY-03/fail.yaml)"))
        // The whole fixture, numbered, without an empty line for its final line break.
        #expect(
            result.standardOutput.hasSuffix("\n     3 |   - id: a1\n     4 |     status: tbd   # expect: TINY-03\n"))
    }

    @Test func explainShowsRationaleSourcesHelpAndParameters() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        let titled = try await workdir.pactlint(["explain", "needs-title"] + TinyPack.arguments())
        #expect(titled.status == 0, "\(titled)")
        #expect(titled.standardOutput.contains("\nWhy\n  A reader must know what the document is.\n"))
        #expect(titled.standardOutput.contains("\nSources\n  - Tiny Pact, article 1\n"))
        #expect(titled.standardOutput.contains("\nHow to fix\n  Add a `title:` line.\n"))
        #expect(titled.standardOutput.contains("An example that passes (tiny/fixtures/TINY-01/pass.yaml)"))
        let counted = try await workdir.pactlint(["explain", "TINY-02"] + TinyPack.arguments())
        #expect(counted.standardOutput.contains("Parameters: max-actions = 3"), "\(counted)")
    }

    @Test func explainABuiltInRule() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        let result = try await workdir.pactlint("explain", "COMP-03")
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.hasPrefix("COMP-03 "))
        for heading in ["\nWhy\n", "\nSources\n", "\nHow to fix\n", "An example that reports"] {
            #expect(result.standardOutput.contains(heading), "\(heading) in explain COMP-03")
        }
    }

    @Test func explainUnknownRuleSuggestsAndExitsTwo() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        let result = try await workdir.pactlint(["explain", "TINY-9"] + TinyPack.arguments())
        #expect(result.status == 2, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("error: no rule is called 'TINY-9'"), "\(result)")
        #expect(result.standardError.contains("did you mean 'TINY-01'?"), "\(result)")
    }

    // MARK: - test

    @Test func testOfTheBuiltInPackIsGreen() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        let result = try await workdir.pactlint("test")
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.hasSuffix(" 0 failures\n"), "\(result)")
    }

    @Test func testOfAGreenPack() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        let result = try await workdir.pactlint("test", "tiny")
        #expect(result.status == 0, "\(result)")
        #expect(
            result.standardOutput == "3 rules, 4 fixtures, 3 expected findings matched, 0 failures\n", "\(result)")
    }

    @Test func testReportsAFailingFixtureWithItsLocation() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        // The marker is on the wrong line: the finding is at line 4, the marker says line 3.
        try workdir.write(
            "tiny/fixtures/TINY-03/fail.yaml",
            """
            title: T
            actions:
              - id: a1      # expect: TINY-03
                status: tbd

            """)
        let result = try await workdir.pactlint("test", "tiny")
        #expect(result.status == 1, "\(result)")
        #expect(result.standardOutput.contains("tiny/fixtures/TINY-03/fail.yaml:3:"), "\(result)")
        #expect(result.standardOutput.contains("tiny/fixtures/TINY-03/fail.yaml:4:13"), "\(result)")
        #expect(result.standardOutput.hasSuffix(" 2 failures\n"), "\(result)")
    }

    @Test func testFailsARuleWithoutFixtures() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try FileManager.default.removeItem(at: workdir.url.appendingPathComponent("tiny/fixtures/TINY-02"))
        let result = try await workdir.pactlint("test", "tiny")
        #expect(result.status == 1, "\(result)")
        #expect(result.standardOutput.contains("TINY-02"), "\(result)")
        #expect(result.standardOutput.hasSuffix(" 1 failure\n"), "\(result)")
    }

    @Test func testOnlySomeRules() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try FileManager.default.removeItem(at: workdir.url.appendingPathComponent("tiny/fixtures/TINY-02"))
        let result = try await workdir.pactlint("test", "tiny", "--only", "TINY-01,no-tbd")
        #expect(result.status == 0, "\(result)")
        let unknown = try await workdir.pactlint("test", "tiny", "--only", "TINY-7")
        #expect(unknown.status == 2, "\(unknown)")
        #expect(unknown.standardError.contains("no rule is called 'TINY-7'"))
    }

    @Test func testOfABrokenPackExitsTwo() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("tiny/broken.yaml", "rules:\n  - id: TINY-09\n    name: Broken Name\n")
        let result = try await workdir.pactlint("test", "tiny")
        #expect(result.status == 2, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("tiny/broken.yaml:"), "\(result)")
    }

    // MARK: - init

    @Test func initWritesATemplateThatLoadsCleanly() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        let result = try await workdir.pactlint("init")
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("Wrote partnership.yaml."), "\(result)")
        let template = try #require(workdir.read("partnership.yaml"))
        #expect(template.contains("schema: partnership/v1"))
        // It loads: checking it reports what is missing, never a YAML syntax error.
        let check = try await workdir.pactlint("check", "partnership.yaml", "--format", "json", "--fail-on", "never")
        #expect(check.status == 0, "\(check)")
        let report = try JSONReader.parse(Array(check.standardOutput.utf8))
        let ruleIDs = (report["findings"]?.array ?? []).compactMap { $0["ruleId"]?.string }
        #expect(!ruleIDs.contains("pactlint/yaml-syntax"), "\(ruleIDs)")
        #expect(report["files"]?.array?.first?["documents"]?.array?.count == 1)
        #expect(!ruleIDs.isEmpty, "the template is not a finished partnership: checking shows what is missing")
    }

    @Test func initRefusesToOverwriteWithoutForce() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try workdir.write("mine.yaml", "title: mine\n")
        let refused = try await workdir.pactlint("init", "mine.yaml")
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.standardError.contains("mine.yaml: error: the file exists already"), "\(refused)")
        #expect(refused.standardError.contains("--force"))
        #expect(workdir.read("mine.yaml") == "title: mine\n")
        let forced = try await workdir.pactlint("init", "mine.yaml", "--force")
        #expect(forced.status == 0, "\(forced)")
        #expect(workdir.read("mine.yaml")?.contains("schema: partnership/v1") == true)
    }

    @Test func initForceWritesThroughASymbolicLink() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try workdir.write("drafts/mine.yaml", "title: mine\n")
        try FileManager.default.createSymbolicLink(
            atPath: workdir.url.appendingPathComponent("mine.yaml").path, withDestinationPath: "drafts/mine.yaml")
        let forced = try await workdir.pactlint("init", "mine.yaml", "--force")
        #expect(forced.status == 0, "\(forced)")
        let link = try? FileManager.default.destinationOfSymbolicLink(
            atPath: workdir.url.appendingPathComponent("mine.yaml").path)
        #expect(link == "drafts/mine.yaml")
        #expect(workdir.read("drafts/mine.yaml")?.contains("schema: partnership/v1") == true)
    }

    /// Without `--force` the file is created only if nothing is there, in one call: a
    /// dangling symbolic link counts as something, and its target is not created.
    @Test func initRefusesADanglingLink() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try FileManager.default.createDirectory(
            at: workdir.url.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: workdir.url.appendingPathComponent("mine.yaml").path, withDestinationPath: "drafts/mine.yaml")
        let refused = try await workdir.pactlint("init", "mine.yaml")
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.standardError.contains("mine.yaml: error: the file exists already"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: workdir.url.appendingPathComponent("drafts/mine.yaml").path))
    }

    @Test func initToStandardOutput() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        let result = try await workdir.pactlint("init", "-")
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.contains("schema: partnership/v1"))
        #expect(!workdir.exists("partnership.yaml") && !workdir.exists("-"))
        // What it prints is the same template `init FILE` writes.
        _ = try await workdir.pactlint("init", "t.yaml")
        #expect(workdir.read("t.yaml") == result.standardOutput)
    }

    // MARK: - query

    @Test func queryPrintsValuesPathsAndPositions() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try workdir.write("doc.yaml", Samples.untitled)
        let result = try await workdir.pactlint("query", "$.actions[?@.status == 'tbd'].id", "doc.yaml")
        #expect(result.status == 0, "\(result)")
        #expect(
            result.standardOutput == """
                [
                  {"file": "doc.yaml", "document": 0, "path": "$['actions'][0]['id']", "line": 3, "column": 9, \
                "endLine": 3, "endColumn": 11, "value": "a1"}
                ]

                """, "\(result)")
    }

    @Test func queryReadsStandardInputAndJSON() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        let result = try await workdir.pactlint(["query", "$.a[*]"], input: #"{"a": [1, {"b": null}]}"#)
        #expect(result.status == 0, "\(result)")
        let entries = try JSONReader.parse(Array(result.standardOutput.utf8)).array ?? []
        #expect(entries.map { $0["value"] } == [.int(1), .object([("b", .null)])])
        #expect(entries.map { $0["path"]?.string } == ["$['a'][0]", "$['a'][1]"])
        #expect(entries.allSatisfy { $0["file"]?.string == "<stdin>" })
        let none = try await workdir.pactlint(["query", "$.zzz"], input: "a: 1\n")
        #expect(none.status == 0)
        #expect(none.standardOutput == "[]\n")
    }

    @Test func queryFromAFileDropsOneFinalLineBreak() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try workdir.write("doc.yaml", "a: [1, 2]\n")
        try workdir.write("q.txt", "$.a[1]\n")
        let result = try await workdir.pactlint("query", "--query-file", "q.txt", "doc.yaml")
        #expect(result.status == 0, "\(result)")
        let entries = try JSONReader.parse(Array(result.standardOutput.utf8)).array ?? []
        #expect(entries.map { $0["value"] } == [.int(2)])
        // A second line break is part of the query, which RFC 9535 does not allow after it.
        try workdir.write("q2.txt", "$.a[1]\n\n")
        #expect(try await workdir.pactlint("query", "--query-file", "q2.txt", "doc.yaml").status == 2)
        #expect(try await workdir.pactlint("query", "--query-file", "missing.txt").status == 2)
        #expect(try await workdir.pactlint("query").status == 2)
    }

    @Test func queryInvalidSelectorShowsACaretAndExitsTwo() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        let result = try await workdir.pactlint(["query", "$.a[?@.b ==]"], input: "a: 1\n")
        #expect(result.status == 2, "\(result)")
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.first == "error: invalid JSONPath query", "\(result)")
        let queryLine = try #require(lines.firstIndex { $0.contains("$.a[?@.b ==]") })
        let caretLine = try #require(lines.dropFirst(queryLine + 1).first)
        let queryColumn = try #require(lines[queryLine].range(of: "$.a[?@.b ==]")).lowerBound
        let offset = lines[queryLine].distance(from: lines[queryLine].startIndex, to: queryColumn)
        let caret = try #require(caretLine.firstIndex(of: "^"))
        #expect(caretLine.distance(from: caretLine.startIndex, to: caret) == offset + 11, "\(result)")
    }

    @Test func queryOfAFileThatDoesNotLoadExitsOne() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try workdir.write("bad.yaml", "a: [1, 2\nb: 3\n")
        try workdir.write("good.yaml", "a: [7]\n")
        let result = try await workdir.pactlint("query", "$.a[0]", "bad.yaml", "good.yaml")
        #expect(result.status == 1, "\(result)")
        #expect(result.standardError.hasPrefix("bad.yaml:"), "\(result)")
        #expect(result.standardError.contains(": error: "), "\(result)")
        // The other file is still queried.
        let entries = try JSONReader.parse(Array(result.standardOutput.utf8)).array ?? []
        #expect(entries.map { $0["value"] } == [.int(7)])
        let missing = try await workdir.pactlint("query", "$", "nope.yaml")
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("nope.yaml: error: cannot read the file"))
    }
}
