#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A path pattern as in `.gitignore`-style tools: `*`, `?` and `[…]` match within one path
/// segment, `**` matches any number of segments (including none). A pattern without a `/`
/// matches the file name at any depth (`*.draft.yaml`).
public struct GlobPattern: Sendable, Hashable, CustomStringConvertible {
    public let description: String
    private let segments: [String]

    public init(_ pattern: String) {
        description = pattern
        var text = pattern
        if text.hasPrefix("./") { text.removeFirst(2) }
        if text.hasSuffix("/") { text += "**" }
        var parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !text.contains("/") { parts.insert("**", at: 0) }
        segments = parts
    }

    /// Whether `path` (relative, `/`-separated) matches.
    public func matches(_ path: String) -> Bool {
        var text = path
        if text.hasPrefix("./") { text.removeFirst(2) }
        let pathSegments = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return Self.match(segments[...], pathSegments[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            var candidate = path
            while true {
                if match(rest, candidate) { return true }
                guard !candidate.isEmpty else { return false }
                candidate = candidate.dropFirst()
            }
        }
        guard let segment = path.first, fnmatch(head, segment, 0) == 0 else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }
}
