/// A file's findings as a report writer renders them, one piece of bytes per finding, made on
/// the worker thread that checked the file: the thread that delivers files in order then only
/// appends bytes.
public struct RenderedFindings: Sendable, Equatable {
    /// The pieces, one after another, in the findings' order (the first `byteCount` bytes).
    private let storage: ByteStorage
    /// How many bytes the pieces take.
    public let byteCount: Int
    /// Where each finding's piece ends (it starts where the previous one ends).
    public let ends: [Int]

    /// Pieces whose ends in `bytes` are `ends` (the bytes are copied).
    public init(bytes: [UInt8], ends: [Int]) {
        let storage = ByteStorage(capacity: max(bytes.count, 1))
        bytes.withUnsafeBufferPointer { source in
            if let start = source.baseAddress { storage.base.initialize(from: start, count: source.count) }
        }
        self.init(storage: storage, count: bytes.count, ends: ends)
    }

    /// The first `count` bytes of `storage`, which no one writes any more.
    package init(storage: ByteStorage, count: Int, ends: [Int]) {
        self.storage = storage
        self.byteCount = count
        self.ends = ends
    }

    /// How many findings there are.
    public var count: Int { ends.count }

    /// Calls `body` with the pieces' bytes.
    public func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) {
            try body(UnsafeBufferPointer(start: storage.base, count: byteCount))
        }
    }

    /// The pieces' bytes as an array.
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    /// The pieces of the findings at `indices` (ascending), in that order: what is left to
    /// write once a baseline has hidden the others.
    public func selecting(_ indices: [Int]) -> RenderedFindings {
        withUnsafeBytes { bytes in
            var kept: [UInt8] = []
            var keptEnds: [Int] = []
            keptEnds.reserveCapacity(indices.count)
            for index in indices {
                let start = index == 0 ? 0 : ends[index - 1]
                kept += bytes[start..<ends[index]]
                keptEnds.append(kept.count)
            }
            return RenderedFindings(bytes: kept, ends: keptEnds)
        }
    }

    /// Equal when the pieces are.
    public static func == (a: RenderedFindings, b: RenderedFindings) -> Bool {
        a.ends == b.ends && a.withUnsafeBytes { first in b.withUnsafeBytes { first.elementsEqual($0) } }
    }
}
