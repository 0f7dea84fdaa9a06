import Foundation
import Testing
import _PactLintTestSupport

@testable import JSONPath

/// Review fuzzers for the `not-matches` screen: `IRegexp.mayMatch(utf8:)` may say "no match"
/// only when no string among the bytes could match, so a wrong required literal (from an
/// alternation, an optional part, a `{0,n}` or `*` repetition, a class) would silently drop
/// findings. Random patterns are held to ICU (`NSRegularExpression`), an engine that shares
/// none of the required-literal code, and literal searches to a byte-by-byte search at every
/// length and offset.
@Suite struct RegexScreenFuzzTests {
    /// The characters patterns and texts are made of: few, so that matches are common, one of
    /// them two bytes in UTF-8.
    private static let alphabet: [String] = ["a", "b", "c", "T", "O", "D", "é"]

    /// A random pattern of the I-Regexp subset whose meaning ICU shares (no `.`, whose line
    /// terminators differ, and no anchors).
    private static func pattern(depth: Int, using generator: inout SplitMix) -> String {
        func atom() -> String {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<5: return alphabet.randomElement(using: &generator) ?? "a"
            case 5: return "[ab]"
            case 6: return "[^a]"
            case 7: return "[Tt]"
            default:
                guard depth > 0 else { return alphabet.randomElement(using: &generator) ?? "a" }
                return "(" + pattern(depth: depth - 1, using: &generator) + ")"
            }
        }
        func piece() -> String {
            let quantifiers = ["", "", "", "", "?", "*", "+", "{0,2}", "{1,3}", "{2}", "{0,1}", "{2,}"]
            return atom() + (quantifiers.randomElement(using: &generator) ?? "")
        }
        var branches: [String] = []
        for _ in 0..<(Int.random(in: 0..<4, using: &generator) == 0 ? Int.random(in: 2...3, using: &generator) : 1) {
            // An empty branch now and then (`(ab|)`), which makes the whole optional.
            let length = Int.random(in: 0..<8, using: &generator) == 0 ? 0 : Int.random(in: 1...5, using: &generator)
            branches.append((0..<length).map { _ in piece() }.joined())
        }
        return branches.joined(separator: "|")
    }

    private static func text(using generator: inout SplitMix) -> String {
        (0..<Int.random(in: 0...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "a" }
            .joined()
    }

    private static func icuMatches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func screens(_ regex: IRegexp, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { regex.mayMatch(utf8: UnsafeRawBufferPointer($0)) }
    }

    @Test func randomPatternsAgreeWithICUAndNeverScreenOutAMatch() throws {
        var generator = SplitMix(seed: 0x5EED_0001)
        var failures: [String] = []
        var matched = 0
        var refused = 0
        for _ in 0..<3_000 {
            let source = Self.pattern(depth: 2, using: &generator)
            // ICU refuses an empty pattern; such patterns are left out (and counted).
            guard let regex = try? IRegexp(source), let search = try? NSRegularExpression(pattern: source),
                let whole = try? NSRegularExpression(pattern: "^(?:" + source + ")$")
            else {
                refused += 1
                continue
            }
            for _ in 0..<12 {
                let text = Self.text(using: &generator)
                let found = Self.icuMatches(search, text)
                let isWhole = Self.icuMatches(whole, text)
                if found { matched += 1 }
                if regex.containsMatch(in: text) != found { failures.append("search \(source) in \(text)") }
                if regex.matches(text) != isWhole { failures.append("whole \(source) = \(text)") }
                // A string that matches passes the screen alone and among other bytes.
                if found && !Self.screens(regex, text) { failures.append("screened out \(source) in \(text)") }
                if found && !Self.screens(regex, "\u{0}zz" + text + "\u{1}") {
                    failures.append("screened out \(source) amid bytes in \(text)")
                }
            }
        }
        #expect(matched > 1_000, "the fuzzer should produce many matches")
        #expect(refused < 300, "most patterns should compile")
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }

    /// Random haystacks over two letters (near misses everywhere) of every length up to 80,
    /// searched for literals of 1 to 20 bytes: the screen says what a byte search says.
    @Test func literalSearchesAgreeWithAByteSearch() throws {
        var generator = SplitMix(seed: 0x5EED_0002)
        var failures: [String] = []
        for literalLength in 1...20 {
            let literal = String((0..<literalLength).map { _ in Bool.random(using: &generator) ? "a" : "b" })
            let regex = try IRegexp(literal)
            for length in 0...80 {
                for _ in 0..<6 {
                    let haystack = String((0..<length).map { _ in Bool.random(using: &generator) ? "a" : "b" })
                    let expected = haystack.contains(literal)
                    if Self.screens(regex, haystack) != expected { failures.append("\(literal) in \(haystack)") }
                    if regex.containsMatch(in: haystack) != expected {
                        failures.append("search \(literal) in \(haystack)")
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }

    /// A buffer that ends in the literal's first byte, or first two, at every length: no read
    /// past the end finds the rest (run under the address sanitizer to see stray reads).
    @Test func aLiteralCutAtTheEndOfTheBytesIsNotFound() throws {
        let regex = try IRegexp("xyz")
        for length in 0...70 {
            for cut in ["x", "xy"] {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: length) + Array(cut.utf8)
                // Exactly as many bytes as the buffer holds, in memory of its own.
                let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
                defer { memory.deallocate() }
                memory.copyBytes(from: bytes)
                #expect(!regex.mayMatch(utf8: UnsafeRawBufferPointer(memory)), "\(length) + \(cut)")
            }
        }
    }
}
