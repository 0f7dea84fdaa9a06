import Foundation
import Testing
import YAMLSource

@Suite("aliases and limits")
struct AliasAndLimitTests {
    @Test("aliases expand to copies of the anchored node")
    func expansion() throws {
        let node = try root("base: &b {x: 1, y: [a, b]}\nother: *b\nlist: [*b, *b]\n")
        #expect(node[key: "other"]?.jsonValue == node[key: "base"]?.jsonValue)
        #expect(node[key: "list"]?[index: 1]?[key: "y"]?[index: 1]?.stringValue == "b")
    }

    @Test("an anchor can be redefined; aliases see the latest definition")
    func redefinition() throws {
        let node = try root("a: &x 1\nb: *x\nc: &x 2\nd: *x\n")
        #expect(node[key: "b"]?.intValue == 1)
        #expect(node[key: "d"]?.intValue == 2)
    }

    @Test("merge keys are ordinary keys")
    func mergeKeyIsAKey() throws {
        let node = try root("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n")
        #expect(node[key: "derived"]?[key: "<<"]?[key: "x"]?.intValue == 1)
        #expect(node[key: "derived"]?[key: "x"] == nil)
    }

    @Test("a billion-laughs file fails fast with a clear error")
    func billionLaughs() throws {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let letters = Array("abcdefghij")
        for i in 1..<letters.count {
            let alias = "*\(letters[i - 1])"
            text += "\(letters[i]): &\(letters[i]) [\(Array(repeating: alias, count: 9).joined(separator: ","))]\n"
        }
        let clock = ContinuousClock()
        var error: YAMLError?
        let elapsed = clock.measure { error = loadError(text) }
        #expect(error?.kind == .aliasExpansionLimit)
        #expect(error?.message == "aliases expand to more than 100000 nodes (an alias bomb?)")
        // a has 10 nodes; b adds 9 × 10, c 9 × 91, d 9 × 820, e 9 × 7,381 (74,718 so far);
        // f's first alias adds 66,430 and passes the budget.
        // Line 1 has 62 bytes, lines 2 to 5 have 35: line 6 starts at 202, its first alias at 209.
        #expect(error?.position == pos(209, 6, 8))
        #expect(elapsed < .milliseconds(200))
    }

    @Test("the default limits")
    func defaults() {
        let limits = YAMLLoader.Limits.default
        #expect(limits.maxFileSize == 16 * 1024 * 1024)
        #expect(limits.maxDepth == 256)
        #expect(limits.maxAliasExpansion == 100_000)
        #expect(limits.maxDocuments == 10_000)
    }

    @Test("10,000-level flow nesting stops at the depth limit")
    func deepFlow() {
        let depth = 10_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = loadError(text)
        #expect(error?.kind == .depthLimit)
        #expect(error?.position == pos(256, 1, 257))
        let mappings = String(repeating: "{a: ", count: depth) + String(repeating: "}", count: depth)
        #expect(loadError(mappings)?.kind == .depthLimit)
    }

    @Test("10,000-level block nesting stops at the depth limit")
    func deepBlock() {
        // Compact nested block sequences: "- - - … x", 10,000 levels on one line.
        let sequence = String(repeating: "- ", count: 10_000) + "x\n"
        let error = loadError(sequence)
        #expect(error?.kind == .depthLimit)
        #expect(error?.position == pos(512, 1, 513))
        // Indented block mappings, 300 levels.
        var mappings = ""
        for level in 0..<300 { mappings += String(repeating: " ", count: level) + "k:\n" }
        #expect(loadError(mappings)?.kind == .depthLimit)
        #expect(loadError(mappings)?.position.line == 257)
    }

    @Test("nesting up to the limit loads; raising the limit allows more")
    func limitBoundary() throws {
        let text = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect((try? load(text)) != nil)
        let deeper = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect((try? load(deeper, limits: YAMLLoader.Limits(maxDepth: 1000))) != nil)
    }

    @Test("the file-size limit can be raised")
    func fileSize() throws {
        let text = "k: " + String(repeating: "x", count: 100) + "\n"
        #expect(loadError(text, limits: YAMLLoader.Limits(maxFileSize: 100))?.kind == .fileTooLarge)
        #expect(try load(text, limits: YAMLLoader.Limits(maxFileSize: 104)).documents.count == 1)
    }

    @Test("hostile bytes never crash: binary, NUL, lone surrogates, unclosed everything")
    func hostile() {
        let inputs: [[UInt8]] = [
            [0x00], [0x00, 0x61], Array("a: \u{0}".utf8), [0xFE, 0xFF, 0x00, 0x61], [0xFF, 0xFE, 0x61, 0x00],
            Array("[[[{{{\"'".utf8), Array("&a *a".utf8), Array("*".utf8), Array("! !".utf8),
            Array("%YAML 1.2\n%YAML 1.2\n---".utf8), Array("%TAG !x! y\n--- !y!z a".utf8),
            (0..<256).map { UInt8($0) },
        ]
        for bytes in inputs {
            do {
                _ = try YAMLLoader().load(SourceFile(path: "h.yaml", bytes: bytes))
            } catch {
                #expect(error.position.line >= 1)
                #expect(!error.message.isEmpty)
            }
        }
    }
}
