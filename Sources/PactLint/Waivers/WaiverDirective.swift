import Foundation

/// A waiver comment as written in a partnership file, before it is checked against the rules.
///
/// Grammar (after the `#`):
/// `pactlint-disable-next-line RULE[, RULE…] [until YYYY-MM-DD] -- reason`
/// `pactlint-disable RULE[, RULE…] [until YYYY-MM-DD] -- reason` (the whole file)
public struct WaiverDirective: Sendable, Hashable {
    public var scope: Waiver.Scope
    /// Rule ids or names, as written.
    public var rules: [String]
    public var until: String?
    /// The text after `--`, trimmed; `nil` when there is none.
    public var reason: String?
    /// Problems with the comment itself (a bad date, no rule named), in words for the user.
    public var problems: [String]

    /// Parses the text of a comment (after its `#`). Returns `nil` when the comment is not a
    /// pactlint directive at all.
    public init?(comment: String) {
        // A directive starts with `pactlint-disable` once trimmed; a comment whose bytes do not
        // hold that word (most comments) is none, settled without trimming it by `Character`.
        // Exact: no other spelling is canonically equivalent to these ASCII letters and `-`.
        guard Self.mayBeDirective(comment) else { return nil }
        let text = comment.trimmingWhitespace()
        let scope: Waiver.Scope
        let rest: Substring
        if let tail = text.dropPrefix("pactlint-disable-next-line") {
            scope = .nextLine
            rest = tail
        } else if let tail = text.dropPrefix("pactlint-disable") {
            scope = .file
            rest = tail
        } else {
            return nil
        }
        // `pactlint-disabled` or `pactlint-disable-line` are not ours to read as the file form.
        if let first = rest.first, !first.isWhitespace { return nil }

        self.scope = scope
        self.problems = []
        let head: Substring
        if let separator = rest.firstRange(of: "--") {
            head = rest[..<separator.lowerBound]
            let reason = rest[separator.upperBound...].trimmingWhitespace()
            self.reason = reason.isEmpty ? nil : String(reason)
        } else {
            head = rest
            self.reason = nil
        }

        var words = head.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        self.until = nil
        if let index = words.firstIndex(of: "until") {
            let date = words.indices.contains(index + 1) ? words[index + 1] : ""
            if ConditionEvaluator.isISODate(date) {
                self.until = date
            } else {
                problems.append("`until` needs a date written YYYY-MM-DD")
            }
            words.removeSubrange(index..<min(index + 2, words.count))
        }
        self.rules = words
        if rules.isEmpty {
            problems.append("it names no rule")
        }
    }
}

extension WaiverDirective {
    /// The word every directive starts with.
    private static let keyword: StaticString = "pactlint-disable"

    /// Whether the UTF-8 of `comment` holds `keyword` anywhere (or cannot be read in place:
    /// then the full parse decides).
    static func mayBeDirective(_ comment: String) -> Bool {
        comment.utf8.withContiguousStorageIfAvailable { bytes in
            let word = keyword.utf8Start
            let length = keyword.utf8CodeUnitCount
            guard bytes.count >= length, let base = bytes.baseAddress else { return false }
            var index = 0
            let last = bytes.count - length
            while index <= last {
                if base[index] == word[0], memcmp(base + index, word, length) == 0 { return true }
                index += 1
            }
            return false
        } ?? true
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> Substring {
        let text = Substring(self)
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return text[text.endIndex...] }
        return text[first...last]
    }

    func dropPrefix(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? Substring(self).dropFirst(prefix.count) : nil
    }
}
