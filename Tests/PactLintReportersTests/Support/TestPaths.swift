import Foundation

/// Where the test target's files are: located from this source file, so that goldens can be
/// re-recorded in place and tests never depend on the working directory.
enum TestPaths {
    /// `Tests/PactLintReportersTests/`.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `Tests/PactLintReportersTests/Golden/`.
    static let golden = testsDirectory.appendingPathComponent("Golden")
    /// `Tests/PactLintReportersTests/Resources/`.
    static let resources = testsDirectory.appendingPathComponent("Resources")
    /// The package root.
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh file in the temporary directory, with `contents` written to it.
    static func temporaryFile(_ contents: String, suffix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "pactlint-reporters-\(UUID().uuidString)\(suffix)")
        try Data(contents.utf8).write(to: url)
        return url
    }
}
