import Foundation
import Testing
import YAMLSource

/// Hostile YAML against the loader: each case ends in the expected located error or the
/// expected value, fast, in bounded memory. (YAMLSourceTests covers the basic forms; these
/// are the variants an attacker or a broken generator would produce.)
@Suite("hostile YAML")
struct YAMLHostileTests {
    // MARK: Alias bombs

    @Test("billion laughs in mappings, in keys, and spread over documents: the alias budget stops each")
    func aliasBombs() {
        // Mappings instead of sequences: every level repeats the previous one 10 times.
        var mappings = "l0: &l0 {a: lol, b: lol, c: lol, d: lol, e: lol, f: lol, g: lol, h: lol, i: lol, j: lol}\n"
        for level in 1...9 {
            let entries = (0..<10).map { "k\($0): *l\(level - 1)" }.joined(separator: ", ")
            mappings += "l\(level): &l\(level) {\(entries)}\n"
        }
        let error = Hostile.error(mappings)
        #expect(error?.kind == .aliasExpansionLimit)
        #expect(error?.position.line == 5)

        // Aliases as mapping keys: duplicate-key checks must not make the bomb slower.
        var keys = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            let name = "a\(level)"
            let previous = level == 1 ? "a" : "a\(level - 1)"
            keys += "\(name): &\(name)\n"
            for copy in 0..<10 { keys += "  ? [\(copy), *\(previous)]\n  : v\n" }
        }
        #expect(Hostile.error(keys)?.kind == .aliasExpansionLimit)

