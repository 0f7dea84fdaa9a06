import Foundation
import YAMLSource

/// A fixture: a partnership file under `fixtures/<RULE-ID>/` that tests that rule.
public struct RuleFixture: Sendable {
    /// The rule the fixture's folder names.
    public var ruleID: String
    /// The fixture's source.
    public var file: SourceFile

    /// A fixture of rule `ruleID`.
    public init(ruleID: String, file: SourceFile) {
        self.ruleID = ruleID
        self.file = file
    }

    /// Reads `fixtures/<RULE-ID>/*.yaml` (and `*.yml`) of a pack directory, sorted by path.
    /// A pack without a `fixtures` folder has no fixtures.
    public static func read(packDirectory: String) -> [RuleFixture] {
        let manager = FileManager.default
        let root = RulePackSource.join(packDirectory, "fixtures")
        guard let folders = try? manager.contentsOfDirectory(atPath: root) else { return [] }
        var fixtures: [RuleFixture] = []
        for folder in folders.sorted() {
            let directory = RulePackSource.join(root, folder)
            guard let names = try? manager.contentsOfDirectory(atPath: directory) else { continue }
            for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let path = RulePackSource.join(directory, name)
                guard let data = manager.contents(atPath: path) else { continue }
                fixtures.append(RuleFixture(ruleID: folder, file: SourceFile(path: path, bytes: Array(data))))
            }
        }
        return fixtures
    }
}
