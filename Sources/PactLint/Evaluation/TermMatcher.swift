import YAMLSource

/// Finds listed terms in text at word boundaries, where a space in a term matches any run of
/// white space (so a term folded over two source lines is still found).
public enum TermMatcher {
    /// A term to avoid and what to say instead.
    public struct Term: Sendable {
        /// The term as listed.
        public var text: String
        /// What to write instead.
        public var suggestion: String
        /// The term's words, lower-cased unless the condition is case-sensitive.
        var words: [[Unicode.Scalar]]
        /// The first word's bytes when it is ASCII, for a quick test before any folding.
        var asciiFirstWord: [UInt8]?
        var caseSensitive: Bool

        init(text: String, suggestion: String, caseSensitive: Bool) {
            self.text = text
            self.suggestion = suggestion
            self.caseSensitive = caseSensitive
            let folded = caseSensitive ? Array(text.unicodeScalars) : TermMatcher.fold(text.unicodeScalars)
            self.words = folded.split(whereSeparator: TermMatcher.isSpace).map(Array.init)
            if let first = words.first, first.allSatisfy(\.isASCII) {
                asciiFirstWord = first.map { UInt8(truncatingIfNeeded: $0.value) }
            }
        }
    }

    /// A quick test of whether any term may occur in a string, before any case folding: the
    /// string's bytes must contain one of the terms' first words (ASCII, compared
    /// ASCII-case-insensitively unless case-sensitive). The only non-ASCII scalar whose lower
    /// case is one ASCII letter is the Kelvin sign (U+212A → k), so a string holding it, like
    /// a term whose first word is not ASCII, always goes on to the full match.
    struct Screen: Sendable {
        /// Distinct first words; `nil` when some term cannot be screened.
        var words: [[UInt8]]?
        var caseSensitive: Bool
        /// For each byte value, whether some first word may start there (in either case when
        /// folding): the one test made at most bytes of a string.
        private var startsWord = [Bool](repeating: false, count: 256)
        /// How many first bytes of each first word the vectors test (2 to 4: as many as the
        /// shortest first word has, at most four), when every first word has two and they
        /// begin in at most three ways; 0 otherwise.
        private var prefixLength = 0
        /// The number of distinct beginnings (`prefixes`) of that length.
        private var prefixCount = 0
        /// Those beginnings, each byte repeated in the sixteen lanes of a vector (as `foldMask`
        /// leaves it): sixteen places of a text where none of them starts (and no Kelvin sign,
        /// when folding) are passed over at once. Held apart rather than in an array, so that
        /// the test of sixteen places reads no array.
        private var prefixes = (first: Self.noPrefix, second: Self.noPrefix, third: Self.noPrefix)
        private typealias Prefix = (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)
        private static let noPrefix: Prefix = (.zero, .zero, .zero, .zero)
        /// `0x20` in every lane when folding case: ORed into the text's bytes (and the prefixes'),
        /// it makes an ASCII capital its small letter and keeps every match.
        private var foldMask = SIMD16<UInt8>(repeating: 0)
        /// The Kelvin sign's three bytes, each in every lane (made once: a vector made from a
        /// literal at each comparison cost a generic call a lane).
        private let kelvin = (
            SIMD16<UInt8>(repeating: 0xE2), SIMD16<UInt8>(repeating: 0x84), SIMD16<UInt8>(repeating: 0xAA)
        )

        init(terms: [Term], caseSensitive: Bool) {
            self.caseSensitive = caseSensitive
            var words: [[UInt8]] = []
            for term in terms {
                guard let word = term.asciiFirstWord, !word.isEmpty else {
                    self.words = nil
                    return
                }
                if !words.contains(word) { words.append(word) }
            }
            self.words = words
            for word in words {
                startsWord[Int(word[0])] = true
                // Folded words are lower case; the text's upper case is folded when compared.
                if !caseSensitive, word[0] >= 0x61, word[0] <= 0x7A { startsWord[Int(word[0] - 32)] = true }
            }
            foldMask = SIMD16(repeating: caseSensitive ? 0 : 0x20)
            let length = min(4, words.map(\.count).min() ?? 0)
            var distinct: [[UInt8]] = []
            for word in words where !distinct.contains(Array(word.prefix(length))) {
                distinct.append(Array(word.prefix(length)))
            }
            if length >= 2, distinct.count <= 3 {
                let fold: UInt8 = caseSensitive ? 0 : 0x20
                let vectors: [Prefix] = distinct.map { prefix in
                    let lanes = (0..<4).map { SIMD16<UInt8>(repeating: $0 < length ? prefix[$0] | fold : 0) }
                    return (lanes[0], lanes[1], lanes[2], lanes[3])
                }
                prefixLength = length
                prefixCount = vectors.count
                prefixes = (
                    vectors[0], vectors.count > 1 ? vectors[1] : Self.noPrefix,
                    vectors.count > 2 ? vectors[2] : Self.noPrefix
                )
            }
        }

