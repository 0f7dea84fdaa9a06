import Foundation
import PactLint
import Testing
import YAMLSource
import _PactLintTestSupport

/// No rule file crashes the loader: every prefix of the example pack's rule files, and
/// scrambled variants, either load or give located errors.
@Suite("Rule loading robustness")
struct RuleLoadingRobustnessTests {
    static func exampleFiles() -> [(String, String)] {
        let directory = TestPack.examplePackDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted().filter { $0.hasSuffix(".yaml") && $0 != "pack.yaml" && $0 != "principles.yaml" }
            .compactMap {
                name in
                (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)).map { (name, $0) }
            }
    }

    static func load(_ name: String, _ text: String) -> [SourceDiagnostic]? {
        let principles =
            (try? String(contentsOfFile: TestPack.examplePackDirectory + "/principles.yaml", encoding: .utf8)) ?? ""
        do {
            _ = try RulePackLoader().load(packs: [
                RulePackSource(
                    directory: "p",
                    texts: [("pack.yaml", TestPack.packYAML), ("principles.yaml", principles), (name, text)])
            ])
            return nil
        } catch {
            return error.diagnostics
        }
    }

    @Test func everyPrefixLoadsOrFailsWithLocatedErrors() {
        let files = Self.exampleFiles()
        #expect(files.count == 5)
        for (name, text) in files {
            let scalars = Array(text.unicodeScalars)
            for end in stride(from: 0, to: scalars.count, by: 7) {
                var prefix = String.UnicodeScalarView()
                prefix.append(contentsOf: scalars[0..<end])
                if let diagnostics = Self.load(name, String(prefix)) {
                    #expect(!diagnostics.isEmpty)
                    #expect(diagnostics.allSatisfy { $0.span.start.line >= 1 && $0.span.start.column >= 1 })
                }
            }
        }
    }

    @Test func scrambledLinesNeverCrash() {
        var generator = SplitMix(seed: 2026)
        for (name, text) in Self.exampleFiles() {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for _ in 0..<60 {
                var mutated = lines
                let i = Int(generator.next() % UInt64(max(1, mutated.count)))
                let j = Int(generator.next() % UInt64(max(1, mutated.count)))
                mutated.swapAt(i, j)
                if generator.next() % 2 == 0, !mutated[i].isEmpty {
                    mutated[i] = mutated[i].dropFirst(Int(generator.next() % UInt64(mutated[i].count)))
                }
                if let diagnostics = Self.load(name, mutated.joined(separator: "\n")) {
                    #expect(!diagnostics.isEmpty)
                }
            }
        }
    }
}
