import Foundation
import PactLintDefaultPack
import Testing

/// The binary's copy of `Rules/` and `Templates/` must be the files on disk, byte for byte.
@Test func embeddedFilesMatchTheFilesOnDisk() throws {
    let packageRoot = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    var onDisk: [String: String] = [:]
    for folder in ["Rules", "Templates"] {
        let root = packageRoot.appending(path: folder)
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        for case let url as URL in enumerator where !url.hasDirectoryPath && !url.lastPathComponent.hasPrefix(".") {
            let relative = String(
                url.standardizedFileURL.path.dropFirst(packageRoot.standardizedFileURL.path.count + 1))
            onDisk[relative] = try String(contentsOf: url, encoding: .utf8)
        }
    }
    let embedded = Dictionary(uniqueKeysWithValues: DefaultPack.files.map { ($0.path, $0.text) })
    #expect(embedded.keys.sorted() == onDisk.keys.sorted())
    for (path, text) in onDisk {
        #expect(embedded[path] == text, "embedded copy of \(path) differs from the file on disk")
    }
    #expect(DefaultPack.ruleFiles.allSatisfy { !$0.path.hasPrefix("Rules/") })
}
