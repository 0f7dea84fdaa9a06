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

    /// Every added text's shingle set, one after the other (one growing array rather than an
    /// array a text, which a portfolio run would keep one of for each document), and where
    /// each starts.
    private var shingles: [UInt64] = []
    private var starts: [Int] = [0]
    private var table = ShingleTable()
    /// The first text with each set, by a hash of the set.
    private var firstWithSet = SetTable()
    /// Shared-shingle counts per earlier text, reset through the list of texts it touched
    /// (room for one entry a text: each earlier text is touched once at most).
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
        let index = Int32(starts.count - 1)
        self.shingles.append(contentsOf: shingles)
        starts.append(self.shingles.count)
        sharedCounts.append(0)
        touched.append(0)
        table.makeRoom(for: shingles.count)
        if let same = firstWithSameSet(shingles, index: index) {
            table.add(shingles, text: index)
            return Match(other: same, similarity: 1)
        }
        let touchedCount = table.add(
            shingles, text: index, shared: &sharedCounts, touched: &touched, full: &full)
        var best: Match?
        for other in touched[..<touchedCount].lazy.map(Int.init) {
            let similarity = TextSimilarity.jaccard(
                shingles.count, starts[other + 1] - starts[other],
                intersection: sharedCount(Int(sharedCounts[other]), with: other))
            sharedCounts[other] = 0
            if similarity > (best?.similarity ?? -1) || (similarity == best?.similarity && other < (best?.other ?? 0)) {
                best = Match(other: other, similarity: similarity)
            }
        }
        full.removeAll(keepingCapacity: true)
        return best
    }

    /// How many shingles the current text shares with the earlier text `other`: those counted
    /// through the posting lists, plus those of full lists that `other` came too late to join
    /// (a full list holds the first texts with its shingle, so `other` is in it exactly when it
    /// has the shingle and is not later than the list's last text).
    private func sharedCount(_ counted: Int, with other: Int) -> Int {
        var shared = counted
        for list in full where other > Int(list.last) && TextSimilarity.contains(set(of: other), list.shingle) {
            shared += 1
        }
        return shared
    }

    /// The first earlier text with exactly `shingles`; registers `index` when there is none.
    private mutating func firstWithSameSet(_ shingles: [UInt64], index: Int32) -> Int? {
        // Any mix will do: texts whose sets share a hash are told apart by their sets.
        var hash = UInt64(shingles.count)
        for shingle in shingles { hash = (hash ^ shingle) &* Fingerprint.prime ^ (hash >> 29) }
        let (all, starts) = (self.shingles, self.starts)
        return firstWithSet.first(hash: hash, orAdd: index) {
            all[starts[Int($0)]..<starts[Int($0) + 1]] == shingles[...]
        }
        .map(Int.init)
    }

    /// The shingle set of the added text `text`.
    private func set(of text: Int) -> ArraySlice<UInt64> {
        shingles[starts[text]..<starts[text + 1]]
    }
}

/// Open addressing from a shingle to its posting list's head and length; linear probing, at
/// most 3/4 full. A slot is taken once its list has a posting (`heads[slot] >= 0`). The lists
/// are threaded through `postings`, of which the first `postingCount` are in use.
private struct ShingleTable {
    /// One text in a shingle's posting list: the text and the next (older) posting, -1 at the end.
    struct Posting {
        var text: Int32
        var next: Int32
    }

    private var keys: [UInt64] = []
    private var heads: [Int32] = []
    private var counts: [UInt8] = []
    private var used = 0
    private var shift: UInt64 = 0
    private var postings: [Posting] = []
    private var postingCount = 0

    init() { allocate(capacity: 1024) }

    /// Grows the table and the postings so that `count` more shingles fit.
    mutating func makeRoom(for count: Int) {
        while (used + count) * 4 > keys.count * 3 { grow() }
        if postingCount + count > postings.count {
            let room = max(postingCount + count, 2 * postings.count, 1024)
            postings.append(contentsOf: repeatElement(Posting(text: 0, next: -1), count: room - postings.count))
        }
    }

