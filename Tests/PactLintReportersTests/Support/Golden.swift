import Foundation
import Testing

/// Golden-file comparison: the rendered output must equal `Golden/<name>` byte for byte.
/// `RECORD_SNAPSHOTS=1 swift test --filter PactLintReportersTests` rewrites the goldens.
enum Golden {
    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = TestPaths.golden.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: TestPaths.golden, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "missing golden file \(name); record it with RECORD_SNAPSHOTS=1 swift test --filter PactLintReportersTests",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if actual != expected {
            let line = firstDifferentLine(actual, expected)
            let message =
                "output differs from golden file \(name) (first difference at line \(line)); "
                + "re-record with RECORD_SNAPSHOTS=1 if the change is intended\n--- actual ---\n\(actual)"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    private static func firstDifferentLine(_ a: String, _ b: String) -> Int {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            if index >= left.count || index >= right.count || left[index] != right[index] { return index + 1 }
        }
        return 0
    }
}
