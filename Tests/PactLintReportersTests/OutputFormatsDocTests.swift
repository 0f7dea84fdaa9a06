import Foundation
import Testing

/// The examples in `docs/output-formats.md` are excerpts of the golden files: each block marked
/// `<!-- golden: NAME -->` must appear, line for line, in `Golden/NAME`.
@Suite struct OutputFormatsDocTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var golden: String
        var text: String
        var number: Int
        var testDescription: String { "example \(number) (\(golden))" }
    }

    static var examples: [Example] {
        let url = TestPaths.packageRoot.appendingPathComponent("docs/output-formats.md")
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("<!-- golden: "), line.hasSuffix(" -->"), index + 1 < lines.count,
                lines[index + 1].hasPrefix("```")
            {
                let name = String(line.dropFirst("<!-- golden: ".count).dropLast(" -->".count))
                var body: [Substring] = []
                index += 2
                while index < lines.count, lines[index] != "```" {
                    body.append(lines[index])
                    index += 1
                }
                examples.append(
                    Example(golden: name, text: body.joined(separator: "\n") + "\n", number: examples.count + 1))
            }
            index += 1
        }
        return examples
    }

    @Test func documentHasExamples() {
        #expect(Self.examples.count >= 8)
    }

    @Test(arguments: examples)
    func exampleIsAnExcerptOfItsGolden(_ example: Example) throws {
        let url = TestPaths.golden.appendingPathComponent(example.golden)
        let golden = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(
            golden.hasPrefix(example.text) || golden.contains("\n" + example.text),
            "not in \(example.golden):\n\(example.text)")
    }
}
