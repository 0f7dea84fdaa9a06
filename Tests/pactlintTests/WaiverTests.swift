import Foundation
import Testing
import _PactLintTestSupport

/// Waiver comments in checked files: what they hide, how waived findings are listed, and the
/// `pactlint/waiver` findings about bad waivers.
@Suite struct WaiverTests {
    static func check(
        _ document: String, _ extra: [String] = [], environment: [String: String] = [:]
    ) async throws
        -> PactLintBinary.Result
    {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("w.yaml", document)
        return try await workdir.pactlint(
            ["check", "w.yaml"] + TinyPack.arguments() + extra, environment: environment)
    }

    static func findings(_ result: PactLintBinary.Result) throws -> [JSONValue] {
        try JSONReader.parse(Array(result.standardOutput.utf8))["findings"]?.array ?? []
    }

    @Test(arguments: ["TINY-01", "needs-title"])
    func nextLineWaiverByIdAndByName(rule: String) async throws {
        let document = "# pactlint-disable-next-line \(rule) -- the title is on the cover page\nid: w1\n"
        let text = try await Self.check(document)
        // The only finding is waived: it does not fail the run, but it is listed.
        #expect(text.status == 0, "\(text)")
        #expect(
            text.standardOutput == """
                w.yaml:2:1: error: the document has no title [TINY-01] (waived: the title is on the cover page)
                id: w1
                ^~~~~~
                  help: Add a `title:` line.
                1 file checked, 3 rules run: 0 errors, 0 warnings, 0 info; 1 waived

                """, "\(text)")

