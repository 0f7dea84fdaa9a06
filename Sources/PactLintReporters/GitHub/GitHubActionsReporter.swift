import PactLint

/// The format for GitHub Actions: one workflow command per finding, which the runner turns
/// into an annotation on the pull request's diff.
///
/// ```
/// ::error file=partnerships/tunisia.yaml,line=12,col=5,endLine=12,endColumn=20,title=BAL-01::Control-oriented …
/// ```
///
/// Severities map to `error`, `warning` and `notice`. An absolute path inside the working
/// directory is written relative to it, as GitHub expects. The message is followed by the related
/// locations and the rule's help, on further lines of the annotation. Waived findings are not
/// annotated (GitHub shows at most 10 annotations of each level per step, which waived ones
/// would crowd out): each is listed on a plain log line with its reason, and the closing summary
/// line counts them. Paths, rule ids and messages are
/// escaped as the runner expects, so that a hostile message stays one command's data and cannot
/// start a command of its own.
public struct GitHubActionsReporter: StreamingReporter {
    /// A GitHub Actions reporter.
    public init() {}

    /// Writes, for each file and then for the portfolio findings, one workflow command per
    /// unwaived finding followed by a log line per waived one; then a summary log line.
    public struct Writer: ReportWriter {
        let context: ReportContext
        var catalog = RuleCatalog(rules: [], principles: [])

        /// Writes the event's findings, or the summary line at the end.
        public mutating func write<Output: TextOutputStream>(_ event: ReportEvent, to output: inout Output) {
            switch event {
            case .begin(let header):
                catalog = RuleCatalog(header)
            case .file(_, let findings), .portfolio(let findings):
                writeFindings(findings, to: &output)
            case .end(let summary):
                let totals = ReportTotals(summary)
                output.write(
                    "pactlint: \(Counting.phrase(totals.files, "file")), \(Counting.phrase(totals.rules, "rule")): "
                        + "\(Counting.phrase(totals[.error], "error")), \(Counting.phrase(totals[.warning], "warning")), "
                        + "\(totals[.info]) info; \(totals.waived) waived (not annotated); "
                        + "\(totals.baselineSuppressed) hidden by baseline\n")
            }
        }

        private func writeFindings<Output: TextOutputStream>(_ findings: [Finding], to output: inout Output) {
            for finding in findings where !finding.isWaived {
                // Lines and columns start at 1 and the end is not before the start, as GitHub
                // expects, even for a malformed span.
                let span = finding.location.span
                let line = max(span.start.line, 1)
                let column = max(span.start.column, 1)
                let endLine = max(span.end.line, line)
                let endColumn = endLine == line ? max(span.end.column, column) : max(span.end.column, 1)
                let properties = [
                    "file="
                        + WorkflowCommandEscaping.property(
                            GitHubActionsReporter.workspacePath(finding.location.file, context: context)),
                    "line=\(line)",
                    "col=\(column)",
                    "endLine=\(endLine)",
                    "endColumn=\(endColumn)",
                    "title=" + WorkflowCommandEscaping.property(finding.ruleID),
                ]
                var message = finding.message
                for related in finding.related {
                    let start = related.location.span.start
                    message += "\nnote: \(related.location.file):\(start.line):\(start.column): \(related.message)"
                }
                if let help = finding.help ?? catalog.rule(finding.ruleID).help, !help.isEmpty {
                    message += "\nhelp: " + help
                }
                output.write(
                    "::\(GitHubActionsReporter.command(finding.severity)) \(properties.joined(separator: ","))::"
                        + WorkflowCommandEscaping.data(message) + "\n")
            }
            // Waived findings are listed as plain log lines: they start with `pactlint:`, so the
            // runner never reads them as commands, and their text is escaped to stay on one line.
            for finding in findings where finding.isWaived {
                let start = finding.location.span.start
                let place =
                    GitHubActionsReporter.workspacePath(finding.location.file, context: context)
                    + ":\(start.line):\(start.column)"
                let reason = finding.waiver?.reason ?? ""
                output.write(
                    "pactlint: waived \(finding.severity.rawValue) "
                        + WorkflowCommandEscaping.data(
                            "\(finding.ruleID) at \(place): \(finding.message) (reason: \(reason))")
                        + "\n")
            }
        }
    }

    /// A writer for one report.
    public func makeWriter(context: ReportContext) -> Writer {
        Writer(context: context)
    }

    /// `path` relative to the working directory when it is inside it (GitHub matches
    /// annotations to files by their path in the workspace), otherwise as given.
    static func workspacePath(_ path: String, context: ReportContext) -> String {
        guard path.hasPrefix("/") else { return path }
        let base = FileURI.normalized(context.workingDirectory)
        let absolute = FileURI.normalized(path)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) && absolute.count > prefix.count
            ? String(absolute.dropFirst(prefix.count)) : path
    }

    /// The workflow command for a severity.
    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }
}
