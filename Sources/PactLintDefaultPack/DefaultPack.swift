/// The files of the default rule pack (`Rules/`) and the partnership template (`Templates/`),
/// built into the binary so that `pactlint` needs nothing installed beside it.
public enum DefaultPack {
    /// An embedded file: its path relative to the package root (e.g. `Rules/balanced.yaml`)
    /// and its text.
    public struct File: Sendable, Hashable {
        public var path: String
        public var text: String
    }

    /// Every embedded file, sorted by path. The texts are string literals in the binary: no
    /// file is decoded or copied until it is read.
    public static let files: [File] = embeddedFileContents.map { File(path: $0.path, text: $0.text) }

    /// The files of the rule pack, with paths relative to the pack (e.g. `balanced.yaml`,
    /// `fixtures/COMP-01/fail.yaml`).
    public static var ruleFiles: [File] {
        files.compactMap { file in
            guard file.path.hasPrefix("Rules/") else { return nil }
            return File(path: String(file.path.dropFirst("Rules/".count)), text: file.text)
        }
    }

    /// The commented partnership/v1 template that `pactlint init` writes.
    public static var partnershipTemplate: String? {
        files.first { $0.path == "Templates/partnership.yaml" }?.text
    }
}
