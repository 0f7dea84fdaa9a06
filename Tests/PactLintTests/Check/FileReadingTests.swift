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
}
