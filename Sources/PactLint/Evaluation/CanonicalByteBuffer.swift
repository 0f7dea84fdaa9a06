/// A growing run of bytes in memory it allocates itself, for canonical bytes written a byte
/// or a key at a time: an array checked its capacity and its uniqueness at every append.
///
/// The owner calls `deallocate()` once it has copied `bytes` out; a copy of the buffer shares
/// its memory, so only one copy is used (it lives in one function, `Fingerprint.appendCanonical`).
struct CanonicalByteBuffer: CanonicalByteSink {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// The bytes written so far, valid until the next append or `deallocate()`.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    mutating func append(prefix: UInt64, suffix: UInt64, count: Int) {
        // Both words stored whole (the bytes past the count are overwritten by what follows):
        // two stores instead of a copy of `count` bytes.
        if self.count + 16 > capacity { grow(toHold: self.count + 16) }
        let target = UnsafeMutableRawPointer(base + self.count)
        target.storeBytes(of: prefix.littleEndian, as: UInt64.self)
        target.storeBytes(of: suffix.littleEndian, toByteOffset: 8, as: UInt64.self)
        self.count += count
    }

    mutating func appendShortString(prefix: UInt64, suffix: UInt64, count: Int) {
        // Most scalars: one capacity check and a few stores.
        if self.count + 20 > capacity { grow(toHold: self.count + 20) }
        let target = UnsafeMutableRawPointer(base + self.count)
        target.storeBytes(of: UInt8(ascii: "s"), as: UInt8.self)
        target.storeBytes(of: UInt8(ascii: ":"), toByteOffset: 1, as: UInt8.self)
        target.storeBytes(of: prefix.littleEndian, toByteOffset: 2, as: UInt64.self)
        target.storeBytes(of: suffix.littleEndian, toByteOffset: 10, as: UInt64.self)
        target.storeBytes(of: 0x1F, toByteOffset: 2 + count, as: UInt8.self)
        target.storeBytes(of: 0x1F, toByteOffset: 3 + count, as: UInt8.self)
        self.count += count + 4
    }

    /// Frees the memory; the buffer is not used after.
    func deallocate() {
        base.deallocate()
    }

    /// Moves the bytes to memory at least twice as large that holds `needed` bytes.
    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
