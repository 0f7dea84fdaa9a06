/// A rule query's text with its hash computed once, to key the per-document caches: a lookup
/// by the text itself would hash the whole text (often a long filter) every time.
struct QueryKey: Hashable, Sendable {
    /// The query as written.
    let text: String
    /// `text`'s hash value, which is stable within one process.
    private let hash: Int

    init(_ text: String) {
        self.text = text
        self.hash = text.hashValue
    }

    static func == (lhs: QueryKey, rhs: QueryKey) -> Bool {
        lhs.hash == rhs.hash && lhs.text == rhs.text
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
