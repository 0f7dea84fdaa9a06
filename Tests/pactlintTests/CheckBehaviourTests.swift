import Foundation
import Testing
import _PactLintTestSupport

/// How `check` treats its inputs: YAML syntax errors as findings, standard input, parallel
/// jobs, colour, and hostile text in documents.
@Suite struct CheckBehaviourTests {
    // MARK: - YAML syntax errors

    @Test func syntaxErrorInOneFileIsAFindingAndTheOthersAreChecked() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("parts/a.yaml", Samples.untitled)
        try workdir.write("parts/b.yaml", "title: ok\nactions: [1, 2\nnext: x\n")
        try workdir.write("parts/c.yaml", Samples.busy)
        let result = try await workdir.pactlint(["check", "parts"] + TinyPack.arguments())
        #expect(result.status == 1, "\(result)")
        #expect(
            result.standardOutput.contains(
                """
                parts/b.yaml:3:5: error: did not find expected ',' or ']' [pactlint/yaml-syntax]
                next: x
                    ^

                """), "\(result)")
        // The files before and after it are checked.
        #expect(result.standardOutput.contains("parts/a.yaml:1:1: error: the document has no title [TINY-01]"))
        #expect(result.standardOutput.contains("parts/a.yaml:4:13: info: action a1 has status tbd [TINY-03]"))
        #expect(result.standardOutput.contains("parts/c.yaml:3:3: warning: 4 actions; at most 3 are allowed [TINY-02]"))
        #expect(result.standardOutput.hasSuffix("3 files checked, 4 rules run: 2 errors, 1 warning, 1 info\n"))

        let json = try await workdir.pactlint(["check", "parts", "--format", "json"] + TinyPack.arguments())
        let report = try JSONReader.parse(Array(json.standardOutput.utf8))
        let findings = (report["findings"]?.array ?? []).map {
            "\($0["ruleId"]?.string ?? "?") \($0["location"]?["path"]?.string ?? "?"):\($0["location"]?["line"]?.int ?? 0)"
        }
        #expect(
            findings == [
                "TINY-01 parts/a.yaml:1", "TINY-03 parts/a.yaml:4", "pactlint/yaml-syntax parts/b.yaml:3",
                "TINY-02 parts/c.yaml:3",
            ])
        // The broken file is listed, with no documents.
        let files = report["files"]?.array ?? []
        #expect(files.map { $0["path"]?.string } == ["parts/a.yaml", "parts/b.yaml", "parts/c.yaml"])
        #expect(files.map { $0["documents"]?.array?.count } == [1, 0, 1])
    }

    @Test func syntaxErrorWithTheBuiltInPack() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try workdir.write("good.yaml", Samples.partnership)
        try workdir.write("bad.yaml", "schema: partnership/v1\nid: [unclosed\n")
        let result = try await workdir.pactlint("check", "good.yaml", "bad.yaml", "--format", "json")
        #expect(result.status == 1, "\(result)")
        let findings = try JSONReader.parse(Array(result.standardOutput.utf8))["findings"]?.array ?? []
        let syntax = findings.filter { $0["ruleId"]?.string == "pactlint/yaml-syntax" }
        #expect(syntax.count == 1)
        #expect(syntax.first?["location"]?["path"]?.string == "bad.yaml")
        // The good file is checked by the built-in rules.
        #expect(findings.contains { $0["location"]?["path"]?.string == "good.yaml" })
    }

    @Test func fileLargerThanTheLimitIsAFindingAndTheRulesStillLoad() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("doc.yaml", Samples.untitled)
        try workdir.write("small.yaml", "title: T\n")
        let result = try await workdir.pactlint(
            ["check", "doc.yaml", "small.yaml", "--max-file-size", "20"] + TinyPack.arguments())
        #expect(result.status == 1, "\(result)")
        #expect(
            result.standardOutput.hasPrefix(
                "doc.yaml:1:1: error: the file has 71 bytes, more than the limit of 20 bytes [pactlint/yaml-syntax]\n"),
            "\(result)")
        #expect(result.standardOutput.hasSuffix("2 files checked, 4 rules run: 1 error, 0 warnings, 0 info\n"))
        let zero = try await workdir.pactlint(["check", "doc.yaml", "--max-file-size", "0"] + TinyPack.arguments())
        #expect(zero.status == 2, "\(zero)")
    }

    @Test(arguments: [
        ("--max-depth", "3", "a: [[[[1]]]]\n", "1:6: error: collections nest deeper than 3 levels"),
        ("--max-documents", "1", "title: A\n---\ntitle: B\n", "2:1: error: the stream has more than 1 documents"),
        (
            "--max-alias-expansion", "2", "a: &x [1, 2, 3]\nb: *x\n",
            "2:4: error: aliases expand to more than 2 nodes"
        ),
    ])
    func loaderLimitsCanBeSetPerRun(flag: String, value: String, text: String, expected: String) async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("doc.yaml", text)
        let limited = try await workdir.pactlint(["check", "doc.yaml", flag, value] + TinyPack.arguments())
        #expect(limited.status == 1, "\(limited)")
        #expect(limited.standardOutput.hasPrefix("doc.yaml:" + expected), "\(limited)")
        // Within the default limits the same file loads.
        let unlimited = try await workdir.pactlint(["check", "doc.yaml", "--fail-on", "never"] + TinyPack.arguments())
        #expect(!unlimited.standardOutput.contains("pactlint/yaml-syntax"), "\(unlimited)")
        let invalid = try await workdir.pactlint(["check", "doc.yaml", flag, "0"] + TinyPack.arguments())
        #expect(invalid.status == 2, "\(invalid)")
    }

    #if os(Linux)
        /// `/proc/self/mem` exists but cannot be read (not even by root): the file becomes a
        /// finding and the others are checked.
        @Test func unreadableFileIsAFinding() async throws {
            let workdir = try Workdir()
            defer { workdir.remove() }
            try TinyPack.write(to: workdir)
            try workdir.write("doc.yaml", Samples.untitled)
            let result = try await workdir.pactlint(["check", "/proc/self/mem", "doc.yaml"] + TinyPack.arguments())
            #expect(result.status == 1, "\(result)")
            #expect(
                result.standardOutput.hasPrefix(
                    """
                    /proc/self/mem:1:1: error: cannot read the file [pactlint/unreadable-file]
                      help: Check that the path is a readable file.
                    doc.yaml:1:1: error: the document has no title [TINY-01]

                    """), "\(result)")
        }
    #endif

    /// A file with no document is not passed over in silence, nor counted as a failure by
    /// default: one warning, and the other files are checked.
    @Test func aFileWithoutADocumentIsAWarning() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("parts/a-empty.yaml", "")
        try workdir.write("parts/b-notes.yaml", "# to be written\n")
        let result = try await workdir.pactlint(["check", "parts"] + TinyPack.arguments())
        #expect(result.status == 0, "\(result)")
        #expect(
            result.standardOutput == """
                parts/a-empty.yaml:1:1: warning: the file is empty: it holds no YAML document, so no rule ran on it [pactlint/no-document]

                ^
                  help: Write the partnership description in the file (`pactlint init FILE` writes a template), or leave the file out of the check with `exclude` in .pactlint.yml.
                parts/b-notes.yaml:1:1: warning: the file holds no YAML document (only blank lines or comments), so no rule ran on it [pactlint/no-document]
                # to be written
                ^
                  help: Write the partnership description in the file (`pactlint init FILE` writes a template), or leave the file out of the check with `exclude` in .pactlint.yml.
                2 files checked, 4 rules run: 0 errors, 2 warnings, 0 info

                """, "\(result)")
        let failing = try await workdir.pactlint(["check", "parts", "--fail-on", "warning"] + TinyPack.arguments())
        #expect(failing.status == 1, "\(failing)")
    }

    @Test func aFileNamedTwiceIsCheckedOnce() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("parts/doc.yaml", Samples.untitled)
        let result = try await workdir.pactlint(
            ["check", "parts", "./parts/doc.yaml", "parts/../parts/doc.yaml", "parts/doc.yaml"] + TinyPack.arguments())
        #expect(result.status == 1, "\(result)")
        #expect(
            result.standardOutput.hasSuffix("1 file checked, 3 rules run: 1 error, 0 warnings, 1 info\n"), "\(result)")
    }

    // MARK: - Standard input

    @Test func standardInputWithAName() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        let unnamed = try await workdir.pactlint(["check", "-"] + TinyPack.arguments(), input: Samples.untitled)
        #expect(unnamed.status == 1, "\(unnamed)")
        #expect(unnamed.standardOutput.hasPrefix("<stdin>:1:1: error: the document has no title [TINY-01]\n"))
        let named = try await workdir.pactlint(
            ["check", "-", "--stdin-filename", "parts/x.yaml", "--format", "github"] + TinyPack.arguments(),
            input: Samples.untitled)
        #expect(named.status == 1)
        #expect(
            named.standardOutput.hasPrefix(
                "::error file=parts/x.yaml,line=1,col=1,endLine=6,endColumn=17,title=TINY-01::the document has no title"
            ), "\(named)")
    }

    @Test func standardInputNextToFiles() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("busy.yaml", Samples.busy)
        let result = try await workdir.pactlint(
            ["check", "busy.yaml", "-", "--stdin-filename", "in.yaml", "--format", "json"] + TinyPack.arguments(),
            input: Samples.untitled)
        let report = try JSONReader.parse(Array(result.standardOutput.utf8))
        #expect(report["files"]?.array?.compactMap { $0["path"]?.string } == ["busy.yaml", "in.yaml"])
        #expect(report["totals"]?["findings"] == .int(3))
    }

    /// Findings and waivers are matched to files by name, so standard input may not take the
    /// name of a file that is also checked.
    @Test func standardInputNamedLikeACheckedFile() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("busy.yaml", Samples.busy)
        let result = try await workdir.pactlint(
            ["check", "busy.yaml", "-", "--stdin-filename", "busy.yaml"] + TinyPack.arguments(),
            input: Samples.untitled)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("--stdin-filename busy.yaml names a file that is also checked"))
    }

    @Test func standardInputWithWaiversAndSyntaxErrors() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        let waived = try await workdir.pactlint(
            ["check", "-"] + TinyPack.arguments(),
            input: "# pactlint-disable-next-line TINY-01 -- piped\nid: x\n")
        #expect(waived.status == 0, "\(waived)")
        #expect(waived.standardOutput.contains("[TINY-01] (waived: piped)"))
        let broken = try await workdir.pactlint(["check", "-"] + TinyPack.arguments(), input: "a: [\n")
        #expect(broken.status == 1)
        #expect(broken.standardOutput.hasPrefix("<stdin>:2:1: error: "), "\(broken)")
        #expect(broken.standardOutput.contains("[pactlint/yaml-syntax]"))
    }

    // MARK: - Parallel jobs

    @Test(arguments: ["text", "json", "sarif", "junit", "github", "markdown"])
    func jobsDoNotChangeTheOutput(format: String) async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        for index in 0..<6 {
            try workdir.write("many/doc\(index).yaml", Samples.untitled)
            try workdir.write("many/busy\(index).yaml", Samples.busy)
        }
        try workdir.write("many/broken.yaml", "a: [\n")
        try workdir.write("many/waived.yaml", "# pactlint-disable-next-line TINY-01 -- fine\nid: w\n")
        let arguments = ["check", "many", "--format", format] + TinyPack.arguments()
        let one = try await workdir.pactlint(arguments + ["--jobs", "1"])
        let two = try await workdir.pactlint(arguments + ["--jobs", "2"])
        let four = try await workdir.pactlint(arguments + ["--jobs", "4"])
        let many = try await workdir.pactlint(arguments + ["--jobs", "64"])
        // Clamped to CheckRun.maximumJobs: no overflow of the reorder window, no crash.
        let huge = try await workdir.pactlint(arguments + ["--jobs", "3000000000000000000"])
        #expect(one.status == 1)
        #expect(!one.stdoutBytes.isEmpty)
        #expect(one.stdoutBytes == two.stdoutBytes)
        #expect(one.stdoutBytes == four.stdoutBytes)
        #expect(one.stdoutBytes == many.stdoutBytes)
        #expect(one.stdoutBytes == huge.stdoutBytes)
        #expect(one.status == four.status && one.status == many.status && one.status == huge.status)
    }

    // MARK: - Colour

    @Test func colorAlwaysAndNever() async throws {
        let workdir = try Workdir()
        defer { workdir.remove() }
        try TinyPack.write(to: workdir)
        try workdir.write("doc.yaml", Samples.untitled)
        let arguments = ["check", "doc.yaml"] + TinyPack.arguments()
        let always = try await workdir.pactlint(arguments + ["--color", "always"])
        #expect(always.standardOutput.contains("\u{1B}[1;31merror:\u{1B}[0m"), "\(always)")
        let never = try await workdir.pactlint(arguments + ["--color", "never"])
        #expect(!never.standardOutput.contains("\u{1B}"))
        // Not a terminal: `auto` (the default) does not colour.
        let auto = try await workdir.pactlint(arguments)
        #expect(auto.standardOutput == never.standardOutput)
        // Colour never reaches other formats or a file.
        let json = try await workdir.pactlint(arguments + ["--color", "always", "--format", "json"])
        #expect(!json.standardOutput.contains("\u{1B}"))
    }

    // MARK: - Hostile documents

    /// A document whose text tries to colour the terminal, set the window title, forge a
    /// workflow command and inject a script; and a file with a raw ESC byte in it.
    static func hostile() throws -> Workdir {
        let workdir = try Workdir()
        try TinyPack.write(to: workdir)
        try workdir.write(
            "hostile.yaml",
            #"""
            title: "x"
            actions:
              - id: "\e[31mRED\e[0m\e]0;pwned\a <script>alert(1)</script>\n::error file=forged.yaml,line=1::forged"
                status: tbd

            """#)
        try workdir.write("raw.yaml", "title: \u{1B}[2J cleared\n")
        return workdir
    }

    @Test func hostileTextCannotInjectIntoText() async throws {
        let workdir = try Self.hostile()
        defer { workdir.remove() }
        let result = try await workdir.pactlint(["check", "hostile.yaml", "raw.yaml"] + TinyPack.arguments())
        #expect(result.status == 1, "\(result)")
        #expect(!result.standardOutput.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(result)")
        #expect(!result.standardOutput.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
        // Every finding starts a line of its own: the embedded newline did not make one.
        let starts = result.standardOutput.split(separator: "\n").filter {
            $0.hasPrefix("hostile.yaml:") || $0.hasPrefix("raw.yaml:")
        }
        #expect(starts.count == 2, "\(result)")
        #expect(result.standardOutput.contains(#"action \e[31mRED\e[0m\e]0;pwned\u{7} <script>"#), "\(result)")
        #expect(result.standardOutput.contains("[pactlint/yaml-syntax]"))
    }

    @Test func hostileTextCannotInjectIntoDiagnostics() async throws {
        let workdir = try Self.hostile()
        defer { workdir.remove() }
        // `query` renders a file's YAML error on standard error, quoting the line.
        let query = try await workdir.pactlint("query", "$", "raw.yaml")
        #expect(query.status == 1, "\(query)")
        #expect(query.standardError.hasPrefix("raw.yaml:1:8: error: "), "\(query)")
        #expect(query.standardError.contains("\ntitle: \\e[2J cleared\n"), "\(query)")
        #expect(!query.standardError.contains("\u{1B}"))
        // So do configuration errors.
        try workdir.write(".pactlint.yml", "rules: [tiny]\nbogus\u{1B}]0;pwned\u{7}: 1\n")
        let check = try await workdir.pactlint("check", "hostile.yaml")
        #expect(check.status == 2, "\(check)")
        #expect(check.standardError.contains("bogus\\e]0;pwned\\u{7}: 1"), "\(check)")
        #expect(!check.standardError.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" })
    }

    @Test func hostileTextCannotForgeWorkflowCommands() async throws {
        let workdir = try Self.hostile()
        defer { workdir.remove() }
        let result = try await workdir.pactlint(
            ["check", "hostile.yaml", "raw.yaml", "--format", "github"] + TinyPack.arguments())
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("::error file=forged.yaml") }, "\(result)")
        #expect(lines.filter { $0.hasPrefix("::") }.count == 2, "\(result)")
        #expect(result.standardOutput.contains("%0A::error file=forged.yaml"))
        #expect(!result.standardOutput.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func hostileTextCannotInjectIntoHTML() async throws {
        let workdir = try Self.hostile()
        defer { workdir.remove() }
        let result = try await workdir.pactlint(
            ["check", "hostile.yaml", "raw.yaml", "--format", "html"] + TinyPack.arguments())
        #expect(result.status == 1, "\(result)")
        let html = result.standardOutput
        #expect(!html.contains("<script>alert"), "the document's script is escaped")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" })
    }
}
