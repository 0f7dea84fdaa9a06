import Foundation
import Testing

@testable import PactLint

/// `CheckRun.contents(atPath:)`: the bytes `FileManager.contents(atPath:)` gave, or `nil` where
/// it gave `nil`.
@Suite struct FileReadingTests {
    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appending(path: "pactlint-read-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(filePath: path))
        return path
    }

    @Test(arguments: [0, 1, 10_000, 200_000])
    func readsEveryByte(count: Int) throws {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(CheckRun.contents(atPath: path) == bytes)
        #expect(CheckRun.contents(atPath: path) == FileManager.default.contents(atPath: path).map { [UInt8]($0) })
    }

    @Test func readsAFileWhoseSizeIsNotKnownInAdvance() throws {
        // `/proc` files report size 0: the rest is read in chunks.
        let bytes = try #require(CheckRun.contents(atPath: "/proc/self/status"))
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Name:"))
    }

    @Test func givesNothingForAMissingPathOrADirectory() {
        #expect(CheckRun.contents(atPath: "/no/such/place.yaml") == nil)
        #expect(CheckRun.contents(atPath: FileManager.default.temporaryDirectory.path) == nil)
    }

    @Test func givesNothingAtOnceForAFIFOWithNoWriter() throws {
        // Opening a FIFO for reading waits for a writer unless it is opened non-blocking.
        let path = FileManager.default.temporaryDirectory.appending(path: "pactlint-fifo-\(UUID().uuidString)").path
        try #require(mkfifo(path, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(CheckRun.contents(atPath: path) == nil)
    }

    @Test func givesNothingForADeviceThatNeverEnds() {
        // `/dev/zero` would otherwise be read until memory runs out.
        #expect(CheckRun.contents(atPath: "/dev/zero") == nil)
    }

    @Test func givesNothingForAFileLargerThanAnyThatCouldBeLoaded() throws {
        // A sparse file: its size is not allocated, let alone read.
        let path = FileManager.default.temporaryDirectory.appending(path: "pactlint-sparse-\(UUID().uuidString)").path
        try Data().write(to: URL(filePath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try #require(truncate(path, off_t(CheckRun.largestReadableFile) + 1) == 0)
        #expect(CheckRun.contents(atPath: path) == nil)
    }
}
