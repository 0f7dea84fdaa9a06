import JSONPath
import Testing

@testable import PactLint

/// A location's path is spelt by `NormalizedPath.text` (one string, no byte list): it must be
/// `description` exactly, escapes and all.
@Suite struct NormalizedPathTextTests {
    static let names = [
        "actions", "id", "", "a b", "it's", "back\\slash", "tab\there", "line\nbreak", "\u{7}bell", "\u{1F}",
        "é", "e\u{301}", "\u{212A}", "日本", "a'b\\c", "long name well past sixteen bytes", "Ünïcödé ☃",
    ]

    @Test func textIsTheDescription() {
        var paths: [NormalizedPath] = [.root, NormalizedPath([.index(0)]), NormalizedPath([.index(1_234_567_890)])]
        for name in Self.names {
            paths.append(NormalizedPath([.name(name)]))
            paths.append(NormalizedPath([.name("actions"), .index(12), .name(name)]))
            paths.append(NormalizedPath([.name(name), .index(0), .index(9), .index(10), .name("id")]))
        }
        paths.append(NormalizedPath((0..<40).map { $0 % 2 == 0 ? .name("k\($0)") : .index($0) }))
        // Around the 256 bytes spelt in place (longer paths are left to `description`).
        for length in [240, 241, 242, 243, 244, 245, 246, 250, 251, 252, 253, 260, 600] {
            paths.append(NormalizedPath([.name(String(repeating: "n", count: length))]))
            paths.append(NormalizedPath([.name(String(repeating: "n", count: length - 24)), .index(Int.max)]))
        }
        paths.append(NormalizedPath([.name("a"), .index(-1)]))
        paths.append(NormalizedPath([.index(Int.max), .index(0), .name("\u{0}")]))
        for path in paths {
            #expect(path.text == path.description)
        }
    }

    /// A short path is a small string, a long one a string of its own: both compare as the
    /// description's bytes.
    @Test func shortAndLongPathsKeepTheirBytes() {
        let short = NormalizedPath([.name("routes")])
        let long = NormalizedPath([.name("actions"), .index(3), .name("safeguards"), .index(11)])
        #expect(Array(short.text.utf8) == Array("$['routes']".utf8))
        #expect(Array(long.text.utf8) == Array("$['actions'][3]['safeguards'][11]".utf8))
    }
}
