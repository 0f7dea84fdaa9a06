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
        // The same file may be reached under two spellings (`parts` and `./parts/x.yaml`);
        // checked twice, it would double its findings and meet itself in portfolio rules.
        // Paths are told apart by their bytes: a `Set<String>` would take two names that are
        // canonically equivalent (`café` composed and decomposed: two files) for one.
        var seen = SeenPaths()
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DiscoveryError(path: path, message: "no such file or directory")
            }
            guard isDirectory.boolValue else {
                if seen.insert(Self.standardized(path)) { found.append(path) }
                continue
            }
            // A file found in the directory is `directory/relative`, with `relative` made of
            // plain names (no `.`, `..` or empty ones): standardizing the directory once gives
            // each file's standardized path by appending, where standardizing every file's
            // path costs some 40,000 instructions.
            let standardDirectory = Self.standardized(path)
            let keyPrefix = standardDirectory.hasSuffix("/") ? standardDirectory : standardDirectory + "/"
            for file in searchDirectory(path) where seen.insert(keyPrefix + file.relative) {
                found.append(file.shown)
            }
        }
        return found
    }

    /// `path` as a URL standardizes it (absolute, without `.` and `..` components).
    private static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The selected YAML files under `directory`, each as the path shown (`directory/relative`)
    /// and its path relative to `directory`, sorted by the path shown.
    ///
    /// The search is the one `FileManager`'s enumerator (`fts` with `FTS_PHYSICAL | FTS_XDEV`)
    /// made, with `readdir` and no URL per entry (some 90,000 instructions a file): symbolic
    /// links are never followed (a link given as the directory yields nothing), directories
    /// of other file systems are not entered, hidden entries and unreadable directories are
    /// skipped.
    private func searchDirectory(_ directory: String) -> [(shown: String, relative: String)] {
        var root = directory
        while root.utf8.count > 1, root.hasSuffix("/") { root.removeLast() }
        var info = stat()
        guard lstat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return [] }
        var files: [(shown: String, relative: String)] = []
        let shownPrefix = directory.hasSuffix("/") ? directory : directory + "/"
        let device = info.st_dev
        var pending = [(path: root, relative: "")]
        while let (path, relative) = pending.popLast() {
            guard let stream = opendir(path) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                guard let name = Self.visibleName(entry) else { continue }
                let type = Int32(entry.pointee.d_type)
                // Only a directory, or an entry whose type the listing does not give, needs a
                // `stat`; a name that is not YAML needs nothing more unless it is a directory.
                guard type == DT_DIR || type == DT_UNKNOWN || (type == DT_REG && Self.hasYAMLExtension(name)) else {
                    continue
                }
                let entryPath = path + "/" + name
                let entryRelative = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                if type != DT_REG {
                    guard lstat(entryPath, &info) == 0 else { continue }
                }
                if type == DT_REG || (info.st_mode & S_IFMT) == S_IFREG {
                    let shown = shownPrefix + entryRelative
                    if Self.hasYAMLExtension(name), isSelected(shown) { files.append((shown, entryRelative)) }
                } else if (info.st_mode & S_IFMT) == S_IFDIR, info.st_dev == device {
                    // As `FTS_XDEV`: a directory on another file system is not entered.
                    pending.append((entryPath, entryRelative))
                }
            }
        }
        return files.sorted { $0.shown < $1.shown }
    }

    /// The entry's name, or `nil` for a hidden one (starting with `.`, as `.` and `..` do) and
    /// for a name that is not valid UTF-8, which no path string could name again (the
    /// enumerator used before skipped those too).
    private static func visibleName(_ entry: UnsafeMutablePointer<dirent>) -> String? {
        withUnsafeBytes(of: &entry.pointee.d_name) { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let length = bytes.firstIndex(of: 0) ?? bytes.count
            guard length > 0, bytes[0] != UInt8(ascii: ".") else { return nil }
            return String(validating: UnsafeBufferPointer(rebasing: bytes[..<length]), as: UTF8.self)
        }
    }

    /// Whether a (non-hidden) name has the extension `yaml` or `yml`, as `URL.pathExtension`
    /// reads it: the text after the last `.`.
    private static func hasYAMLExtension(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml")
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

/// The standardized paths discovery has found, told apart by their bytes.
///
/// ASCII paths (almost all) go into a `Set<String>`: for ASCII text, `String`'s equality is
/// byte equality. Only other paths need `PathBytes`, whose set type costs a look-up of its
/// `Hashable` conformance (some 350,000 instructions) the first time one is made. An ASCII
/// path never has the bytes of a non-ASCII one, so the two sets never hold the same file.
private struct SeenPaths {
    private var ascii = Set<String>()
    private var other: Set<PathBytes>?

    /// Adds `path`; returns whether it was new.
    mutating func insert(_ path: String) -> Bool {
        if path.utf8.allSatisfy({ $0 < 0x80 }) { return ascii.insert(path).inserted }
        // Taken out while it changes, so that the insertion does not copy it.
        var set = other ?? []
        other = nil
        defer { other = set }
        return set.insert(PathBytes(path)).inserted
    }
}
