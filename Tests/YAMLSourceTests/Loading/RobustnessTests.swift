import Testing
import YAMLSource

/// The loader on mutated inputs: it must never crash, every error must be located inside the
/// file, and every span of a loaded tree must agree with the file's own line table.
@Suite("robustness")
struct RobustnessTests {
    /// A small deterministic generator, so that failures reproduce.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    private static let insertions: [[UInt8]] =
        [
            ":", " ", "\n", "\r\n", "\r", "\t", "-", "? ", "[", "]", "{", "}", ",", "#", "&a", "*a", "!", "!!int",
            "'", "\"", "|", ">", "---", "...", "%YAML 1.2\n", "叶", "🇺🇳", "\u{85}", "\u{FEFF}", "\\", "<<: *a",
        ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0xE2, 0x80], [0x7F], [0x1B]]

    @Test("every yaml-test-suite case, unmutated: spans agree with the line table")
    func suiteSpans() {
        for suiteCase in YAMLTestSuite.cases {
            check(SourceFile(path: "s.yaml", text: suiteCase.inYAML))
        }
    }

    @Test("mutated yaml-test-suite cases never crash and stay located")
    func mutations() {
        var generator = Generator(state: 0x9E37_79B9_7F4A_7C15)
        for suiteCase in YAMLTestSuite.cases {
            let original = Array(suiteCase.inYAML.utf8)
            for _ in 0..<12 {
                var bytes = original
                for _ in 0..<(1 + generator.next(3)) {
                    let at = generator.next(bytes.count + 1)
                    switch generator.next(4) {
                    case 0 where !bytes.isEmpty:
                        bytes.remove(at: min(at, bytes.count - 1))
                    case 1:
                        bytes.removeSubrange(at...)
                    default:
                        bytes.insert(contentsOf: Self.insertions[generator.next(Self.insertions.count)], at: at)
                    }
                }
                check(SourceFile(path: "m.yaml", bytes: bytes))
            }
        }
    }

    private func check(_ file: SourceFile) {
        do {
            let stream = try YAMLLoader().load(file)
            for document in stream.documents { checkNode(document.root, in: file) }
            for comment in stream.comments {
                #expect(file.position(atByteOffset: comment.span.start.offset) == comment.span.start)
                #expect(file.bytes[comment.span.start.offset] == UInt8(ascii: "#"))
            }
        } catch {
            #expect(error.position.line >= 1 && error.position.line <= file.lineCount, "\(error)")
            #expect(error.position.offset >= 0 && error.position.offset <= file.bytes.count, "\(error)")
            #expect(!error.rendered(source: file).isEmpty)
        }
    }

    private func checkNode(_ node: YAMLNode, in file: SourceFile) {
        #expect(node.span.start <= node.span.end)
        #expect(file.position(atByteOffset: node.span.start.offset) == node.span.start)
        #expect(file.position(atByteOffset: node.span.end.offset) == node.span.end)
        switch node.content {
        case .scalar: break
        case .sequence(let items): for item in items { checkNode(item, in: file) }
        case .mapping(let pairs):
            for pair in pairs {
                checkNode(pair.key, in: file)
                checkNode(pair.value, in: file)
            }
        }
    }
}
