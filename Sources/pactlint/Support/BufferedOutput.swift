import Foundation
import PactLintReporters

/// A `TextOutputStream` that gathers text into chunks of 64 KiB before writing them to a file
/// handle, so that a large report is neither held whole in memory nor written in tiny pieces.
struct BufferedOutput: UTF8OutputStream {
    let handle: FileHandle
    private var buffer: [UInt8] = []
    /// Why a write to the handle failed (`errno`), after which the rest of the output is dropped.
    private(set) var failure: OutputFile.Failure?
    var failed: Bool { failure != nil }

    private static let chunkSize = 1 << 16
    /// Pieces of at least this many bytes are written without being buffered.
    private static let directWriteSize = 1 << 14

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(Self.chunkSize + 4096)
    }

    mutating func write(_ string: String) {
        // Copied from the string's contiguous UTF-8 (one memcpy); appending `string.utf8`
        // goes byte by byte, and the reporters make a write per JSON token.
        var string = string
        string.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= Self.chunkSize { flush() }
    }

    /// Takes bytes a reporter rendered itself (the JSON reporter's findings, a file at a time).
    mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        // A large piece goes to the handle as it is, after what is buffered: copying it into
        // the buffer first would cost a pass over its bytes and gain nothing.
        guard bytes.count < Self.directWriteSize else {
            flush()
            if !failed { failure = Self.write(bytes, to: handle) }
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunkSize { flush() }
    }

    /// Writes what is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        if !failed { failure = buffer.withUnsafeBufferPointer { Self.write($0, to: handle) } }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes` to `handle`'s descriptor; why it failed, or nil.
    ///
    /// `write(2)` directly, as `FileHandle.write(contentsOf:)` does underneath, without its
    /// some 8,000 instructions a call of generic `DataProtocol` handling.
    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to handle: FileHandle) -> OutputFile.Failure? {
        guard var next = bytes.baseAddress else { return nil }
        var remaining = bytes.count
        let descriptor = handle.fileDescriptor
        while remaining > 0 {
            let written = Foundation.write(descriptor, next, remaining)
            if written > 0 {
                next += written
                remaining -= written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return OutputFile.Failure(errno: written < 0 ? errno : EIO)
            }
        }
        return nil
    }
}