    /// Adds `text` to the list of each of `shingles` that is not full (`makeRoom(for:)` made room
    /// for them).
    mutating func add(_ shingles: [UInt64], text: Int32) {
        var touched: [Int32] = []
        var full: [(shingle: UInt64, last: Int32)] = []
        _ = add(shingles, text: text, counting: nil, touched: &touched, full: &full)
    }

    /// `add(_:text:)`, first counting in `shared` each earlier text in the lists it goes
    /// through, listing in `touched` each text it counts for the first time, and appending to
    /// `full` each full list (its shingle and most recent text); returns how many texts it
    /// listed. `shared` and `touched` have room for every earlier text.
    mutating func add(
        _ shingles: [UInt64], text: Int32, shared: inout [Int32], touched: inout [Int32],
        full: inout [(shingle: UInt64, last: Int32)]
    ) -> Int {
        shared.withUnsafeMutableBufferPointer { shared in
            add(shingles, text: text, counting: shared, touched: &touched, full: &full)
        }
    }

    /// The loop of both `add`s, over the buffers of the table's arrays: one access to each
    /// array for the text rather than a uniqueness and bounds check at each use.
    private mutating func add(
        _ shingles: [UInt64], text: Int32, counting shared: UnsafeMutableBufferPointer<Int32>?,
        touched: inout [Int32], full: inout [(shingle: UInt64, last: Int32)]
    ) -> Int {
        let (shift, limit) = (shift, NearDuplicateIndex.postingLimit)
        var (used, postingCount, touchedCount) = (used, postingCount, 0)
        keys.withUnsafeMutableBufferPointer { keys in
            heads.withUnsafeMutableBufferPointer { heads in
                counts.withUnsafeMutableBufferPointer { counts in
                    postings.withUnsafeMutableBufferPointer { postings in
                        touched.withUnsafeMutableBufferPointer { touched in
                            let mask = keys.count - 1
                            for shingle in shingles {
                                var slot = Self.home(of: shingle, shift: shift)
                                while heads[slot] >= 0 && keys[slot] != shingle { slot = (slot + 1) & mask }
                                let count = counts[slot]
                                if let shared {
                                    var posting = Int(heads[slot])
                                    // The head is the list's most recent text.
                                    if count >= limit { full.append((shingle, postings[posting].text)) }
                                    while posting >= 0 {
                                        let other = Int(postings[posting].text)
                                        if shared[other] == 0 {
                                            touched[touchedCount] = Int32(other)
                                            touchedCount += 1
                                        }
                                        shared[other] += 1
                                        posting = Int(postings[posting].next)
                                    }
                                }
                                guard count < limit else { continue }
                                if count == 0 {
                                    keys[slot] = shingle
                                    used += 1
                                }
                                postings[postingCount] = Posting(text: text, next: heads[slot])
                                heads[slot] = Int32(truncatingIfNeeded: postingCount)
                                counts[slot] = count + 1
                                postingCount += 1
                            }
                        }
                    }
                }
            }
        }
        (self.used, self.postingCount) = (used, postingCount)
        return touchedCount
    }

    /// Where probing for `shingle` starts in a table of 2^(64 - `shift`) slots: Fibonacci
    /// hashing of its bits.
    @inline(__always)
    private static func home(of shingle: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (shingle &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func allocate(capacity: Int) {
        keys = Array(repeating: 0, count: capacity)
        heads = Array(repeating: -1, count: capacity)
        counts = Array(repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    /// Doubles the table, moving each taken slot to its place in the new one (over the arrays'
    /// buffers, as `add`).
    private mutating func grow() {
        let (oldKeys, oldHeads, oldCounts) = (keys, heads, counts)
        allocate(capacity: keys.count * 2)
        let shift = shift
        keys.withUnsafeMutableBufferPointer { keys in
            heads.withUnsafeMutableBufferPointer { heads in
                counts.withUnsafeMutableBufferPointer { counts in
                    let mask = keys.count - 1
                    for index in oldKeys.indices where oldHeads[index] >= 0 {
                        let key = oldKeys[index]
                        var slot = Self.home(of: key, shift: shift)
                        while heads[slot] >= 0 { slot = (slot + 1) & mask }
                        keys[slot] = key
                        heads[slot] = oldHeads[index]
                        counts[slot] = oldCounts[index]
                    }
                }
            }
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
