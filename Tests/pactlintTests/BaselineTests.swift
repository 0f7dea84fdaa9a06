import Foundation
import Testing
import _PactLintTestSupport

/// `--write-baseline` and `--baseline`: old findings are hidden and counted, moved blocks stay
/// matched, changed values come back.
@Suite struct BaselineTests {
    static let original = """
        id: p1
        actions:
          - id: a1
            status: tbd
          - id: a2
            status: unknown

        """

    static func recorded() async throws -> Workdir {
        let workdir = try Workdir()
        try TinyPack.write(to: workdir)
        try workdir.write("p.yaml", Self.original)
        let written = try await workdir.pactlint(
            ["check", "p.yaml", "--write-baseline", "base.json"] + TinyPack.arguments())
        #expect(written.status == 0, "\(written)")
        #expect(written.standardOutput.isEmpty)
        #expect(written.standardError == "Recorded 3 findings in base.json.\n")
        return workdir
    }

    static func check(_ workdir: Workdir, _ extra: String...) async throws -> PactLintBinary.Result {
        try await workdir.pactlint(["check", "p.yaml", "--baseline", "base.json"] + TinyPack.arguments() + extra)
    }

    /// The baseline is written in place, through a symbolic link, as `--output` is.
    @Test func writeBaselineFollowsASymbolicLink() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("p.yaml", Self.original)
        try workdir.write("kept/base.json", "{}")
        try FileManager.default.createSymbolicLink(
            atPath: workdir.url.appendingPathComponent("base.json").path, withDestinationPath: "kept/base.json")
        let written = try await workdir.pactlint(
            ["check", "p.yaml", "--write-baseline", "base.json"] + TinyPack.arguments())
        #expect(written.status == 0, "\(written)")
        let link = try? FileManager.default.destinationOfSymbolicLink(
            atPath: workdir.url.appendingPathComponent("base.json").path)
        #expect(link == "kept/base.json")
        #expect(workdir.read("kept/base.json")?.contains("\"TINY-03\"") == true)
    }

    @Test func writeBaselineToAnUnwritablePlaceExitsTwo() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("p.yaml", Self.original)
        let result = try await workdir.pactlint(
            ["check", "p.yaml", "--write-baseline", "no/such/dir/base.json"] + TinyPack.arguments())
        #expect(result.status == 2, "\(result)")
        #expect(result.standardError.hasPrefix("no/such/dir/base.json: error: cannot write the baseline"), "\(result)")
    }

    @Test func writeThenUseHidesTheOldFindings() async throws {
        let workdir = try await Self.recorded()
        defer { workdir.remove() }
        let baseline = try JSONReader.parse(Array((workdir.read("base.json") ?? "").utf8))
        #expect(baseline["schemaVersion"] == .int(1))
        let entries = baseline["entries"]?.array ?? []
        #expect(entries.compactMap { $0["ruleId"]?.string } == ["TINY-01", "TINY-03", "TINY-03"])
        let paths = entries.compactMap { $0["path"]?.string }
        #expect(paths.contains("$['actions'][1]['status']"))
        // No line numbers are recorded.
        #expect(entries.allSatisfy { $0["line"] == nil })

        let text = try await Self.check(workdir)
        #expect(text.status == 0, "\(text)")
        #expect(
            text.standardOutput == "1 file checked, 3 rules run: 0 errors, 0 warnings, 0 info; 3 hidden by baseline\n")
        let json = try await Self.check(workdir, "--format", "json")
        let report = try JSONReader.parse(Array(json.standardOutput.utf8))
        #expect(report["findings"]?.array?.isEmpty == true)
        #expect(report["totals"]?["baselineSuppressed"] == .int(3))
        let github = try await Self.check(workdir, "--format", "github")
        #expect(github.standardOutput.hasSuffix("; 3 hidden by baseline\n"), "\(github)")
    }

    @Test func movingBlocksKeepsFindingsMatched() async throws {
        let workdir = try await Self.recorded()
        defer { workdir.remove() }
        // The actions move to the top, `id` to the bottom, with comments and blank lines above.
        try workdir.write(
            "p.yaml",
            """
            # Reordered for the new template.


            actions:
              - id: a1
                status: tbd
              - id: a2
                status: unknown
            id: p1

            """)
        let result = try await Self.check(workdir)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.standardOutput == "1 file checked, 3 rules run: 0 errors, 0 warnings, 0 info; 3 hidden by baseline\n"
        )
    }

    @Test func changingTheOffendingValueMakesANewFinding() async throws {
        let workdir = try await Self.recorded()
        defer { workdir.remove() }
        try workdir.write("p.yaml", Self.original.replacingOccurrences(of: "status: tbd", with: "status: unknown"))
        let result = try await Self.check(workdir)
        #expect(
            result.standardOutput == """
                p.yaml:4:13: info: action a1 has status unknown [TINY-03]
                    status: unknown
                            ^~~~~~~
                1 file checked, 3 rules run: 0 errors, 0 warnings, 1 info; 2 hidden by baseline

                """, "\(result)")
        #expect(result.status == 0)
        #expect(try await Self.check(workdir, "--fail-on", "info").status == 1)
    }

    @Test func newFindingsStillFail() async throws {
        let workdir = try await Self.recorded()
        defer { workdir.remove() }
        try workdir.write("p.yaml", Self.original + "  - {id: a3}\n  - {id: a4}\n")
        let result = try await Self.check(workdir)
        #expect(result.status == 0, "a warning does not fail at --fail-on error: \(result)")
        #expect(result.standardOutput.hasPrefix("p.yaml:3:3: warning: 4 actions; at most 3 are allowed [TINY-02]\n"))
        #expect(result.standardOutput.hasSuffix("0 errors, 1 warning, 0 info; 3 hidden by baseline\n"))
        // A second untitled file's error is new: it is in another file.
        try workdir.write("q.yaml", Self.original)
        let other = try await workdir.pactlint(
            ["check", "p.yaml", "q.yaml", "--baseline", "base.json"] + TinyPack.arguments())
        #expect(other.status == 1, "\(other)")
        #expect(other.standardOutput.contains("q.yaml:1:1: error: the document has no title [TINY-01]"))
    }

    @Test func waivedFindingsAreNotRecorded() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("p.yaml", "# pactlint-disable-next-line TINY-01 -- fine\n" + Self.original)
        let written = try await workdir.pactlint(
            ["check", "p.yaml", "--write-baseline", "base.json"] + TinyPack.arguments())
        #expect(written.standardError == "Recorded 2 findings in base.json.\n", "\(written)")
        let result = try await Self.check(workdir)
        #expect(result.standardOutput.contains("[TINY-01] (waived: fine)"))
        #expect(result.standardOutput.hasSuffix("1 waived; 2 hidden by baseline\n"), "\(result)")
    }
}
