/// A growing run of bytes in memory it allocates itself: what an evaluator spells its messages
/// into (kept from one finding to the next, so a message allocates only its string), and what
/// a node's canonical bytes are written into and kept in (`Fingerprint.canonicalBytes(of:)`).
///
/// Raw memory rather than an array: an array checked its capacity and uniqueness at every
/// append, and emptying it went through `replaceSubrange`. A buffer is used by one thread (an
/// evaluator's by its document's or portfolio thread, a canonical one within one call); hence
/// no exclusivity checks on the fields, which nothing else reaches.
final class GrowingBytes {
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var count = 0
    @exclusivity(unchecked) private var capacity: Int

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Calls `body` with the bytes written so far; the buffer stays alive meanwhile (a caller
    /// that read `bytes` from its last reference could see them freed before it reads them).
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// Empties the buffer for the next message.
    func removeAll() {
        count = 0
    }

    /// Appends `text`'s UTF-8, copied at once from its contiguous storage when it has one.
    func append(_ text: String) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { append(UnsafeRawBufferPointer($0)) }
        if copied == nil { for byte in text.utf8 { append(byte) } }
    }

    /// Appends `bytes`.
    func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    /// Appends one byte.
    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Makes room for `room` bytes at the end, lets `body` write there, and keeps the first
    /// bytes it says it wrote (at most `room`): several stores with one capacity check.
    @inline(__always)
    func write(reserving room: Int, _ body: (UnsafeMutableRawPointer) -> Int) {
        if count + room > capacity { grow(toHold: count + room) }
        count += body(UnsafeMutableRawPointer(base + count))
    }

    /// The message spelt so far, as a string.
    func makeString() -> String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    /// Moves the bytes to memory at least twice as large that holds `needed` bytes.
    private func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
