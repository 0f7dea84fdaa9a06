import Foundation
import _PactLintTestSupport

/// A fresh temporary directory for one test case: fixture files are written into it and
/// pactlint runs with it as the current directory.
struct Workdir: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pactlint-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `path` (relative), creating the folders on the way.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// The contents of `path`, or `nil` when it does not exist.
    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent(path).path).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }

    /// Runs pactlint in this directory (or in `subdirectory` of it).
    func pactlint(
        _ arguments: String..., input: String? = nil, in subdirectory: String? = nil,
        environment: [String: String] = [:]
    ) async throws -> PactLintBinary.Result {
        try await pactlint(arguments, input: input, in: subdirectory, environment: environment)
    }

    func pactlint(
        _ arguments: [String], input: String? = nil, in subdirectory: String? = nil,
        environment: [String: String] = [:]
    ) async throws -> PactLintBinary.Result {
        let directory = subdirectory.map { url.appendingPathComponent($0, isDirectory: true) } ?? url
        return try await PactLintBinary.run(
            arguments, in: directory, input: input.map { Data($0.utf8) }, environment: environment)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
