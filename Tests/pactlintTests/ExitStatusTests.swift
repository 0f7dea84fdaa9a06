import Foundation
import Testing

/// Exit statuses: 0 (nothing at or above `--fail-on`), 1 (findings at or above it), 2 (usage,
/// configuration or rule-file errors — and then nothing is linted).
@Suite struct ExitStatusTests {
    static func prepare() throws -> Workdir {
        let workdir = try Workdir()
        try TinyPack.write(to: workdir)
        try workdir.write("doc.yaml", Samples.untitled)
        try workdir.write("busy.yaml", Samples.busy)
        try workdir.write("clean.yaml", Samples.clean)
        return workdir
    }

    @Test func cleanFileExitsZero() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let result = try await workdir.pactlint(["check", "clean.yaml"] + TinyPack.arguments())
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput == "1 file checked, 3 rules run: 0 errors, 0 warnings, 0 info\n")
    }

    /// busy.yaml has one warning; doc.yaml an error and an info finding.
    @Test(
        arguments: [
            ("busy.yaml", nil, 0), ("busy.yaml", "error", 0), ("busy.yaml", "warning", 1), ("busy.yaml", "info", 1),
            ("busy.yaml", "never", 0), ("doc.yaml", nil, 1), ("doc.yaml", "never", 0), ("clean.yaml", "info", 0),
        ] as [(String, String?, Int32)])
    func failOn(file: String, threshold: String?, status: Int32) async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let failOn = threshold.map { ["--fail-on", $0] } ?? []
        let result = try await workdir.pactlint(["check", file] + TinyPack.arguments() + failOn)
        #expect(result.status == status, "\(result)")
        // The report is the same whatever the threshold: only the status changes.
        let plain = try await workdir.pactlint(["check", file] + TinyPack.arguments())
        #expect(result.standardOutput == plain.standardOutput)
    }

    @Test func defaultPathIsTheCurrentDirectory() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir, directory: ".rules")
        try workdir.write("parts/clean.yaml", Samples.clean)
        try workdir.write("parts/busy.yml", Samples.busy)
        try workdir.write("parts/notes.txt", "not YAML: {[")
        let result = try await workdir.pactlint(["check", "--fail-on", "warning"] + TinyPack.arguments(".rules"))
        #expect(result.status == 1, "\(result)")
        #expect(result.standardOutput.hasPrefix("./parts/busy.yml:3:3: warning: "), "\(result)")
        #expect(result.standardOutput.hasSuffix("2 files checked, 3 rules run: 0 errors, 1 warning, 0 info\n"))
    }

    @Test(arguments: [
        (["check", "--bogus"], "Unknown option '--bogus'"),
        (["check", "--jobs", "0", "doc.yaml"], "--jobs takes a whole number of 1 or more"),
        (["check", "--jobs", "many", "doc.yaml"], "The value 'many' is invalid for '--jobs <jobs>'"),
        (["check", "--fail-on", "sometimes", "doc.yaml"], "sometimes"),
        (["check", "--color", "purple", "doc.yaml"], "purple"),
        (["check", "-", "-"], "standard input (-) can be named only once"),
        (["check", "missing.yaml"], "missing.yaml: error: no such file or directory"),
        (["check", "--baseline", "missing.json", "doc.yaml"], "missing.json: error: cannot read the baseline file"),
        (["check", "--config", "missing.yml", "doc.yaml"], "missing.yml: error: cannot read the configuration file"),
        (["check", "--rules", "nowhere", "doc.yaml"], "cannot read the rule directory 'nowhere'"),
        (["check", "--no-default-rules", "doc.yaml"], "error: no rules to run"),
    ])
    func usageErrorsExitTwo(arguments: [String], message: String) async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        let result = try await workdir.pactlint(arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.standardOutput.isEmpty, "\(result)")
        #expect(result.standardError.contains(message), "\(result)")
    }

    @Test func malformedBaselineExitsTwo() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        try workdir.write("base.json", "{\"entries\": 3}\n")
        let result = try await workdir.pactlint(
            ["check", "doc.yaml", "--baseline", "base.json"] + TinyPack.arguments())
        #expect(result.status == 2, "\(result)")
        #expect(result.standardError.hasPrefix("base.json:"), "\(result)")
        #expect(result.standardError.contains(": error: not a pactlint baseline"), "\(result)")
        #expect(result.standardError.contains("help: write one with `pactlint check --write-baseline base.json`"))
    }

    @Test func ruleFileErrorLintsNothing() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        try workdir.write(
            "tiny/broken.yaml",
            """
            rules:
              - id: TINY-09
                name: broken
                title: A broken rule
                principle: clarity
                severity: error
                asert:
                  exists: "$.x"
                message: never

            """)
        let result = try await workdir.pactlint(["check", "doc.yaml", "busy.yaml"] + TinyPack.arguments())
        #expect(result.status == 2, "\(result)")
        #expect(result.standardOutput.isEmpty, "nothing is linted: \(result)")
        #expect(
            result.standardError == """
                tiny/broken.yaml:7:5: error: unknown key 'asert' in a rule
                    asert:
                    ^~~~~
                  help: did you mean 'assert'?

                """, "\(result)")
    }

    @Test func invalidQueryInARuleIsLocated() async throws {
        let workdir = try Self.prepare()
        defer { workdir.remove() }
        try workdir.write(
            "tiny/broken.yaml",
            """
            rules:
              - id: TINY-09
                name: broken
                title: A broken rule
                principle: clarity
                severity: error
                assert:
                  exists: "$.actions[?@.x ==]"
                message: never

            """)
        let result = try await workdir.pactlint(["check", "doc.yaml", "--format", "json"] + TinyPack.arguments())
        #expect(result.status == 2, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("tiny/broken.yaml:8:"), "\(result)")
        #expect(result.standardError.contains("\n      exists: \"$.actions[?@.x ==]\"\n"), "\(result)")
    }
}