        let json = try await Self.check(document, ["--format", "json"])
        #expect(json.status == 0)
        let finding = try #require(try Self.findings(json).first)
        #expect(finding["ruleId"]?.string == "TINY-01")
        #expect(finding["waived"] == .bool(true))
        #expect(finding["waiver"]?["scope"]?.string == "next-line")
        #expect(finding["waiver"]?["reason"]?.string == "the title is on the cover page")
        #expect(finding["waiver"]?["until"] == .null)
        #expect(finding["waiver"]?["location"]?["line"] == .int(1))
        let totals = try JSONReader.parse(Array(json.standardOutput.utf8))["totals"]
        #expect(totals?["waived"] == .int(1) && totals?["errors"] == .int(0) && totals?["failing"] == .bool(false))
    }

    /// The loader hands libyaml none of the byte order marks a file starts with: after two, a
    /// mapping of several keys did not load, and the waiver comment after them was not read.
    @Test func waiverAfterTwoByteOrderMarks() async throws {
        let document =
            "\u{FEFF}\u{FEFF}# pactlint-disable-next-line TINY-01 -- on the cover page\nid: w1\nactions: []\n"
        let json = try await Self.check(document, ["--format", "json"])
        let findings = try Self.findings(json)
        #expect(findings.map { $0["ruleId"]?.string } == ["TINY-01"], "\(json)")
        #expect(findings.first?["waived"] == .bool(true))
        #expect(findings.first?["location"]?["line"] == .int(2))
        #expect(findings.first?["location"]?["column"] == .int(1))
        // Only the first mark is not text: the comment starts at column 2.
        #expect(findings.first?["waiver"]?["location"]?["line"] == .int(1))
        #expect(findings.first?["waiver"]?["location"]?["column"] == .int(2), "\(json)")
    }

    @Test func waivedFindingsInSARIFAndJUnit() async throws {
        let document = "# pactlint-disable-next-line TINY-01 -- covered elsewhere\nid: w1\n"
        let sarif = try await Self.check(document, ["--format", "sarif"])
        let result = try JSONReader.parse(Array(sarif.standardOutput.utf8))["runs"]?.array?.first?["results"]?.array?
            .first
        #expect(result?["suppressions"]?.array?.first?["justification"]?.string == "covered elsewhere", "\(sarif)")
        let junit = try await Self.check(document, ["--format", "junit"])
        #expect(junit.standardOutput.contains("0 failed, 1 waived"), "\(junit)")
    }

    @Test func nextLineWaiverSkipsCommentsAndBlankLinesAndCoversOnlyThatLine() async throws {
        let result = try await Self.check(
            """
            title: T
            actions:
              - id: a1
                # pactlint-disable-next-line TINY-03 -- settled at the board

                # (the board meets in May)
                status: tbd
              - id: a2
                status: tbd

            """, ["--format", "json"])
        #expect(result.status == 0, "\(result)")
        let findings = try Self.findings(result).map {
            "\($0["ruleId"]?.string ?? "?"):\($0["location"]?["line"]?.int ?? 0):\($0["waived"] == .bool(true))"
        }
        #expect(findings == ["TINY-03:7:true", "TINY-03:9:false"], "\(result)")
    }

    @Test func wholeFileWaiver() async throws {
        let result = try await Self.check(
            """
            # pactlint-disable TINY-03, TINY-02 -- statuses are settled in the annex
            title: T
            actions:
              - {id: a1, status: tbd}
              - {id: a2, status: unknown}

            """, ["--format", "json"])
        #expect(result.status == 0, "\(result)")
        let findings = try Self.findings(result)
        #expect(findings.map { $0["location"]?["line"]?.int } == [4, 5])
        #expect(findings.allSatisfy { $0["waived"] == .bool(true) && $0["waiver"]?["scope"]?.string == "file" })
        // TINY-02 reports nothing here, so naming it makes the waiver partly unused — but the
        // waiver as a whole is used, so it is not reported.
        #expect(!findings.contains { $0["ruleId"]?.string == "pactlint/waiver" })
    }

    @Test func waiverProblemsAreReported() async throws {
        let result = try await Self.check(
            """
            title: T
            actions:
              - id: a1
                # pactlint-disable-next-line TINY-03
                status: tbd
              - id: a2
                # pactlint-disable-next-line TINY-77 -- typo
                status: done
              - id: a3
                # pactlint-disable-next-line TINY-03 until 2026-11-01 -- too late
                status: tbd
              - id: a4
                # pactlint-disable-next-line TINY-03 -- nothing to waive here
                status: done

            """)
        #expect(result.status == 0, "warnings and info do not fail the run at the default --fail-on error: \(result)")
        let out = result.standardOutput
        #expect(
            out.contains(
                "w.yaml:4:5: warning: This waiver waives nothing: it gives no reason; add one after `--`. [pactlint/waiver]"
            ), "\(out)")
        #expect(
            out.contains(
                "w.yaml:7:5: warning: This waiver waives nothing: it names `TINY-77`, which is not a loaded rule (see `pactlint rules`). [pactlint/waiver]"
            ))
        // Each is located at its comment, with the line and a caret under the comment.
        #expect(
            out.contains(
                """
                w.yaml:10:5: warning: This waiver waives nothing: it expired on 2026-11-01. [pactlint/waiver]
                    # pactlint-disable-next-line TINY-03 until 2026-11-01 -- too late
                    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

                """), "\(out)")
        #expect(
            out.contains(
                "w.yaml:13:5: warning: Unused waiver: TINY-03 reports nothing on line 14; remove the comment. [pactlint/waiver]"
            ))
        // A waiver that waives nothing leaves its finding visible.
        #expect(out.contains("w.yaml:5:13: info: action a1 has status tbd [TINY-03]\n"))
        #expect(out.contains("w.yaml:11:13: info: action a3 has status tbd [TINY-03]\n"))
        #expect(out.hasSuffix("1 file checked, 4 rules run: 0 errors, 5 warnings, 2 info\n"))
    }

    @Test func expiryFollowsSourceDateEpoch() async throws {
        let document = "# pactlint-disable-next-line TINY-01 until 2026-12-31 -- until the new year\nid: w\n"
        let before = try await Self.check(document)
        #expect(before.status == 0, "2026-11-29 is before the date: \(before)")
        #expect(before.standardOutput.contains("(waived until 2026-12-31: until the new year)"))
        // 2027-01-01T00:00:00Z: the waiver has expired, and the finding counts again.
        let after = try await Self.check(document, environment: ["SOURCE_DATE_EPOCH": "1798761600"])
        #expect(after.status == 1, "\(after)")
        #expect(after.standardOutput.contains("This waiver waives nothing: it expired on 2026-12-31."))
        #expect(after.standardOutput.contains("w.yaml:2:1: error: the document has no title [TINY-01]\n"))
        // The last day still counts.
        let lastDay = try await Self.check(document, environment: ["SOURCE_DATE_EPOCH": "1798675200"])
        #expect(lastDay.status == 0, "\(lastDay)")
    }

    @Test func badUntilDateIsReported() async throws {
        let result = try await Self.check("# pactlint-disable-next-line TINY-01 until 31/12/2026 -- x\nid: w\n")
        #expect(result.status == 1, "\(result)")
        #expect(result.standardOutput.contains("`until` needs a date written YYYY-MM-DD"), "\(result)")
    }

    @Test func waiverOfADisabledRuleIsNeitherUnknownNorUnused() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write(".pactlint.yml", "rules: [tiny]\ndefault-rules: false\ndisable: [TINY-03]\n")
        try workdir.write(
            "w.yaml", "# pactlint-disable TINY-03 -- settled\ntitle: T\nactions: [{id: a, status: tbd}]\n")
        let result = try await workdir.pactlint("check", "w.yaml")
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput == "1 file checked, 2 rules run: 0 errors, 0 warnings, 0 info\n", "\(result)")
    }

    @Test func waiverWarningsFailOnWarning() async throws {
        let result = try await Self.check(
            "title: T\n# pactlint-disable-next-line TINY-01 -- nothing here\nid: w\n", ["--fail-on", "warning"])
        #expect(result.status == 1, "\(result)")
        #expect(result.standardOutput.contains("Unused waiver: TINY-01 reports nothing on line 3"))
    }
}