        func mayMatch(_ text: String) -> Bool {
            guard let words else { return true }
            if let found = text.utf8.withContiguousStorageIfAvailable({
                mayMatch(bytes: UnsafeRawBufferPointer($0), words: words)
            }) {
                return found
            }
            var text = text  // `withUTF8` gives contiguous bytes for every string, small ones included
            return text.withUTF8 { mayMatch(bytes: UnsafeRawBufferPointer($0), words: words) }
        }

        /// `mayMatch(_:)` of the string whose UTF-8 bytes are `utf8`.
        func mayMatch(utf8: UnsafeRawBufferPointer) -> Bool {
            guard let words else { return true }
            return mayMatch(bytes: utf8, words: words)
        }

        /// One pass over the bytes: a Kelvin sign (U+212A, E2 84 AA in UTF-8) anywhere when
        /// folding case, or a first word at a byte it may start with.
        private func mayMatch(bytes: UnsafeRawBufferPointer, words: [[UInt8]]) -> Bool {
            let count = bytes.count
            return startsWord.withUnsafeBufferPointer { startsWord in
                guard prefixLength > 0 else {
                    for i in 0..<count where looksAt(i, in: bytes, words: words, startsWord: startsWord) {
                        return true
                    }
                    return false
                }
                // The shipped terms' shape (one beginning of four bytes) gets a loop of its own,
                // its tests fixed: in the general loop they are made at every step.
                if prefixLength == 4 && prefixCount == 1 {
                    return scan(bytes, prefixLength: 4, prefixCount: 1, words: words, startsWord: startsWord)
                }
                return scan(
                    bytes, prefixLength: prefixLength, prefixCount: prefixCount, words: words, startsWord: startsWord)
            }
        }

        /// Sixteen places at a time (the bytes at each place and at the three next ones, read as
        /// four vectors): only the places flagged are looked at one by one.
        @inline(__always) private func scan(
            _ bytes: UnsafeRawBufferPointer, prefixLength: Int, prefixCount: Int, words: [[UInt8]],
            startsWord: UnsafeBufferPointer<Bool>
        ) -> Bool {
            let count = bytes.count
            var i = 0
            while count &- i >= Self.readWidth {
                let flagged = flags(bytes, at: i, prefixLength: prefixLength, prefixCount: prefixCount)
                if flagged.low | flagged.high != 0,
                    looks(at: flagged, from: i, before: count, in: bytes, words: words, startsWord: startsWord)
                {
                    return true
                }
                i &+= 16
            }
            guard i < count else { return false }
            if count >= Self.readWidth {
                // The last places: those of the last full read (some seen already, seen again),
                // and the last three, too few for a read, one by one.
                let last = count &- Self.readWidth
                let flagged = flags(bytes, at: last, prefixLength: prefixLength, prefixCount: prefixCount)
                if flagged.low | flagged.high != 0,
                    looks(at: flagged, from: last, before: count, in: bytes, words: words, startsWord: startsWord)
                {
                    return true
                }
                return (count &- 3..<count).contains { looksAt($0, in: bytes, words: words, startsWord: startsWord) }
            }
            // A short text: read from a copy, zero past its end; a place flagged there is looked
            // at only if it is a place of the text.
            var tail: (SIMD16<UInt8>, SIMD16<UInt8>) = (.zero, .zero)
            let flagged = withUnsafeMutableBytes(of: &tail) { tail in
                tail.copyMemory(from: bytes)
                return flags(
                    UnsafeRawBufferPointer(tail), at: 0, prefixLength: prefixLength, prefixCount: prefixCount)
            }
            return looks(at: flagged, from: 0, before: count, in: bytes, words: words, startsWord: startsWord)
        }

        /// The bytes `flags(_:at:)` reads from a place: sixteen places and the three bytes after.
        private static let readWidth = 19

        /// For each of the sixteen places from `start` (`readWidth` bytes must be readable),
        /// whether one of the prefixes, or a Kelvin sign when folding case, starts there.
        @inline(__always) private func flags(
            _ bytes: UnsafeRawBufferPointer, at start: Int, prefixLength: Int, prefixCount: Int
        ) -> (low: UInt64, high: UInt64) {
            let text = (
                bytes.loadUnaligned(fromByteOffset: start, as: SIMD16<UInt8>.self),
                bytes.loadUnaligned(fromByteOffset: start &+ 1, as: SIMD16<UInt8>.self),
                bytes.loadUnaligned(fromByteOffset: start &+ 2, as: SIMD16<UInt8>.self),
                bytes.loadUnaligned(fromByteOffset: start &+ 3, as: SIMD16<UInt8>.self)
            )
            let folded = (text.0 | foldMask, text.1 | foldMask, text.2 | foldMask, text.3 | foldMask)
            var flagged = flags(folded, startWith: prefixes.first, length: prefixLength)
            if prefixCount > 1 { flagged .|= flags(folded, startWith: prefixes.second, length: prefixLength) }
            if prefixCount > 2 { flagged .|= flags(folded, startWith: prefixes.third, length: prefixLength) }
            if !caseSensitive {
                flagged .|= (text.0 .== kelvin.0) .& (text.1 .== kelvin.1) .& (text.2 .== kelvin.2)
            }
            // A mask's lanes are bytes of all ones or all zeros (`SIMD16<Int8>` is its storage),
            // read as two words rather than tested lane by lane.
            return unsafeBitCast(flagged, to: (low: UInt64, high: UInt64).self)
        }

