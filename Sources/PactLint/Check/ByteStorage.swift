/// Heap memory for bytes, freed with the last reference: the storage of the reporters'
/// `ByteBuffer`, and of `RenderedFindings`, which takes a rendered buffer's storage over
/// without copying its bytes.
///
/// `@unchecked Sendable`: its bytes are written only through a `ByteBuffer` that holds the
/// storage alone (the buffer copies on write whenever the storage is shared), so storage that
/// another thread can reach is only read.
package final class ByteStorage: @unchecked Sendable {
    /// The first byte.
    package let base: UnsafeMutablePointer<UInt8>
    /// How many bytes fit.
    package let capacity: Int

    /// Uninitialized room for `capacity` bytes.
    package init(capacity: Int) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    deinit { base.deallocate() }
}
