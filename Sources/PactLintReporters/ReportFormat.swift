import PactLint

/// The output formats this module renders, named as `--format` spells them.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines for a terminal: see `TextReporter`.
    case text
    /// A versioned JSON document for scripts: see `JSONReporter`.
    case json
    /// SARIF 2.1.0 for code-scanning services: see `SARIFReporter`.
    case sarif
    /// JUnit XML for CI dashboards: see `JUnitReporter`.
    case junit
    /// GitHub Actions workflow commands: see `GitHubActionsReporter`.
    case github
    /// A pull-request comment: see `MarkdownReporter`.
    case markdown
    /// A self-contained page for reviewers: see `HTMLReporter`.
    case html

    /// A reporter for this format. `color` applies to `text` only (the other formats never
    /// colour their output); `controlShareThreshold` to `html` only, whose budget charts mark
    /// the control-oriented share the balance rule allows.
    public func makeReporter(color: Bool = false, controlShareThreshold: Double = 0.5) -> any Reporter {
        switch self {
        case .text: TextReporter(options: .init(color: color))
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .github: GitHubActionsReporter()
        case .markdown: MarkdownReporter()
        case .html: HTMLReporter(controlShareThreshold: controlShareThreshold)
        }
    }

    /// A writer that streams this format as a check run delivers it, or `nil` for the formats
    /// written from a whole `Report` (`markdown` and `html` open with summary tables and a
    /// matrix, so they need every finding first).
    public func makeWriter(
        color: Bool = false, context: ReportContext
    ) -> (any ReportWriter)? {
        // Each format named, not `makeReporter(color:) as? any StreamingReporter`: that cast
        // scans the binary's protocol conformances (some 440,000 instructions a run).
        switch self {
        case .text: TextReporter(options: .init(color: color)).makeWriter(context: context)
        case .json: JSONReporter().makeWriter(context: context)
        case .sarif: SARIFReporter().makeWriter(context: context)
        case .junit: JUnitReporter().makeWriter(context: context)
        case .github: GitHubActionsReporter().makeWriter(context: context)
        case .markdown, .html: nil
        }
    }
}
