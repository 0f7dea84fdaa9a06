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

        init(text: String, suggestion: String, caseSensitive: Bool) {
            self.text = text
            self.suggestion = suggestion
            let folded = caseSensitive ? Array(text.unicodeScalars) : TermMatcher.fold(text.unicodeScalars)
            self.words = folded.split(whereSeparator: TermMatcher.isSpace).map(Array.init)
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
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
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
