import Foundation

/// Turns the paths given on the command line into the list of files to check.
///
/// Files named explicitly are always checked. Directories are searched recursively for
/// `*.yaml` and `*.yml`, skipping hidden entries, and the include/exclude globs apply to what
/// the search finds. The result is sorted, so output order never depends on the file system.
public struct FileDiscovery: Sendable {
    public var include: [GlobPattern]
    public var exclude: [GlobPattern]

    public init(include: [GlobPattern] = [], exclude: [GlobPattern] = []) {
        self.include = include
        self.exclude = exclude
    }

    /// The selection a configuration's `include` and `exclude` make.
    public init(_ configuration: Configuration) {
        self.init(
            include: configuration.include.map(GlobPattern.init), exclude: configuration.exclude.map(GlobPattern.init))
    }

    /// The files to check, or the first path that does not exist.
    public func files(in paths: [String]) throws(DiscoveryError) -> [String] {
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DiscoveryError(path: path, message: "no such file or directory")
            }
            if isDirectory.boolValue {
                found += searchDirectory(path)
            } else {
                found.append(path)
            }
        }
        // The same file may be reached under two spellings (`parts` and `./parts/x.yaml`);
        // checked twice, it would double its findings and meet itself in portfolio rules.
        var seen = Set<String>()
        return found.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }

    private func searchDirectory(_ directory: String) -> [String] {
        let root = URL(filePath: directory, directoryHint: .isDirectory)
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard ["yaml", "yml"].contains(url.pathExtension), Self.isRegularFile(url.path) else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(rootPath.count))
                .trimmingPrefix("/")
            let shown = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            if isSelected(shown) { files.append(shown) }
        }
        return files.sorted()
    }

    /// Whether `path` names a regular file, not following a symbolic link (as
    /// `URLResourceValues.isRegularFile` answers, with one `lstat` instead of Foundation's
    /// attribute dictionary: about 200,000 instructions a file).
    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Whether a file found in a directory is checked: it matches an `include` pattern (or
    /// there are none) and no `exclude` pattern.
    public func isSelected(_ path: String) -> Bool {
        if !include.isEmpty && !include.contains(where: { $0.matches(path) }) { return false }
        return !exclude.contains { $0.matches(path) }
    }
}

/// A path given to `check` that cannot be read.
public struct DiscoveryError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): error: \(message)" }
}

extension String {
    fileprivate func trimmingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
