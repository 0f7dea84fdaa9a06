import ArgumentParser
import Foundation
import PactLint
import YAMLSource

/// `pactlint explain`: what a rule asks for, why, on what authority, and how to satisfy it.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: its rationale, sources, how to fix, and examples.")

    @Argument(help: ArgumentHelp("A rule id or name, e.g. COMP-03 or return-needs-reintegration.", valueName: "rule"))
    var rule: String

    @OptionGroup(title: "Rules")
    var ruleOptions: RuleSetOptions

    func run() throws {
        let workspace = try Workspace.load(ruleOptions)
        guard
            let found = workspace.ruleSet.rule(named: rule)
                ?? workspace.loadedRules.first(where: { $0.id == rule || $0.name == rule })
        else {
            let known = workspace.loadedRules.flatMap { [$0.id, $0.name] }
            let help = Suggestion.closest(to: rule, among: known).map { "did you mean '\($0)'?" }
            Terminal.standardError.write(
                "error: no rule is called '\(rule)'\n  help: \(help ?? "run `pactlint rules` to list them")\n")
            throw ExitCode(ExitStatus.usageOrConfiguration)
        }
        let metadata = found.metadata
        let principle = workspace.ruleSet.principles.first { $0.id == metadata.principle }
        var text = "\(metadata.id) \(metadata.name)\n\(metadata.title)\n\n"
        text += "Principle: \(principle?.title ?? metadata.principle)    Severity: \(metadata.severity.rawValue)"
        if !metadata.tags.isEmpty { text += "    Tags: \(metadata.tags.joined(separator: ", "))" }
        text += "\n"
        if !found.parameters.isEmpty {
            let parameters = found.parameters.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value.text)" }
            text += "Parameters: \(parameters.joined(separator: ", ")) (set them in .pactlint.yml)\n"
        }
        if let rationale = metadata.rationale { text += section("Why", rationale) }
        if !metadata.sources.isEmpty {
            text += section("Sources", metadata.sources.map { "- \($0)" }.joined(separator: "\n"))
        }
        if let help = metadata.help { text += section("How to fix", help) }
        let fixtures = workspace.fixtures.filter { $0.ruleID == metadata.id }
        for fixture in fixtures {
            let marked = ExpectMarker.lines(in: fixture.file, rule: metadata)
            let title = marked.isEmpty ? "An example that passes" : "An example that reports"
            text += section("\(title) (\(fixture.file.path))", Self.excerpt(of: fixture.file, around: marked))
        }
        Terminal.standardOutput.write(text)
    }

    private func section(_ title: String, _ body: String) -> String {
        let indented = body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }
        return "\n\(title)\n" + indented.joined(separator: "\n").trimmingCharacters(in: .newlines) + "\n"
    }

    /// The whole file when it is short; otherwise the lines around each marker (or the start).
    static func excerpt(of file: SourceFile, around lines: [Int], context: Int = 4, maximum: Int = 40) -> String {
        // A final line break does not start a line worth showing.
        let count = file.lineCount > 1 && file.line(file.lineCount).isEmpty ? file.lineCount - 1 : file.lineCount
        var shown = Set<Int>()
        if count <= maximum {
            shown = Set(1...max(count, 1))
        } else if lines.isEmpty {
            shown = Set(1...min(count, 25))
        } else {
            for line in lines { shown.formUnion(max(1, line - context)...min(count, line + context)) }
        }
        var result: [String] = []
        var previous = 0
        for number in shown.sorted() {
            if number > previous + 1 { result.append("…") }
            result.append(String(format: "%4d | ", number) + file.line(number))
            previous = number
        }
        if previous < count { result.append("…") }
        return result.joined(separator: "\n")
    }
}
