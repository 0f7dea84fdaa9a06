/// A `TextOutputStream` that also takes UTF-8 bytes as they are, so that a reporter which
/// renders into a byte buffer need not build (and validate) a `String` to hand it over.
public protocol UTF8OutputStream: TextOutputStream {
    /// Writes `bytes`, which are valid UTF-8.
    mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>)
}

extension TextOutputStream {
    /// Writes the UTF-8 `bytes`: as they are when the stream takes bytes, else as a `String`.
    mutating func write(utf8 bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeUTF8(bytes: $0) }
    }

    /// Writes the UTF-8 `buffer`: as it is when the stream takes bytes, else as a `String`.
    mutating func write(utf8 buffer: ByteBuffer) {
        buffer.withUnsafeBytes { writeUTF8(bytes: $0) }
    }

    /// Writes the UTF-8 `bytes`: as they are when the stream takes bytes, else as a `String`.
    mutating func writeUTF8(bytes: UnsafeBufferPointer<UInt8>) {
        guard let streamType = Self.self as? any UTF8OutputStream.Type else {
            return write(String(decoding: bytes, as: UTF8.self))
        }
        // `Self` is `Stream` here, so the stream is written in place: a copy of it (the
        // existential `self as? any UTF8OutputStream`) would copy its buffer on write.
        func writeInPlace<Stream: UTF8OutputStream>(as _: Stream.Type) {
            withUnsafeMutablePointer(to: &self) { stream in
                UnsafeMutableRawPointer(stream).assumingMemoryBound(to: Stream.self).pointee.write(utf8: bytes)
            }
        }
        writeInPlace(as: streamType)
    }
}
