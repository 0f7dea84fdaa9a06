import Foundation
import Testing
import _PactLintTestSupport

/// `.pactlint.yml`: discovery, `--config`, every key, and located errors.
@Suite struct ConfigurationTests {
    /// A project: the tiny pack in `tiny/`, documents in `parts/` and `parts/drafts/`.
    static func project(config: String) throws -> Workdir {
        let workdir = try Workdir()
        try TinyPack.write(to: workdir)
        try workdir.write("parts/doc.yaml", Samples.untitled)
        try workdir.write("parts/busy.yaml", Samples.busy)
        try workdir.write("parts/drafts/draft.yaml", Samples.untitled)
        try workdir.write(".pactlint.yml", config)
        return workdir
    }

    static let full = """
        rules: [tiny]
        default-rules: false
        severity:
          TINY-01: warning
          no-tbd: off
        parameters:
          TINY-02: {max-actions: 5}
        exclude: ["**/drafts/**"]
        fail-on: warning

        """

    static func findings(_ result: PactLintBinary.Result) throws -> [String] {
        let report = try JSONReader.parse(Array(result.standardOutput.utf8))
        return (report["findings"]?.array ?? []).map {
            "\($0["ruleId"]?.string ?? "?") \($0["severity"]?.string ?? "?") "
                + "\($0["location"]?["path"]?.string ?? "?"):\($0["location"]?["line"]?.int ?? 0)"
        }
    }

    @Test func foundInTheCurrentDirectory() async throws {
        let workdir = try Self.project(config: Self.full)
        defer { workdir.remove() }
        let result = try await workdir.pactlint("check", "parts", "--format", "json")
        // TINY-01 lowered to warning, TINY-03 off, TINY-02 allows five actions, drafts excluded.
        #expect(try Self.findings(result) == ["TINY-01 warning parts/doc.yaml:1"], "\(result)")
        // fail-on: warning makes the warning fail the run.
        #expect(result.status == 1)
        let report = try JSONReader.parse(Array(result.standardOutput.utf8))
        #expect(report["run"]?["failOn"]?.string == "warning")
        #expect(report["files"]?.array?.compactMap { $0["path"]?.string } == ["parts/busy.yaml", "parts/doc.yaml"])
        #expect(report["totals"]?["rules"] == .int(2))
    }

    @Test func foundInAParentDirectory() async throws {
        let workdir = try Self.project(config: Self.full)
        defer { workdir.remove() }
        let result = try await workdir.pactlint("check", "--format", "json", in: "parts")
        #expect(result.status == 1, "\(result)")
        #expect(try Self.findings(result) == ["TINY-01 warning ./doc.yaml:1"], "\(result)")
    }

