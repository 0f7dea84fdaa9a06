import Foundation

/// Paths of the repository's own content (`Rules/`, `Samples/`, `Templates/`), found from this
/// source file so that the tests run from any working directory.
enum RepositoryPaths {
    /// The package root: three levels above `Tests/PactLintTests/RulePack/`.
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .path

    /// The default rule pack.
    static var rules: String { root + "/Rules" }
    /// The sample partnership descriptions.
    static var samples: String { root + "/Samples" }
    /// The template `pactlint init` writes.
    static var template: String { root + "/Templates/partnership.yaml" }

    /// Every `*.yaml` file under `directory`, recursively, as paths relative to it, sorted.
    static func yamlFiles(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        for case let path as String in enumerator where path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
            files.append(path)
        }
        return files.sorted()
    }
}
