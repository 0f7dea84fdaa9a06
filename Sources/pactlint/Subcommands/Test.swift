import ArgumentParser
import PactLint

/// `pactlint test`: runs each rule over its fixtures and compares the findings with the
/// `# expect: RULE-ID` markers.
struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run rule fixtures: every expected finding must appear, and no other.",
        discussion: """
            Tests the packs in the given directories (default: the built-in pack). Fixtures are \
            partnership files in fixtures/RULE-ID/; a `# expect: RULE-ID` comment marks each line \
            where that rule must report. A rule without fixtures fails the run.
            """
    )

    @Argument(help: ArgumentHelp("Rule pack directories (default: the built-in pack).", valueName: "dir"))
    var directories: [String] = []

    @Option(help: ArgumentHelp("Test only these rules (ids or names, comma-separated).", valueName: "rules"))
    var only: String?

    func run() throws {
        // Parsed, not built with `RuleSetOptions()`: ArgumentParser traps when a property
        // wrapper of an unparsed option group is read.
        let options = try RuleSetOptions.parse(
            ["--no-config"] + (directories.isEmpty ? [] : ["--no-default-rules"])
                + directories.flatMap { ["--rules", $0] })
        let workspace = try Workspace.load(options)
        let selected = only.map { list in
            list.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        }
        if let selected {
            for name in selected where workspace.ruleSet.rule(named: name) == nil {
                Terminal.standardError.write("error: no rule is called '\(name)'\n")
                throw ExitCode(ExitStatus.usageOrConfiguration)
            }
        }
        let report = RuleTestRunner(ruleSet: workspace.ruleSet).run(
            fixtures: workspace.fixtures, ruleIDs: selected?.compactMap { workspace.ruleSet.rule(named: $0)?.id })
        if !report.passed {
            Terminal.standardOutput.write(report.rendered() + "\n")
        }
        let rules = report.rulesTested.count + report.rulesWithoutFixtures.count
        Terminal.standardOutput.write(
            "\(rules) rules, \(report.fixturesRun) fixtures, \(report.matched) expected findings matched, "
                + "\(report.failures.count) failure\(report.failures.count == 1 ? "" : "s")\n")
        if !report.passed { throw ExitCode(ExitStatus.findings) }
    }
}
