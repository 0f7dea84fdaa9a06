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
        let description: String

        init(errno code: Int32) {
            description = String(cString: strerror(code))
        }
    }

    /// A handle writing to `path` from its start.
    static func handle(writingTo path: String) throws(Failure) -> FileHandle {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Failure(errno: errno) }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Writes `contents` to `path` in place.
    static func write(_ contents: Data, to path: String) throws(Failure) {
        let handle = try handle(writingTo: path)
        var output = BufferedOutput(handle: handle)
        contents.withUnsafeBytes { output.write(utf8: $0.bindMemory(to: UInt8.self)) }
        output.flush()
        if let failure = output.failure { throw failure }
    }
}
