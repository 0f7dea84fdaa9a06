import ArgumentParser
import Foundation
import PactLint

/// `pactlint rules`: lists the rules that would run.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the rules: id, name, principle, severity and title.")

    enum ListFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @OptionGroup(title: "Rules")
    var ruleOptions: RuleSetOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: ListFormat = .text

    func run() throws {
        let workspace = try Workspace.load(ruleOptions)
        let rules = workspace.ruleSet.metadata
        switch format {
        case .text:
            Terminal.standardOutput.write(textTable(rules, principles: workspace.ruleSet.principles))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.standardOutput.write(String(decoding: try encoder.encode(rules), as: UTF8.self) + "\n")
        case .markdown:
            Terminal.standardOutput.write(markdownTable(rules, principles: workspace.ruleSet.principles))
        }
    }

    private func textTable(_ rules: [RuleMetadata], principles: [Principle]) -> String {
        let header = ["ID", "NAME", "PRINCIPLE", "SEVERITY", "TITLE"]
        let rows = rules.map { [$0.id, $0.name, $0.principle, $0.severity.rawValue, $0.title] }
        let widths = (0..<4).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        let lines = ([header] + rows).map { row in
            (0..<4).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                + "  " + row[4]
        }
        return lines.joined(separator: "\n") + "\n\(rules.count) rules in \(principles.count) principles\n"
    }

    private func markdownTable(_ rules: [RuleMetadata], principles: [Principle]) -> String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var lines = ["| id | name | principle | severity | title |", "|---|---|---|---|---|"]
        for rule in rules {
            lines.append(
                "| \(cell(rule.id)) | \(cell(rule.name)) | \(cell(rule.principle)) | \(rule.severity.rawValue) | \(cell(rule.title)) |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
