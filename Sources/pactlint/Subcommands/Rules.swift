import ArgumentParser
import Foundation
import PactLint
import PactLintReporters

/// `pactlint rules`: lists the rules that would run.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules: id, name, principle, severity and title.")

    @OptionGroup(title: "Rules")
    var ruleOptions: RuleSetOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: RuleListRenderer.Format = .text

    func run() throws {
        let workspace = try Workspace.load(ruleOptions)
        let context = ReportContext(
            toolVersion: PactLintVersion.current, rulePackVersion: workspace.rulePackVersion,
            timestamp: RunClock.now().timestamp, workingDirectory: FileManager.default.currentDirectoryPath)
        Terminal.standardOutput.write(
            RuleListRenderer(format: format).render(
                rules: workspace.ruleSet.metadata, principles: workspace.ruleSet.principles, context: context))
    }
}
