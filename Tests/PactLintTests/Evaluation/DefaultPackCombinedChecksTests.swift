import Foundation
import JSONPath
import Testing
import YAMLSource
import _PactLintTestSupport

@testable import PactLint

/// The combined walk (`CombinedChecks`) over the default pack: on the sample partnerships with
/// values swapped for others of every type, each check the walk finds holding holds when run
/// on its own, and each check it finds failing fails. A check wrongly found holding would be
/// skipped and its findings lost; the pack's format rules hold most of the combined checks,
/// and swapped values make them fail now and then.
@Suite struct DefaultPackCombinedChecksTests {
    /// Values a field may be given instead of its own: vocabulary words, numbers that equal
    /// as numbers (`1`, `1.0`), strings that look like other types, containers, and keys
    /// under Unicode canonical equivalence.
    private static let values = [
        "x", "1", "1.0", "'1'", "~", "true", "'é'", "e\u{301}", "2025-01-01", "'2025-01-01'", "2025-13-45", "-1",
        "[1]", "{}", "[]", "[a, b]", "{a: 1}", "''", "loan", "grant", "protection", "return-readmission",
        "central-mediterranean", "origin", "\u{212A}", "TODO",
    ]

    /// Lines of the form `key: value` (or `- key: value`) whose value is swapped.
    private static let pair = try! NSRegularExpression(pattern: #"^(\s*(?:- )?[A-Za-z_]+:) (.+)$"#)

    /// `text` with about one value in twelve swapped, chosen by `random`.
    private static func mutated(_ text: String, _ random: inout SplitMix) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let line = String(line)
            let range = NSRange(line.startIndex..., in: line)
            guard random.below(12) == 0, let match = pair.firstMatch(in: line, range: range),
                let key = Range(match.range(at: 1), in: line)
            else { return line }
            return line[key] + " " + random.pick(values)
        }.joined(separator: "\n")
    }

    @Test(arguments: 0..<2)
    func theWalkHoldsAChecksOwnVerdictOnMutatedSamples(block: Int) throws {
        let ruleSet = try RulePackLoader().load(directories: [RepositoryPaths.rules])
        let rules = SharedRule.documentRules(ruleSet.rules.filter { $0.scope == .document })
        #expect(rules.contains { $0.combined?.isPerDocument == true })
        let samples = RepositoryPaths.yamlFiles(under: RepositoryPaths.samples).filter { !$0.contains("/") }
        try #require(!samples.isEmpty)
        var random = SplitMix(seed: UInt64(block) &* 0x9E37 &+ 11)
        var holdingSeen = 0
        var failingSeen = 0
        for number in 0..<12 {
            let sample = samples[number % samples.count]
            let original = try String(contentsOfFile: RepositoryPaths.samples + "/" + sample, encoding: .utf8)
            let text = Self.mutated(original, &random)
            guard let root = try? YAMLLoader().load(SourceFile(path: sample, text: text)).documents.first?.root
            else { continue }
            let cache = QueryCache()
            for shared in rules {
                guard let combined = shared.combined else { continue }
                // The subjects as `RuleEvaluator` finds them: the root, or what `given` selects.
                let subjects =
                    shared.rule.given.map { $0.query.evaluate(root: root, current: root) }
                    ?? [JSONPathMatch(node: root, path: .root)]
                for subject in subjects {
                    let evaluator = ConditionEvaluator(
                        root: root, subject: subject.node, subjectPath: subject.path,
                        parameters: shared.rule.parameters, cache: cache)
                    let holding = evaluator.holdingChecks(combined, slot: shared.combinedSlot)
                    for check in shared.checks where check.combinedBit != 0 {
                        let holds = evaluator.evaluate(check.check.assert, source: nil) == nil
                        #expect(
                            (holding & check.combinedBit != 0) == holds,
                            "block \(block) case \(number) \(shared.rule.id) check \(check.check.index) over\n\(text)")
                        if holds { holdingSeen += 1 } else { failingSeen += 1 }
                    }
                }
            }
        }
        // Both verdicts occur, so the comparison above tested something.
        #expect(holdingSeen > 0 && failingSeen > 0)
    }
}
