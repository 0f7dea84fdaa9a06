import ArgumentParser
import PactLint
import PactLintReporters

/// `--fail-on`: the lowest severity that fails the run, or `never`.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    var severity: Severity? { Severity(rawValue: rawValue) }
}

/// `--color`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

extension ReportFormat: ExpressibleByArgument {}

extension RuleListRenderer.Format: ExpressibleByArgument {}
