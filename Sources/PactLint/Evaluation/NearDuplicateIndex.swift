/// `distinct`'s search: texts are added in order, and each is matched against the earlier ones
/// that share a shingle with it.
///
/// Inverted index: only texts that share a shingle are compared. A shingle found in more than
/// `postingLimit` texts is boilerplate: later texts find candidates through it only among the
/// first ones, which keeps a portfolio of near-identical texts linear; the similarity itself is
/// always measured on the whole sets. Each shingle's postings are a list threaded through one
/// array (8 bytes a posting, no array per shingle), its head in an open-addressing table keyed
/// by the shingle (the shingles are hashes already): the index is most of what a portfolio run
/// holds per document, and a `Dictionary` here cost more than the search itself.
struct NearDuplicateIndex {
    /// The most similar earlier text of an added one.
    struct Match: Equatable {
        /// The earlier text's index (its place in the order of `add`).
        var other: Int
        /// Their Jaccard index.
        var similarity: Double
    }

    /// How many texts a shingle's posting list holds at most.
    static let postingLimit: UInt8 = 64

    /// One text in a shingle's posting list: the text and the next (older) posting, -1 at the end.
    private struct Posting {
        var text: Int32
        var next: Int32
    }

    /// Each added text's shingle set.
    private(set) var sets: [[UInt64]] = []
    private var postings: [Posting] = []
    private var table = ShingleTable()
    /// The first text with each set, by a hash of the set.
    private var firstWithSet = SetTable()
    /// Shared-shingle counts per earlier text, reset through the list of texts it touched.
    private var sharedCounts: [Int32] = []
    private var touched: [Int32] = []
    /// The full posting lists the current text went through: the shingle and the last (most
    /// recent) text in its list.
    private var full: [(shingle: UInt64, last: Int32)] = []

    init() {}

    /// Adds the next text's sorted shingle set and returns its most similar earlier text, if
    /// any shares a shingle with it; ties go to the lower index, so the result does not depend
    /// on the order of the posting lists.
    mutating func add(_ shingles: [UInt64]) -> Match? {
        let index = Int32(sets.count)
        sets.append(shingles)
        sharedCounts.append(0)
        var best: Match?
        if let same = firstWithSameSet(shingles, index: index) {
            best = Match(other: same, similarity: 1)
            for shingle in shingles { insert(shingle, text: index) }
        } else {
            for shingle in shingles {
                let slot = table.slot(for: shingle)
                var posting = table.heads[slot]
                if table.counts[slot] >= Self.postingLimit {
                    // The head is the list's most recent text.
                    full.append((shingle, postings[Int(posting)].text))
                }
                while posting >= 0 {
                    let other = Int(postings[Int(posting)].text)
                    if sharedCounts[other] == 0 { touched.append(Int32(other)) }
                    sharedCounts[other] += 1
                    posting = postings[Int(posting)].next
                }
                insert(at: slot, text: index)
            }
            for other in touched.lazy.map(Int.init) {
                let similarity = TextSimilarity.jaccard(
                    shingles.count, sets[other].count, intersection: sharedCount(with: other))
                sharedCounts[other] = 0
                if similarity > (best?.similarity ?? -1)
                    || (similarity == best?.similarity && other < (best?.other ?? 0))
                {
                    best = Match(other: other, similarity: similarity)
                }
            }
            touched.removeAll(keepingCapacity: true)
            full.removeAll(keepingCapacity: true)
        }
        return best
    }

    /// How many shingles the current text shares with the earlier text `other`: those counted
    /// through the posting lists, plus those of full lists that `other` came too late to join
    /// (a full list holds the first texts with its shingle, so `other` is in it exactly when it
    /// has the shingle and is not later than the list's last text).
    private func sharedCount(with other: Int) -> Int {
        var shared = Int(sharedCounts[other])
        for list in full where other > Int(list.last) && TextSimilarity.contains(sets[other], list.shingle) {
            shared += 1
        }
        return shared
    }

    /// The first earlier text with exactly `shingles`; registers `index` when there is none.
    private mutating func firstWithSameSet(_ shingles: [UInt64], index: Int32) -> Int? {
        // Any mix will do: texts whose sets share a hash are told apart by their sets.
        var hash = UInt64(shingles.count)
        for shingle in shingles { hash = (hash ^ shingle) &* 0x0000_0100_0000_01B3 ^ (hash >> 29) }
        let sets = self.sets
        return firstWithSet.first(hash: hash, orAdd: index) { sets[Int($0)] == shingles }.map(Int.init)
    }

