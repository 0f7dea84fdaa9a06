import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files the CLI writes (`check --output`, `init`), opened the way a shell's `>` opens them:
/// created or truncated in place, through a symbolic link; and `--write-baseline`'s file,
/// replaced as one step where it can be (`replace(_:at:)`).
///
/// Foundation's `createFile(atPath:)` and atomic writes instead write a temporary file and
/// rename it over the path, which turns a symbolic link into a regular file and, run as root,
/// replaced `/dev/null` itself with a file holding the report.
enum OutputFile {
    /// Why a file could not be written: the system's words for `errno`.
    struct Failure: Error, CustomStringConvertible {
        /// The `errno` value.
        let code: Int32
        var description: String { String(cString: strerror(code)) }

        init(errno code: Int32) {
            self.code = code
        }

        /// Whether the path existed already, for a file opened with `replacing: false`.
        var fileExists: Bool { code == EEXIST }
    }

    /// A handle writing to `path` from its start. Without `replacing`, a path that exists
    /// already (a dangling symbolic link included) is refused with `EEXIST`, in the same
    /// call that creates the file, so that nothing made meanwhile is truncated.
    static func handle(writingTo path: String, replacing: Bool = true) throws(Failure) -> FileHandle {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (replacing ? O_TRUNC : O_EXCL)
        let descriptor = open(path, flags, 0o666)
        guard descriptor >= 0 else { throw Failure(errno: errno) }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Writes `contents` to `path` in place (see `handle(writingTo:replacing:)`).
    static func write(_ contents: Data, to path: String, replacing: Bool = true) throws(Failure) {
        try write(contents, to: handle(writingTo: path, replacing: replacing))
    }

    /// Replaces the file at `path` with `contents` as one step when it is a regular file (or
    /// nothing is there): the bytes go to a temporary file beside it, which is renamed over it
    /// once complete, so a write cut short (a full disk, a killed process) leaves the old file
    /// whole. A symbolic link, a device, a pipe or a file with other hard links is written in
    /// place instead (see `write(_:to:replacing:)`), since a rename would replace the link
    /// itself or separate the file from its other names.
    static func replace(_ contents: Data, at path: String) throws(Failure) {
        var existing = stat()
        let exists = lstat(path, &existing) == 0
        guard !exists || (existing.st_mode & S_IFMT == S_IFREG && existing.st_nlink == 1) else {
            try write(contents, to: path)
            return
        }
        let (temporary, handle) = try temporaryFile(beside: path)
        do throws(Failure) {
            if exists {
                // The replacement keeps the file's mode and, where allowed, its owner.
                _ = fchmod(handle.fileDescriptor, existing.st_mode & 0o7777)
                _ = fchown(handle.fileDescriptor, existing.st_uid, existing.st_gid)
            }
            try write(contents, to: handle)
            guard fsync(handle.fileDescriptor) == 0, rename(temporary, path) == 0 else { throw Failure(errno: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// A new file in `path`'s directory, named after it and hidden (`.NAME.PID-N.tmp`), created
    /// with the mode a new file gets (`0666` less the umask).
    private static func temporaryFile(beside path: String) throws(Failure) -> (path: String, handle: FileHandle) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var attempt = 0
        while true {
            let candidate = "\(directory).\(name).\(getpid())-\(attempt).tmp"
            do throws(Failure) {
                return (candidate, try handle(writingTo: candidate, replacing: false))
            } catch  where error.fileExists && attempt < 100 {
                attempt += 1
            }
        }
    }

    /// Writes `contents` to `handle` and reports the first failure.
    private static func write(_ contents: Data, to handle: FileHandle) throws(Failure) {
        var output = BufferedOutput(handle: handle)
        contents.withUnsafeBytes { output.write(utf8: $0.bindMemory(to: UInt8.self)) }
        output.flush()
        if let failure = output.failure { throw failure }
    }
}
