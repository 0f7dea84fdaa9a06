import Foundation
import Testing

/// Runs the built `pactlint` executable: argv in; standard output, standard error and exit
/// status out.
///
/// The test target depends on the `pactlint` target, so SwiftPM builds the executable into the
/// same directory as the test bundle; the binary is found by walking up from the bundle.
public enum PactLintBinary {
    /// The outcome of one run.
    public struct Result: Sendable, CustomStringConvertible {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
        public var stdoutBytes: Data
        /// True when a signal ended the process (a crash), not an exit.
        public var terminatedBySignal: Bool
        /// Wall time from launch to exit.
        public var elapsed: Duration

        public var description: String {
            "exit \(status)\n--- stdout\n\(standardOutput)\n--- stderr\n\(standardError)"
        }
    }

    /// The executable, or `nil` (with an issue recorded) when it cannot be found.
    public static let url: URL? = {
        let candidates =
            [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            + Bundle.allBundles.map(\.bundleURL)
        for start in candidates {
            var directory = start.standardizedFileURL
            for _ in 0..<6 {
                let binary = directory.appendingPathComponent("pactlint")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDirectory),
                    !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: binary.path)
                {
                    return binary
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return nil
    }()

    /// The fixed clock of every run: 2026-11-29T10:00:00Z.
    public static let sourceDateEpoch = "1795946400"

    /// Runs `pactlint arguments` in `directory`, feeding `input` on standard input (nothing
    /// when `nil`). The environment is the test's with `SOURCE_DATE_EPOCH` fixed and `NO_COLOR`
    /// removed, then `environment` applied.
    public static func run(
        _ arguments: [String], in directory: URL, input: Data? = nil, environment: [String: String] = [:]
    ) async throws -> Result {
        guard let url else {
            Issue.record(
                "the pactlint executable was not found next to the test bundle (\(Bundle.main.bundleURL.path))")
            throw BinaryNotFound()
        }
        await ProcessSlots.shared.acquire()
        do {
            let result = try await launch(url, arguments, in: directory, input: input, environment: environment)
            await ProcessSlots.shared.release()
            return result
        } catch {
            await ProcessSlots.shared.release()
            throw error
        }
    }

    private static func launch(
        _ url: URL, _ arguments: [String], in directory: URL, input: Data?, environment: [String: String]
    ) async throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pactlint-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        let inURL = scratch.appendingPathComponent("stdin")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        try (input ?? Data()).write(to: inURL)

        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = nil
        variables["SOURCE_DATE_EPOCH"] = sourceDateEpoch
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let inHandle = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = inHandle

        let clock = ContinuousClock()
        let start = clock.now
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try? outHandle.close()
        try? errHandle.close()
        try? inHandle.close()
        let out = try Data(contentsOf: outURL)
        let err = try Data(contentsOf: errURL)
        return Result(
            status: status, standardOutput: String(decoding: out, as: UTF8.self),
            standardError: String(decoding: err, as: UTF8.self), stdoutBytes: out,
            terminatedBySignal: process.terminationReason == .uncaughtSignal, elapsed: clock.now - start)
    }

    public struct BinaryNotFound: Error {}
}

/// Limits how many pactlint processes run at once, so parallel tests do not flood the machine.
actor ProcessSlots {
    static let shared = ProcessSlots(limit: max(2, ProcessInfo.processInfo.activeProcessorCount * 2))

    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) {
        self.limit = limit
    }

    func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