    @Test func commandLineOverridesFailOn() async throws {
        let workdir = try Self.project(config: Self.full)
        defer { workdir.remove() }
        let result = try await workdir.pactlint("check", "parts", "--fail-on", "error")
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.contains("parts/doc.yaml:1:1: warning: the document has no title [TINY-01]"))
    }

    @Test func namedWithConfigAndIgnoredWithNoConfig() async throws {
        let workdir = try Self.project(config: "bogus: true\n")
        defer { workdir.remove() }
        try workdir.write("settings/lint.yml", Self.full.replacingOccurrences(of: "[tiny]", with: "[../tiny]"))
        let named = try await workdir.pactlint("check", "parts", "--config", "settings/lint.yml", "--format", "json")
        #expect(named.status == 1, "\(named)")
        #expect(try Self.findings(named) == ["TINY-01 warning parts/doc.yaml:1"])
        let ignored = try await workdir.pactlint(["check", "parts/busy.yaml", "--no-config"] + TinyPack.arguments())
        #expect(ignored.status == 0, "the broken .pactlint.yml is not read: \(ignored)")
        #expect(ignored.standardOutput.contains("[TINY-02]"))
    }

    @Test func disableAndInclude() async throws {
        let workdir = try Self.project(
            config: """
                rules: [tiny]
                default-rules: false
                disable: [TINY-01, few-actions]
                include: ["parts/*.yaml"]

                """)
        defer { workdir.remove() }
        try workdir.write("other/doc.yaml", Samples.untitled)
        let result = try await workdir.pactlint("check", "parts", "other", "--format", "json")
        #expect(result.status == 0, "\(result)")
        // Only files matching include, and only the rule left on.
        #expect(try Self.findings(result) == ["TINY-03 info parts/doc.yaml:4"], "\(result)")
        // A file named explicitly is checked whatever include says.
        let named = try await workdir.pactlint("check", "other/doc.yaml", "--format", "json")
        #expect(try Self.findings(named) == ["TINY-03 info other/doc.yaml:4"], "\(named)")
    }

    @Test func baselineKey() async throws {
        let workdir = try Self.project(
            config: """
                rules: [tiny]
                default-rules: false
                baseline: known.json

                """)
        defer { workdir.remove() }
        let written = try await workdir.pactlint("check", "parts/doc.yaml", "--write-baseline", "known.json")
        #expect(written.status == 0, "\(written)")
        let result = try await workdir.pactlint("check", "parts/doc.yaml")
        #expect(result.status == 0, "\(result)")
        #expect(
            result.standardOutput == "1 file checked, 3 rules run: 0 errors, 0 warnings, 0 info; 2 hidden by baseline\n"
        )
        // The configured baseline is relative to the configuration file: it is found from below
        // too. Its fingerprints hold the file's path as given (`doc.yaml` here, `parts/doc.yaml`
        // when recorded), so from another directory the findings do not match.
        let below = try await workdir.pactlint("check", "doc.yaml", in: "parts")
        #expect(below.status == 1, "\(below)")
        #expect(below.standardError.isEmpty)
        #expect(below.standardOutput.hasSuffix("1 error, 0 warnings, 1 info\n"), "\(below)")
    }

    @Test func unknownKeyIsALocatedError() async throws {
        let workdir = try Self.project(
            config: """
                rules: [tiny]
                default-rules: false
                fail_on: warning

                """)
        defer { workdir.remove() }
        let result = try await workdir.pactlint("check", "parts")
        #expect(result.status == 2, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError == """
                .pactlint.yml:3:1: error: unknown key 'fail_on' in the configuration
                fail_on: warning
                ^~~~~~~
                  help: did you mean 'fail-on'?

                """, "\(result)")
    }

    @Test func unknownRuleIsALocatedError() async throws {
        let workdir = try Self.project(
            config: """
                rules: [tiny]
                default-rules: false
                disable: [no-tdb]

                """)
        defer { workdir.remove() }
        let result = try await workdir.pactlint("check", "parts")
        #expect(result.status == 2, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError == """
                .pactlint.yml:3:11: error: unknown rule 'no-tdb'
                disable: [no-tdb]
                          ^~~~~~
                  help: did you mean 'no-tbd'?

                """, "\(result)")
    }

    @Test func errorsInAParentConfigurationAreLocatedThere() async throws {
        let workdir = try Self.project(
            config: """
                rules: [tiny]
                default-rules: false
                severity:
                  TINY-99: warning

                """)
        defer { workdir.remove() }
        let result = try await workdir.pactlint("check", in: "parts")
        #expect(result.status == 2, "\(result)")
        #expect(result.standardError.contains(".pactlint.yml:4:3: error: unknown rule 'TINY-99'"), "\(result)")
        #expect(result.standardError.contains("\n  TINY-99: warning\n"))
    }

    @Test(arguments: [
        ("parameters:\n  TINY-02: {max-actionz: 5}\n", "4:13: error: rule TINY-02 has no parameter 'max-actionz'"),
        (
            "parameters:\n  TINY-02: {max-actions: many}\n",
            "4:13: error: parameter 'max-actions' of TINY-02 is a number, not a string"
        ),
        ("severity:\n  TINY-01: loud\n", "4:12: error:"),
        ("fail-on: sometimes\n", "3:10: error:"),
        ("include: 3\n", "3:10: error:"),
    ])
    func badValuesAreLocatedErrors(tail: String, expected: String) async throws {
        let workdir = try Self.project(config: "rules: [tiny]\ndefault-rules: false\n" + tail)
        defer { workdir.remove() }
        let result = try await workdir.pactlint("check", "parts")
        #expect(result.status == 2, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix(".pactlint.yml:" + expected), "\(result)")
        // Each error shows the line and a caret under it.
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count >= 3 && lines[2].trimmingCharacters(in: .whitespaces).hasPrefix("^"), "\(result)")
    }
}
