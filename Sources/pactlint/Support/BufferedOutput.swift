import Foundation
import PactLintReporters

/// A `TextOutputStream` that gathers text into chunks of 64 KiB before writing them to a file
/// handle, so that a large report is neither held whole in memory nor written in tiny pieces.
struct BufferedOutput: UTF8OutputStream {
    let handle: FileHandle
    private var buffer: [UInt8] = []
    /// Whether a write to the handle failed (the rest of the output is dropped).
    private(set) var failed = false

    private static let chunkSize = 1 << 16

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
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunkSize { flush() }
    }

    /// Writes what is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        if !failed {
            do {
                try handle.write(contentsOf: buffer)
            } catch {
                failed = true
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
