import Foundation
import Testing
import _PactLintTestSupport

/// The whole `pactlint check` binary on hostile files: exit 1 and a located finding for a bad
/// partnership file, exit 2 and `file:line:col` on standard error for a bad rule or
/// configuration file; never a crash (a signal) or a hang.
@Suite("hostile files through the pactlint binary")
struct CLIHostileTests {
    struct Run {
        var status: Int32
        var output: String
        var error: String
        var elapsed: Duration
    }

    /// A fresh directory holding `files` (path → bytes).
    static func directory(_ files: [String: [UInt8]]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "pactlint-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    /// Runs `pactlint arguments` in `directory`; a crash (a signal) is a test failure.
    static func run(_ arguments: [String], in directory: URL, input: [UInt8]? = nil) async throws -> Run {
        let result = try await PactLintBinary.run(
            arguments, in: directory, input: input.map { Data($0) }, environment: ["NO_COLOR": "1"])
        #expect(!result.terminatedBySignal, "pactlint was killed by a signal")
        return Run(
            status: result.status, output: result.standardOutput, error: result.standardError,
            elapsed: result.elapsed)
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("bad partnership files: exit 1, each file's error at file:line:col, the other files still checked")
    func badPartnershipFiles() async throws {
        var bomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ",") + "]\n"
        }
        let directory = try Self.directory([
            "p/binary.yaml": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
            "p/bomb.yaml": Self.bytes(bomb),
            "p/deep.yaml": Self.bytes("k: " + String(repeating: "[", count: 10_000)),
            "p/nul.yaml": Self.bytes("schema: partnership/v1\nid: a\u{0}b\n"),
            "p/tabs.yaml": Self.bytes("partner:\n\tcountry: X\n"),
            "p/utf16.yaml": [0xFF, 0xFE] + Array("a: 1\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            "p/dup.yaml": Self.bytes("? 1\n: a\n? 0x1\n: b\n"),
            "p/tag.yaml": Self.bytes("id: !!binary aGk=\n"),
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try await Self.run(["check", "--no-config", "p"], in: directory)
        #expect(run.status == 1, "\(run.output)\n\(run.error)")
        #expect(run.elapsed < Hostile.timeBudget)
        for expected in [
            "p/binary.yaml:1:1: error: invalid UTF-8: byte 0x89 at byte offset 0 cannot start a character",
            "p/bomb.yaml:5:29: error: aliases expand to more than 100000 nodes (an alias bomb?)",
            "p/deep.yaml:1:259: error: collections nest deeper than 256 levels",
            "p/nul.yaml:2:6: error: control characters are not allowed (U+0000)",
            "p/tabs.yaml:2:1: error: found character that cannot start any token",
            "p/utf16.yaml:1:1: error: the file is UTF-16 (it starts with a UTF-16 byte order mark)",
            "p/dup.yaml:3:3: error: duplicate key '0x1' in a mapping (the same value as '1')",
            "p/tag.yaml:1:5: error: unknown tag '!!binary'",
        ] {
            #expect(run.output.contains(expected + " [pactlint/yaml-syntax]"), "missing: \(expected)\n\(run.output)")
        }
        #expect(run.output.contains("8 files checked"))
    }

    @Test("a file over the size limit: exit 1 with the size error; --max-file-size raises the limit")
    func fileSize() async throws {
        var big = Self.bytes("schema: partnership/v1\nid: x\ntitle: \"")
        big += [UInt8](repeating: UInt8(ascii: "y"), count: 17 * 1024 * 1024)
        big += Self.bytes("\"\n")
        let directory = try Self.directory(["big.yaml": big])
        defer { try? FileManager.default.removeItem(at: directory) }
        let refused = try await Self.run(["check", "--no-config", "--format", "json", "big.yaml"], in: directory)
        #expect(refused.status == 1)
        #expect(refused.output.contains("more than the limit of 16777216 bytes"))
        let small = try Self.directory(["doc.yaml": Self.bytes("schema: partnership/v1\nid: x\ntitle: t\n")])
        defer { try? FileManager.default.removeItem(at: small) }
        let raisedLow = try await Self.run(["check", "--no-config", "--max-file-size", "10", "doc.yaml"], in: small)
        #expect(raisedLow.status == 1)
        #expect(
            raisedLow.output.hasPrefix("doc.yaml:1:1: error: the file has 38 bytes, more than the limit of 10 bytes"))
    }

    @Test("a bad configuration: exit 2, the error at file:line:col on standard error, nothing checked")
    func badConfiguration() async throws {
        let cases: [(String, String)] = [
            ("fail-on: [error\n", ".pactlint.yml:2:1: error: did not find expected ',' or ']'"),
            (
                "fail-on: error\n---\nfail-on: never\n",
                ".pactlint.yml:2:1: error: the configuration holds 2 YAML documents"
            ),
            ("severity: {[a]: error}\n", ".pactlint.yml:1:12: error: keys of 'severity' must be rule ids or names"),
            ("\u{0}", ".pactlint.yml:1:1: error: control characters are not allowed (U+0000)"),
            ("disable: [NOPE-01]\n", ".pactlint.yml:1:11: error: unknown rule 'NOPE-01'"),
        ]
        for (config, headline) in cases {
            let directory = try Self.directory([
                ".pactlint.yml": Self.bytes(config), "doc.yaml": Self.bytes("schema: partnership/v1\n"),
            ])
            defer { try? FileManager.default.removeItem(at: directory) }
            let run = try await Self.run(["check", "doc.yaml"], in: directory)
            #expect(run.status == 2, "\(config): \(run.error)")
            #expect(run.error.hasPrefix(headline), "\(run.error)")
            #expect(run.output.isEmpty)
        }
    }

    @Test("a bad rule pack: exit 2, every error at file:line:col on standard error")
    func badRulePack() async throws {
        let directory = try Self.directory([
            "pack/pack.yaml": [],
            "pack/principles.yaml": Self.bytes("principles: []\n"),
            "pack/rules.yaml": Self.bytes("rules:\n  - id: 42\n"),
            "pack/binary.yaml": [0xC0, 0xAF],
            "doc.yaml": Self.bytes("schema: partnership/v1\n"),
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try await Self.run(["check", "--no-config", "--rules", "pack", "doc.yaml"], in: directory)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        for headline in [
            "pack/binary.yaml:1:1: error: invalid UTF-8: byte 0xC0 at byte offset 0 cannot start a character",
            "pack/pack.yaml:1:1: error: the file is empty",
            "pack/rules.yaml:2:9: error: a rule's id must be a string, not the number 42",
        ] {
            #expect(run.error.contains(headline), "missing: \(headline)\n\(run.error)")
        }
        #expect(!run.error.contains("has no pack.yaml"))
    }

    @Test("a hostile baseline file: exit 2 with the file named, never a crash")
    func badBaseline() async throws {
        let baselines: [String: [UInt8]] = [
            "garbage.json": Self.bytes("garbage"),
            "deep.json": Self.bytes(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
            "binary.json": [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF],
            "shape.json": Self.bytes("{\"version\": 1, \"findings\": {\"a\": [1]}}"),
        ]
        var files = baselines
        files["doc.yaml"] = Self.bytes("schema: partnership/v1\n")
        let directory = try Self.directory(files)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in baselines.keys.sorted() {
            let run = try await Self.run(["check", "--no-config", "--baseline", name, "doc.yaml"], in: directory)
            #expect(run.status == 2, "\(name): \(run.error)")
            // Baseline errors name the file but no line and column (JSONDecoder gives none): a gap.
            #expect(run.error.hasPrefix("\(name):"), "\(run.error)")
            #expect(run.error.contains(": error: not a pactlint baseline"), "\(run.error)")
        }
    }

    @Test("binary and invalid UTF-8 on standard input: exit 1, located under the --stdin-filename")
    func hostileStandardInput() async throws {
        let directory = try Self.directory([:])
        defer { try? FileManager.default.removeItem(at: directory) }
        let png = try await Self.run(
            ["check", "--no-config", "--stdin-filename", "in.yaml", "-"], in: directory,
            input: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.status == 1)
        #expect(
            png.output.hasPrefix(
                "in.yaml:1:1: error: invalid UTF-8: byte 0x89 at byte offset 0 cannot start a character"))
        let surrogate = try await Self.run(
            ["check", "--no-config", "-"], in: directory, input: Self.bytes("a: ") + [0xED, 0xA0, 0x80])
        #expect(surrogate.status == 1)
        #expect(surrogate.output.hasPrefix("<stdin>:1:4: error: invalid UTF-8"))
    }
}