        // The budget counts over the whole file: anchors reset per document, the count does not.
        let document =
            "a: &a [" + Array(repeating: "x", count: 1000).joined(separator: ",") + "]\nb: [*a, *a, *a, *a, *a]\n"
        let stream = Array(repeating: "--- \n" + document, count: 30).joined()
        let spread = Hostile.error(stream)
        #expect(spread?.kind == .aliasExpansionLimit)
        #expect(spread?.message == "aliases expand to more than 100000 nodes (an alias bomb?)")
        // Each document adds 5 × 1001 nodes: the 20th document's last alias passes 100,000.
        #expect(spread?.position.line == 20 * 3)
    }

    @Test("a wide alias: one large anchor repeated past the budget; raising the limit loads it")
    func wideAlias() {
        let anchor = "big: &big [" + Array(repeating: "1", count: 999).joined(separator: ",") + "]\n"
        let text = anchor + "copies:\n" + String(repeating: "  - *big\n", count: 101)
        let error = Hostile.error(text)
        #expect(error?.kind == .aliasExpansionLimit)
        #expect(error?.position == pos(anchor.utf8.count + 8 + 100 * 9 + 4, 103, 5))
        let raised = Hostile.stream(text, limits: YAMLLoader.Limits(maxAliasExpansion: 101_000))
        if case .sequence(let copies)? = raised?.documents.first?.root[key: "copies"]?.content {
            #expect(copies.count == 101)
            #expect(copies.last?[index: 998]?.intValue == 1)
        } else {
            Issue.record("copies should be a sequence")
        }
    }

    // MARK: Nesting

    @Test("10,000 levels: mixed block and flow, flow mappings in block sequences, nested keys")
    func deepNesting() {
        let flowInBlock =
            "root:\n  list: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let error = Hostile.error(flowInBlock)
        #expect(error?.kind == .depthLimit)
        #expect(error?.message == "collections nest deeper than 256 levels")
        // root (1) and list's value (2) are two levels; the 255th '[' is the 257th level.
        #expect(error?.position == pos(14 + 254, 2, 9 + 254))

        // Block sequences, then flow mappings and sequences alternating.
        let mixed =
            String(repeating: "- ", count: 100) + String(repeating: "{a: [", count: 5_000) + "x"
            + String(repeating: "]}", count: 5_000)
        let mixedError = Hostile.error(mixed)
        #expect(mixedError?.kind == .depthLimit)
        #expect(mixedError?.position.column == 200 + 78 * 5 + 1)

        // A mapping key that is itself a deep collection.
        let deepKey = "? " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n: v\n"
        #expect(Hostile.error(deepKey)?.kind == .depthLimit)

        // Unclosed: the depth limit comes before the syntax error at the end.
        #expect(Hostile.error(String(repeating: "{a: [", count: 10_000))?.kind == .depthLimit)
    }

    @Test("with the depth limit raised, 10,000 levels load, convert and free without exhausting the stack")
    func deepNestingRaised() {
        let text = String(repeating: "[", count: 10_000) + "x" + String(repeating: "]", count: 10_000)
        let stream = Hostile.stream(text, limits: YAMLLoader.Limits(maxDepth: 10_001))
        var node = stream?.documents.first?.root
        var depth = 0
        while case .sequence(let items)? = node?.content, let first = items.first {
            node = first
            depth += 1
        }
        #expect(depth == 10_000)
        #expect(node?.stringValue == "x")
    }

    // MARK: Size

    @Test("a 50 MB scalar: refused by the file-size limit, loaded when the limit is raised")
    func hugeScalar() {
        let size = 50 * 1024 * 1024
        // Built by filling, not appending: element-wise appends of 50 MB are slow in debug builds.
        let head = Array("key: \"".utf8)
        var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: head.count + size + 2)
        bytes.replaceSubrange(0..<head.count, with: head)
        bytes[bytes.count - 2] = UInt8(ascii: "\"")
        bytes[bytes.count - 1] = UInt8(ascii: "\n")
        let error = Hostile.error(bytes)
        #expect(error?.kind == .fileTooLarge)
        #expect(error?.position == pos(0, 1, 1))
        #expect(error?.message == "the file has \(bytes.count) bytes, more than the limit of 16777216 bytes")

        let stream = Hostile.stream(bytes, limits: YAMLLoader.Limits(maxFileSize: 64 * 1024 * 1024))
        let value = stream?.documents.first?.root[key: "key"]
        #expect(value?.stringValue?.utf8.count == size)
        #expect(value?.span.end == pos(bytes.count - 1, 1, bytes.count))
        if let peak = Hostile.peakResidentMiB() { #expect(peak < Hostile.memoryBoundMiB) }
    }

    @Test("a 1,000,000-item block sequence (and a 200,000-item flow one) loads in time and in bounded memory")
    func millionItems() {
        let block = Array(String(repeating: "- 1\n", count: 1_000_000).utf8)
        let stream = Hostile.stream(block)
        if case .sequence(let items)? = stream?.documents.first?.root.content {
            #expect(items.count == 1_000_000)
            #expect(items.last?.span.start == pos(3_999_998, 1_000_000, 3))
            #expect(items.last?.intValue == 1)
        } else {
            Issue.record("expected a sequence")
        }
        let flow = Array(("[" + String(repeating: "1,", count: 199_999) + "1]").utf8)
        if case .sequence(let items)? = Hostile.stream(flow)?.documents.first?.root.content {
            #expect(items.count == 200_000)
        }
        if let peak = Hostile.peakResidentMiB() { #expect(peak < Hostile.memoryBoundMiB) }
    }

    @Test("a mapping with 100,000 keys loads; a duplicate at its end is found by hash, not by scanning")
    func manyKeys() {
        var text = ""
        text.reserveCapacity(3_000_000)
        for index in 0..<100_000 { text += "key\(index): \(index)\n" }
        if case .mapping(let pairs)? = Hostile.stream(text)?.documents.first?.root.content {
            #expect(pairs.count == 100_000)
        } else {
            Issue.record("expected a mapping")
        }
        let error = Hostile.error(text + "key0x0: a\nkey0: b\n")
        #expect(error?.kind == .duplicateKey)
        #expect(error?.position.line == 100_002)
        #expect(error?.notes.first?.span?.start.line == 1)
    }

    @Test("a 100 KB line loads; an error at its end is located by column")
    func longLine() {
        let text = "key: " + String(repeating: "word ", count: 20_000) + "\nnext: 1\n"
        let stream = Hostile.stream(text)
        #expect(stream?.documents.first?.root[key: "key"]?.stringValue?.count == 99_999)
        #expect(stream?.documents.first?.root[key: "next"]?.span.start.line == 2)

        let broken = "key: " + String(repeating: "word ", count: 20_000) + ": oops\n"
        let error = Hostile.error(broken)
        #expect(error?.kind == .syntax)
        #expect(error?.position.line == 1)
        #expect(error?.position.column == 100_006)
    }

    @Test("more than 10,000 documents: the document limit, at the first document too many")
    func tooManyDocuments() {
        let text = String(repeating: "--- a\n", count: 10_001)
        let error = Hostile.error(text)
        #expect(error?.kind == .documentLimit)
        #expect(error?.position == pos(60_000, 10_001, 1))
        #expect(Hostile.stream(text, limits: YAMLLoader.Limits(maxDocuments: 10_001))?.documents.count == 10_001)
        // Bare separators with empty documents count too.
        #expect(Hostile.error(String(repeating: "---\n", count: 20_000))?.kind == .documentLimit)
    }

    // MARK: Encoding

    @Test(
        "invalid UTF-8 is named at its first byte",
        arguments: [
            // (bytes after "k: ", offending offset from the value's start, truncated sequence?)
            ([0xC0, 0xAF], 0, false),  // overlong '/'
            ([0xE0, 0x80, 0xAF], 0, true),  // overlong 3-byte form: E0 is a lead byte, 80 is out of its range
            ([0x80], 0, false),  // lone continuation byte
            ([0x61, 0xBF, 0x62], 1, false),  // continuation byte after ASCII
            ([0xE2, 0x82], 0, true),  // truncated € at the end of the file
            ([0xE2, 0x82, 0x0A, 0x61], 0, true),  // truncated before a line break
            ([0xED, 0xA0, 0x80], 0, true),  // UTF-16 surrogate D800 encoded
            ([0xED, 0xBF, 0xBF], 0, true),  // surrogate DFFF
            ([0xF4, 0x90, 0x80, 0x80], 0, true),  // beyond U+10FFFF
            ([0xF5, 0x80, 0x80, 0x80], 0, false),  // F5 never starts a sequence
            ([0xFF], 0, false), ([0xFE], 0, false),
        ] as [([UInt8], Int, Bool)])
    func invalidUTF8(_ tail: [UInt8], _ at: Int, _ truncated: Bool) {
        let bytes = Array("a: é\nk: ".utf8) + tail
        let error = Hostile.error(bytes)
        #expect(error?.kind == .invalidUTF8)
        let offset = 9 + at
        #expect(error?.position == pos(offset, 2, 4 + at))
        let hex = String(format: "0x%02X", bytes[offset])
        #expect(
            error?.message
                == (truncated
                    ? "invalid UTF-8: the byte sequence starting with \(hex) at byte offset \(offset) is incomplete"
                    : "invalid UTF-8: byte \(hex) at byte offset \(offset) cannot start a character"))
        #expect(error?.help == "save the file as UTF-8 (pactlint reads YAML as UTF-8 only)")
    }

    @Test("UTF-16 with a byte order mark is named as such, at byte 0")
    func utf16WithBOM() {
        for bom: [UInt8] in [[0xFF, 0xFE], [0xFE, 0xFF]] {
            let littleEndian = bom == [0xFF, 0xFE]
            let body = Array("a: 1\n".utf16).flatMap { unit -> [UInt8] in
                let low = UInt8(unit & 0xFF)
                let high = UInt8(unit >> 8)
                return littleEndian ? [low, high] : [high, low]
            }
            let error = Hostile.error(bom + body)
            #expect(error?.kind == .invalidUTF8)
            #expect(error?.position == pos(0, 1, 1))
            #expect(error?.message == "the file is UTF-16 (it starts with a UTF-16 byte order mark)")
            #expect(error?.help == "save the file as UTF-8")
        }
    }

    @Test("UTF-16 without a byte order mark: the NUL bytes are a located syntax error")
    func utf16WithoutBOM() {
        let littleEndian = Array("a: 1\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let error = Hostile.error(littleEndian)
        #expect(error?.kind == .syntax)
        #expect(error?.position == pos(1, 1, 2))
        #expect(error?.message.contains("U+0000") == true)
        let bigEndian = Array("a: 1\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(Hostile.error(bigEndian)?.position == pos(0, 1, 1))
    }

    @Test("NUL bytes anywhere are located syntax errors", arguments: [0, 3, 6, 9, 14])
    func nulBytes(_ at: Int) {
        var bytes = Array("key: value\n# c\n".utf8)
        bytes.insert(0, at: at)
        let error = Hostile.error(bytes)
        #expect(error?.kind == .syntax)
        #expect(error?.position.offset == at)
        #expect(error?.message.contains("U+0000") == true)
    }

    @Test("binary files: a PNG header, an ELF header, random bytes")
    func binary() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let pngError = Hostile.error(png)
        #expect(pngError?.kind == .invalidUTF8)
        #expect(pngError?.position == pos(0, 1, 1))

        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        let elfError = Hostile.error(elf)
        #expect(elfError?.kind == .syntax)
        #expect(elfError?.position == pos(0, 1, 1))

        for seed in UInt64(1)...50 {
            let bytes = Hostile.randomBytes(count: 4096, seed: seed)
            _ = Hostile.error(bytes)
        }
        // Random ASCII (printable and control characters): some error or some value, never a crash.
        for seed in UInt64(1)...50 {
            let bytes = Hostile.randomBytes(count: 4096, seed: seed).map { $0 & 0x7F }
            let (result, elapsed) = Hostile.load(bytes)
            #expect(elapsed < Hostile.timeBudget)
            if case .failure(let error) = result { #expect(error.position.offset <= bytes.count) }
        }
    }

    // MARK: Empty, comments, whitespace

    @Test("an empty file, a whitespace-only file and a comment-only file have no documents")
    func emptyAndCommentOnly() {
        for text in ["", "\n\n", "   \n \n", "\r\n"] {
            let stream = Hostile.stream(text)
            #expect(stream?.documents.isEmpty == true)
            #expect(stream?.comments.isEmpty == true)
        }
        // libyaml refuses a tab alone on a line at the top level: a located error with the tab hint.
        let tabLine = Hostile.error("   \n\t\n")
        #expect(tabLine?.position == pos(4, 2, 1))
        #expect(tabLine?.help == "YAML does not allow tabs for indentation; indent with spaces")
        let stream = Hostile.stream("# only\n  # comments\n#\n")
        #expect(stream?.documents.isEmpty == true)
        #expect(stream?.comments.map(\.text) == [" only", " comments", ""])
        #expect(stream?.comments.map(\.span.start) == [pos(0, 1, 1), pos(9, 2, 3), pos(20, 3, 1)])
        // "---" with nothing after it is one null document.
        #expect(Hostile.stream("--- # c\n")?.documents.first?.root.isNull == true)
    }

    @Test("tabs as indentation: a located error that says to indent with spaces")
    func tabs() {
        for text in ["a:\n\tb: 1\n", "list:\n\t- x\n", "a:\n  b:\n\t  c: 1\n"] {
            let error = Hostile.error(text)
            #expect(error?.kind == .syntax)
            #expect(error?.help == "YAML does not allow tabs for indentation; indent with spaces")
            #expect(error?.position.line == text.split(separator: "\n").firstIndex { $0.contains("\t") }.map { $0 + 1 })
        }
        // A tab inside a value or after the indentation is content.
        #expect(Hostile.stream("a: x\ty\n")?.documents.first?.root[key: "a"]?.stringValue == "x\ty")
    }

    @Test("CRLF and CR files: values are the same as with LF, positions count a CRLF once")
    func crlf() {
        let lf = "a: 1\nb:\n  - x\n  - 'y\n    z'\nc: |\n  one\n  two\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let expected = Hostile.stream(lf)?.documents.first?.root.jsonValue
        let stream = Hostile.stream(crlf)
        #expect(stream?.documents.first?.root.jsonValue == expected)
        #expect(stream?.documents.first?.root[key: "c"]?.stringValue == "one\ntwo\n")
        #expect(stream?.documents.first?.root[key: "b"]?[index: 1]?.span.start == pos(21, 4, 5))
        let error = Hostile.error("a: 1\r\nb: [x\r\n")
        #expect(error?.position.line == 3)
        let cr = Hostile.error("a: 1\rb: 'x\r")
        #expect(cr?.position.line == 3)
    }

    // MARK: Keys and tags

    @Test(
        "keys that are duplicates once resolved",
        arguments: [
            ("1", "0x1"), ("1", "0o1"), ("15", "0o17"), ("true", "True"), ("false", "FALSE"), ("null", "~"),
            ("null", "Null"), ("~", ""), ("1.5", "15e-1"), ("0.0", "-0.0"), (".inf", ".Inf"), (".nan", ".NaN"),
            ("'1'", "!!str 1"), ("a", "\"a\""), ("\"\\u00e9\"", "\"e\\u0301\""), ("[1, 2]", "[0x1, 0o2]"),
            ("{a: 1}", "{a: 0x1}"),
        ])
    func duplicateKeys(_ first: String, _ second: String) {
        let text = "? \(first)\n: one\n? \(second)\n: two\n"
        let error = Hostile.error(text)
        #expect(error?.kind == .duplicateKey)
        #expect(error?.position.line == 3)
        #expect(error?.notes.first?.span?.start.line == 1)
    }

    @Test(
        "keys that look alike but are not duplicates",
        arguments: [("1", "'1'"), ("true", "'true'"), ("null", "'null'"), ("1", "1.0"), ("yes", "true"), ("NO", "no")]
    )
    func distinctKeys(_ first: String, _ second: String) {
        let stream = Hostile.stream("? \(first)\n: one\n? \(second)\n: two\n")
        if case .mapping(let pairs)? = stream?.documents.first?.root.content {
            #expect(pairs.count == 2)
        } else {
            Issue.record("expected a mapping")
        }
    }

    @Test(
        "unknown tags are located errors",
        arguments: [
            ("a: !foo bar\n", "!foo", 4), ("a: !!binary aGVsbG8=\n", "!!binary", 4),
            ("a: !!timestamp 2001-12-14\n", "!!timestamp", 4), ("a: !!set {x, y}\n", "!!set", 4),
            ("a: !!omap [x: 1]\n", "!!omap", 4), ("a: !<tag:example.com,2000:x> y\n", "tag:example.com,2000:x", 4),
            ("%TAG !e! tag:example.com,2000:\n---\na: !e!thing y\n", "tag:example.com,2000:thing", 4),
            ("- !local\n  a: 1\n", "!local", 3),
        ] as [(String, String, Int)])
    func unknownTags(_ text: String, _ tag: String, _ column: Int) {
        let error = Hostile.error(text)
        #expect(error?.kind == .unknownTag)
        #expect(error?.message == "unknown tag '\(tag)'")
        #expect(error?.position.column == column)
    }
}