        /// The places where `prefix` starts in `text` (each place's byte and the three after,
        /// folded as the prefix is): its first `length` bytes are compared.
        @inline(__always) private func flags(
            _ text: Prefix, startWith prefix: Prefix, length: Int
        ) -> SIMDMask<SIMD16<Int8>> {
            var flagged = (text.0 .== prefix.0) .& (text.1 .== prefix.1)
            if length > 2 { flagged .&= text.2 .== prefix.2 }
            if length > 3 { flagged .&= text.3 .== prefix.3 }
            return flagged
        }

        /// Whether a Kelvin sign or a first word begins at one of the places flagged (a byte of
        /// ones in `flagged` for each) among the sixteen from `start`, before `end`.
        private func looks(
            at flagged: (low: UInt64, high: UInt64), from start: Int, before end: Int, in bytes: UnsafeRawBufferPointer,
            words: [[UInt8]], startsWord: UnsafeBufferPointer<Bool>
        ) -> Bool {
            var low = flagged.low
            var high = flagged.high
            while low | high != 0 {
                // The lowest place flagged, and its flag cleared.
                let place: Int
                if low != 0 {
                    place = start &+ low.trailingZeroBitCount / 8
                    low &= low &- 1
                } else {
                    place = start &+ 8 &+ high.trailingZeroBitCount / 8
                    high &= high &- 1
                }
                if place < end, looksAt(place, in: bytes, words: words, startsWord: startsWord) { return true }
            }
            return false
        }

        /// Whether a Kelvin sign (when folding) or a first word begins at `i`.
        @inline(__always) private func looksAt(
            _ i: Int, in bytes: UnsafeRawBufferPointer, words: [[UInt8]], startsWord: UnsafeBufferPointer<Bool>
        ) -> Bool {
            let byte = bytes[i]
            if !caseSensitive, byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x84, bytes[i + 2] == 0xAA {
                return true
            }
            guard startsWord[Int(byte)] else { return false }
            return words.contains { Self.starts($0, in: bytes, at: i, foldingCase: !caseSensitive) }
        }

        /// Whether `word` occurs in `bytes` at `start`.
        private static func starts(
            _ word: [UInt8], in bytes: UnsafeRawBufferPointer, at start: Int, foldingCase: Bool
        ) -> Bool {
            guard start + word.count <= bytes.count else { return false }
            for k in 0..<word.count {
                var byte = bytes[start + k]
                if foldingCase, byte >= 65, byte <= 90 { byte += 32 }
                if byte != word[k] { return false }
            }
            return true
        }
    }

    /// A match: the range of scalar indices it covers.
    struct Occurrence {
        var start: Int
        var end: Int
    }

    /// Lower-cases each scalar one to one (a scalar whose lower case is several scalars stays),
    /// so indices into the folded text are indices into the original.
    static func fold<S: Sequence>(_ scalars: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        scalars.map { scalar in
            if scalar.isASCII {
                return (scalar >= "A" && scalar <= "Z") ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
            }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first ?? scalar : scalar
        }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.properties.isWhitespace
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIWordByte(UInt8(scalar.value)) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// A letter, digit or `_` among ASCII bytes: what `isAlphabetic`, a numeric type or `_`
    /// says of an ASCII scalar, without the Unicode property tables.
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x5F
    }

    /// Every occurrence of `term` in `text` (already folded like the term), left to right,
    /// not overlapping.
    static func occurrences(of term: Term, in text: [Unicode.Scalar]) -> [Occurrence] {
        guard let first = term.words.first, !first.isEmpty else { return [] }
        var result: [Occurrence] = []
        var i = 0
        while i + first.count <= text.count {
            if text[i] == first[0], i == 0 || !isWordScalar(text[i - 1]), let end = match(term, in: text, at: i) {
                result.append(Occurrence(start: i, end: end))
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    /// The end of a match of `term` starting at `start`, or `nil`.
    private static func match(_ term: Term, in text: [Unicode.Scalar], at start: Int) -> Int? {
        var i = start
        for (w, word) in term.words.enumerated() {
            if w > 0 {
                let spaceStart = i
                while i < text.count, isSpace(text[i]) { i += 1 }
                guard i > spaceStart else { return nil }
            }
            guard i + word.count <= text.count else { return nil }
            for k in 0..<word.count where text[i + k] != word[k] { return nil }
            i += word.count
        }
        if i < text.count, isWordScalar(text[i]) { return nil }
        return i
    }
}