    private mutating func insert(_ shingle: UInt64, text: Int32) {
        insert(at: table.slot(for: shingle), text: text)
    }

    /// Adds `text` to the posting list at `slot` unless the list is full.
    private mutating func insert(at slot: Int, text: Int32) {
        guard table.counts[slot] < Self.postingLimit else { return }
        postings.append(Posting(text: text, next: table.heads[slot]))
        table.push(slot, head: Int32(postings.count - 1))
    }
}

/// Open addressing from a shingle to its posting list's head and length; linear probing, at
/// most 3/4 full. A slot is taken once its list has a posting (`heads[slot] >= 0`).
private struct ShingleTable {
    private(set) var keys: [UInt64] = []
    private(set) var heads: [Int32] = []
    private(set) var counts: [UInt8] = []
    private var used = 0
    private var shift: UInt64 = 0

    init() { allocate(capacity: 1024) }

    /// The slot of `shingle`; for a new shingle, an empty slot that the caller fills at once.
    mutating func slot(for shingle: UInt64) -> Int {
        if (used + 1) * 4 > keys.count * 3 { grow() }
        var slot = position(of: shingle)
        while heads[slot] >= 0 {
            if keys[slot] == shingle { return slot }
            slot = (slot + 1) & (keys.count - 1)
        }
        keys[slot] = shingle
        used += 1
        return slot
    }

    /// Makes `posting` the head of the list at `slot`, one longer.
    mutating func push(_ slot: Int, head posting: Int32) {
        heads[slot] = posting
        counts[slot] += 1
    }

    /// Where probing for `shingle` starts: Fibonacci hashing of its bits.
    private func position(of shingle: UInt64) -> Int {
        Int(truncatingIfNeeded: (shingle &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func allocate(capacity: Int) {
        keys = Array(repeating: 0, count: capacity)
        heads = Array(repeating: -1, count: capacity)
        counts = Array(repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    private mutating func grow() {
        let (oldKeys, oldHeads, oldCounts) = (keys, heads, counts)
        allocate(capacity: keys.count * 2)
        for index in oldKeys.indices where oldHeads[index] >= 0 {
            var slot = position(of: oldKeys[index])
            while heads[slot] >= 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = oldKeys[index]
            heads[slot] = oldHeads[index]
            counts[slot] = oldCounts[index]
        }
    }
}

/// Open addressing from a hash of a shingle set to the first text with that set; linear
/// probing, at most 3/4 full. Texts whose different sets share a hash each have a slot, so a
/// lookup checks every slot with the hash until an empty one. (A `Dictionary` here cost more
/// than the rest of adding a text, and instantiating its type at the first text more still.)
private struct SetTable {
    private var hashes: [UInt64] = []
    /// The text in each slot; -1 for an empty slot.
    private var texts: [Int32] = []
    private var used = 0
    private var shift: UInt64 = 0

    init() { allocate(capacity: 64) }

    /// The text of the first slot with `hash` for which `isSame` holds; when there is none,
    /// `text` takes an empty slot with `hash` and the result is `nil`.
    mutating func first(hash: UInt64, orAdd text: Int32, isSame: (Int32) -> Bool) -> Int32? {
        if (used + 1) * 4 > hashes.count * 3 { grow() }
        var slot = position(of: hash)
        while texts[slot] >= 0 {
            if hashes[slot] == hash && isSame(texts[slot]) { return texts[slot] }
            slot = (slot + 1) & (hashes.count - 1)
        }
        hashes[slot] = hash
        texts[slot] = text
        used += 1
        return nil
    }

    /// Where probing for `hash` starts: Fibonacci hashing of its bits.
    private func position(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func allocate(capacity: Int) {
        hashes = Array(repeating: 0, count: capacity)
        texts = Array(repeating: -1, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    private mutating func grow() {
        let (oldHashes, oldTexts) = (hashes, texts)
        allocate(capacity: hashes.count * 2)
        for index in oldHashes.indices where oldTexts[index] >= 0 {
            var slot = position(of: oldHashes[index])
            while texts[slot] >= 0 { slot = (slot + 1) & (hashes.count - 1) }
            hashes[slot] = oldHashes[index]
            texts[slot] = oldTexts[index]
        }
    }
}
