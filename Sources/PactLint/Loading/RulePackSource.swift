import Foundation
import YAMLSource

/// The files of one rule pack, read from a directory or given in memory (the default pack is
/// embedded in the binary as strings).
public struct RulePackSource: Sendable {
    /// The pack's directory, as paths in diagnostics start with it.
    public var directory: String
    /// Rule, pack and principles files (paths include `directory`); fixtures are not included.
    public var files: [SourceFile]

    /// A pack from files already read; their paths should start with `directory`.
    public init(directory: String, files: [SourceFile]) {
        self.directory = directory
        self.files = files
    }

    /// A pack from in-memory files: `(path relative to the pack, text)`.
    public init(directory: String, texts: [(path: String, text: String)]) {
        self.directory = directory
        self.files = texts.map { SourceFile(path: Self.join(directory, $0.path), text: $0.text) }
    }

    /// Reads the `*.yaml`/`*.yml` files at the top of `directory` (not `fixtures/`).
    public static func read(directory: String) throws(RuleSetError) -> RulePackSource {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory)
        } catch {
            throw RuleSetError(
                diagnostics: [
                    SourceDiagnostic(
                        message: "cannot read the rule directory '\(directory)'", file: directory,
                        span: SourceSpan(at: SourcePosition.fileStart),
                        help: "pass a directory that holds pack.yaml, principles.yaml and rule files")
                ], sources: [:])
        }
        var files: [SourceFile] = []
        var diagnostics: [SourceDiagnostic] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = join(directory, name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard let data = manager.contents(atPath: path) else {
                diagnostics.append(
                    SourceDiagnostic(
                        message: "cannot read the rule file", file: path,
                        span: SourceSpan(at: SourcePosition.fileStart)))
                continue
            }
            files.append(SourceFile(path: path, bytes: Array(data)))
        }
        if !diagnostics.isEmpty { throw RuleSetError(diagnostics: diagnostics, sources: [:]) }
        return RulePackSource(directory: directory, files: files)
    }

    /// Reads every directory in order; the errors of all of them are reported together.
    public static func read(directories: [String]) throws(RuleSetError) -> [RulePackSource] {
        var sources: [RulePackSource] = []
        var diagnostics: [SourceDiagnostic] = []
        for directory in directories {
            do {
                sources.append(try read(directory: directory))
            } catch {
                diagnostics.append(contentsOf: error.diagnostics)
            }
        }
        if !diagnostics.isEmpty { throw RuleSetError(diagnostics: diagnostics, sources: [:]) }
        return sources
    }

    static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty || directory == "." { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The file's name without its directory.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
