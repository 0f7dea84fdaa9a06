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

    /// Replaces the file at `path` with `contents` as one step where a rename keeps all that a
    /// write in place would: the bytes go to a temporary file beside it, which is flushed and
    /// renamed over it once complete, so a write cut short (a full disk, a file-size limit)
    /// leaves the old file whole. That needs a regular file with no other hard links, writable
    /// and owned by whoever runs pactlint (or nothing at the path yet), and a directory that
    /// takes the temporary file and the rename. Anything else — a symbolic link, a device, a
    /// pipe, a read-only or someone else's file, a directory pactlint cannot write in, a name
    /// too long for a temporary one beside it — is written in place as before (see
    /// `write(_:to:replacing:)`), with the same errors.
    static func replace(_ contents: Data, at path: String) throws(Failure) {
        var existing = stat()
        let exists = lstat(path, &existing) == 0
        let replaceable =
            !exists
            || (existing.st_mode & S_IFMT == S_IFREG && existing.st_nlink == 1 && access(path, W_OK) == 0
                && existing.st_uid == geteuid())
        guard replaceable, let (temporary, handle) = try? temporaryFile(beside: path) else {
            try write(contents, to: path)
            return
        }
        do throws(Failure) {
            // The replacement keeps the file's mode (and, being its owner's, its owner).
            if exists { _ = fchmod(handle.fileDescriptor, existing.st_mode & 0o7777) }
            try write(contents, to: handle)
            guard fsync(handle.fileDescriptor) == 0 else { throw Failure(errno: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            // A directory that refuses the rename (e.g. sticky, like /tmp): as before.
            unlink(temporary)
            try write(contents, to: path)
            return
        }
        synchronizeDirectory(of: path)
    }

    /// Flushes the directory holding `path`, so that a rename into it survives a power loss;
    /// best effort (the replacement is already whole either way).
    private static func synchronizeDirectory(of path: String) {
        let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "."
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
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
