/// A path pattern of `include`/`exclude`: `*` matches within one path segment, `?` one
/// character of a segment, `**` any number of whole segments (none included). A pattern
/// without `/` matches a file name at any depth (`*.yml`), as in `.gitignore`.
public struct Glob: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String
    private let segments: [Substring]
    private let anyDepth: Bool

    /// Compiles `pattern`.
    public init(_ pattern: String) {
        self.pattern = pattern
        var trimmed = Substring(pattern)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        self.anyDepth = !trimmed.contains("/")
        self.segments = trimmed.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Whether `path` (relative, `/`-separated; a leading `./` is ignored) matches.
    public func matches(_ path: String) -> Bool {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: true)
        if anyDepth, let name = parts.last, let only = segments.first {
            return Self.matchSegment(Array(only.unicodeScalars), Array(name.unicodeScalars))
        }
        return Self.match(segments[...], parts[...])
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ parts: ArraySlice<Substring>) -> Bool {
        guard let head = pattern.first else { return parts.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            var remaining = parts
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let part = parts.first, matchSegment(Array(head.unicodeScalars), Array(part.unicodeScalars)) else {
            return false
        }
        return match(pattern.dropFirst(), parts.dropFirst())
    }

    /// `*` and `?` within one segment, by iterative backtracking (linear for one `*`).
    private static func matchSegment(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar]) -> Bool {
        var p = 0
        var t = 0
        var star: Int?
        var starText = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                starText = t
                p += 1
            } else if let star {
                p = star + 1
                starText += 1
                t = starText
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}

extension Configuration {
    /// Whether a file is checked: it matches an `include` pattern (or there are none) and no
    /// `exclude` pattern.
    public func selects(_ path: String) -> Bool {
        let included = include.isEmpty || include.contains { Glob($0).matches(path) }
        return included && !exclude.contains { Glob($0).matches(path) }
    }
}
