/// A `TextOutputStream` that also takes UTF-8 bytes as they are, so that a reporter which
/// renders into a byte buffer need not build (and validate) a `String` to hand it over.
public protocol UTF8OutputStream: TextOutputStream {
    /// Writes `bytes`, which are valid UTF-8.
    mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>)
}

extension TextOutputStream {
    /// Writes the UTF-8 `bytes`: as they are when the stream takes bytes, else as a `String`.
    mutating func write(utf8 bytes: [UInt8]) {
        if var stream = self as? any UTF8OutputStream {
            bytes.withUnsafeBufferPointer { stream.write(utf8: $0) }
            if let written = stream as? Self {
                self = written
                return
            }
        }
        write(String(decoding: bytes, as: UTF8.self))
    }
}
