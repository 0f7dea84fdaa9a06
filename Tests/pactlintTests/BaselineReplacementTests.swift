import Foundation
import Testing
import _PactLintTestSupport

/// `--write-baseline` replaces a regular file as one step: the old baseline survives a write
/// that is cut short, and no temporary file is left behind.
@Suite struct BaselineReplacementTests {
    /// A document with `count` actions of status `tbd`: one TINY-03 finding each.
    static func document(actions count: Int) -> String {
        "id: p1\nactions:\n" + (0..<count).map { "  - {id: a\($0), status: tbd}\n" }.joined()
    }

    static func setUp(actions: Int) throws -> Workdir {
        let workdir = try Workdir()
        try TinyPack.write(to: workdir)
        try workdir.write("p.yaml", Self.document(actions: actions))
        return workdir
    }

    /// The names in the work directory that are not the fixture's own.
    static func strayFiles(in workdir: Workdir) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: workdir.url.path)
            .filter { !["p.yaml", "tiny", "base.json"].contains($0) }
    }

    @Test func aRegularFileIsReplacedWithItsModeKept() async throws {
        let workdir = try Self.setUp(actions: 2)
        defer { workdir.remove() }
        let path = workdir.url.appendingPathComponent("base.json").path
        try workdir.write("base.json", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let before = try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int)
        let written = try await workdir.pactlint(
            ["check", "p.yaml", "--write-baseline", "base.json"] + TinyPack.arguments())
        #expect(written.status == 0, "\(written)")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        // A new file took the old one's name (a write in place keeps the inode).
        #expect(attributes[.systemFileNumber] as? Int != before)
        #expect(attributes[.posixPermissions] as? Int == 0o640)
        #expect(workdir.read("base.json")?.contains("\"TINY-03\"") == true)
        #expect(try Self.strayFiles(in: workdir).isEmpty)
    }

    /// A file-size limit in the middle of the baseline (`prlimit --fsize`): the write fails
    /// with "File too large", the old baseline is still whole and the temporary file is gone.
    /// Written in place, the baseline would be cut to the limit.
    @Test func aWriteCutShortLeavesTheOldBaseline() async throws {
        let binary = try #require(PactLintBinary.url)
        let limiter = try ExternalTool.run(["prlimit", "--version"])
        try #require(limiter.status == 0, "prlimit (util-linux) is needed: \(limiter.output)")
        let workdir = try Self.setUp(actions: 400)
        defer { workdir.remove() }
        let old = String(repeating: "{\"old baseline\": true}\n", count: 10)
        try workdir.write("base.json", old)
        let command =
            "cd '\(workdir.url.path)' && exec prlimit --fsize=8192 '\(binary.path)' check p.yaml"
            + " --write-baseline base.json " + TinyPack.arguments().joined(separator: " ")
        let result = try ExternalTool.run(["sh", "-c", command])
        #expect(result.status == 2, "\(result.output)")
        #expect(
            result.output.contains("base.json: error: cannot write the baseline (File too large)"), "\(result.output)")
        #expect(workdir.read("base.json") == old)
        #expect(try Self.strayFiles(in: workdir).isEmpty)
        // The full baseline is larger than the limit, so the run did stop part-way.
        let full = try await workdir.pactlint(
            ["check", "p.yaml", "--write-baseline", "full.json"] + TinyPack.arguments())
        #expect(full.status == 0, "\(full)")
        #expect((workdir.read("full.json")?.utf8.count ?? 0) > 8192)
    }

    /// Where no temporary file can be made beside it, the baseline is written in place, as
    /// before: a directory pactlint cannot create files in (root can), a name with no room
    /// for the temporary name's additions.
    @Test func withoutRoomForATemporaryFileTheBaselineIsWrittenInPlace() async throws {
        let workdir = try Self.setUp(actions: 2)
        defer { workdir.remove() }
        let long = String(repeating: "b", count: 250) + ".json"
        try workdir.write("base.json", "old")
        try workdir.write(long, "old")
        let directory = workdir.url.path
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory) }
        for name in ["base.json", long] {
            let result = try await workdir.pactlint(
                ["check", "p.yaml", "--write-baseline", name] + TinyPack.arguments())
            #expect(result.status == 0, "\(result)")
            #expect(workdir.read(name)?.contains("\"TINY-03\"") == true)
        }
        #expect(try Self.strayFiles(in: workdir) == [long])
    }

    /// A baseline pactlint may not write is refused as before (root may write any file).
    @Test func aReadOnlyBaselineIsNotReplaced() async throws {
        let workdir = try Self.setUp(actions: 2)
        defer { workdir.remove() }
        try workdir.write("base.json", "old")
        let path = workdir.url.appendingPathComponent("base.json").path
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let result = try await workdir.pactlint(
            ["check", "p.yaml", "--write-baseline", "base.json"] + TinyPack.arguments())
        if getuid() == 0 {
            #expect(result.status == 0, "\(result)")
        } else {
            #expect(result.status == 2, "\(result)")
            #expect(result.standardError.hasPrefix("base.json: error: cannot write the baseline (Permission denied)"))
            #expect(workdir.read("base.json") == "old")
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.posixPermissions] as? Int == 0o444)
        #expect(try Self.strayFiles(in: workdir).isEmpty)
    }
}
