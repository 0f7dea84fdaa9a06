import YAMLSource

/// A path told apart from others by its UTF-8 bytes, not by `String`'s canonical equivalence:
/// `café` composed and decomposed name two files.
struct PathBytes: Hashable {
    let path: String

    init(_ path: String) {
        self.path = path
    }

    static func == (lhs: PathBytes, rhs: PathBytes) -> Bool {
        lhs.path.hasSameUTF8(as: rhs.path)
    }

    func hash(into hasher: inout Hasher) {
        var path = path
        path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
