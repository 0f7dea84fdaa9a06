import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files the CLI writes (`check --output`, `--write-baseline`, `init`), opened the way a
/// shell's `>` opens them: created or truncated in place, through a symbolic link.
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
        let handle = try handle(writingTo: path, replacing: replacing)
        var output = BufferedOutput(handle: handle)
        contents.withUnsafeBytes { output.write(utf8: $0.bindMemory(to: UInt8.self)) }
        output.flush()
        if let failure = output.failure { throw failure }
    }
}
