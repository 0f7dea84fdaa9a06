import YAMLSource

/// The stages of a check run that need only the file itself, run on the worker thread that
/// checked it: read and check the file, apply its waiver comments, sort its findings, count
/// them and, when the sink renders ahead, render them. What depends on the files before it
/// (the baseline, the totals, the portfolio) is left to the thread that delivers files in
/// order, which then has little more to do than append bytes.
struct FileStages: Sendable {
    let engine: Engine
    let applier: WaiverApplier
    /// Ids of the portfolio rules: waivers that name them are decided after the last file.
    let portfolioRules: Set<String>
    /// Ids of the tool's own rules, listed in the report only when they reported.
    let toolRuleIDs: Set<String>
    let failOn: Severity?
    /// The sink's renderer, or one that renders nothing when the sink does not render ahead.
    /// Not optional: a method of an optional existential is called on a copy (a retain and a
    /// release of the renderer, which every worker shares, twice a file).
    let renderer: any FindingsRenderer
    /// Whether the delivering thread needs the findings even when they are rendered (to match
    /// them against a baseline).
    let keepsFindings: Bool
    /// Whether every tool rule id holds a `/`, as `isToolRule` relies on.
    private let toolRulesHoldASlash: Bool

    init(
        engine: Engine, applier: WaiverApplier, portfolioRules: Set<String>, toolRuleIDs: Set<String>,
        failOn: Severity?, renderer: (any FindingsRenderer)?, keepsFindings: Bool
    ) {
        self.engine = engine
        self.applier = applier
        self.portfolioRules = portfolioRules
        self.toolRuleIDs = toolRuleIDs
        self.failOn = failOn
        self.renderer = renderer ?? RendersNothing()
        self.keepsFindings = keepsFindings
        toolRulesHoldASlash = toolRuleIDs.allSatisfy { $0.utf8.contains(UInt8(ascii: "/")) }
    }

    /// A file ready to be delivered.
    struct Prepared: Sendable {
        var path: String
        var documents: [DocumentSummary]
        var projections: [PortfolioProjection]
        /// Sorted, waivers applied; empty when `rendered` holds them and no baseline needs them.
        var findings: [Finding]
        /// The findings as the sink's renderer rendered them, when it did.
        var rendered: RenderedFindings?
        /// The waivers that name a portfolio rule, when there are any.
        var deferredWaivers: FileWaivers?
        /// The findings' counts, taken here when `findings` is left empty.
        var tally: Tally?
    }

    /// What delivery counts of findings it is not handed.
    struct Tally: Sendable {
        var counts: ReportCounts
        /// The tool rules among the findings' rules, each once.
        var toolRules: [String]
    }

    /// Checks `input` and does the file's own stages.
    func prepare(_ input: CheckRun.Input) -> Prepared {
        guard let source = CheckRun.source(of: input) else {
            return finish(CheckRun.unreadable(input.name), deferredWaivers: nil)
        }
        var file = engine.check(file: source)
        // Only waiver comments matter after checking; the source is read for their "next
        // line" here and then let go with the file.
        file.comments.removeAll { WaiverDirective(comment: $0.text) == nil }
        guard !file.comments.isEmpty else { return finish(file, deferredWaivers: nil) }
        let comments = file.comments.map { (text: $0.text, span: $0.span) }
        var waivers = FileWaivers(file: file.path, comments: comments, applier: applier) { line in
            line >= 1 && line <= source.lineCount ? source.line(line) : nil
        }
        waivers.apply(to: &file.findings)
        // Waivers that name a portfolio rule wait for the portfolio findings to know whether
        // they are used.
        let deferred = waivers.split(naming: portfolioRules)
        file.findings += waivers.problems + waivers.unused(rulesRun: applier.rulesRun)
        Engine.sortUnique(&file.findings)
        return finish(file, deferredWaivers: deferred.isEmpty ? nil : deferred)
    }

    private func finish(_ file: FileResult, deferredWaivers: FileWaivers?) -> Prepared {
        let rendered = renderer.render(file.findings, path: file.path)
        var prepared = Prepared(
            path: file.path, documents: file.documents, projections: file.projections, findings: file.findings,
            rendered: rendered, deferredWaivers: deferredWaivers)
        // Rendered findings no baseline needs are let go here, counted first.
        guard rendered != nil, !keepsFindings else { return prepared }
        var counts = ReportCounts(failOn: failOn)
        counts.count(file.findings)
        var toolRules: [String] = []
        for finding in file.findings where isToolRule(finding.ruleID) && !toolRules.contains(finding.ruleID) {
            toolRules.append(finding.ruleID)
        }
        prepared.findings = []
        prepared.tally = Tally(counts: counts, toolRules: toolRules)
        return prepared
    }

    /// Whether `id` is one of `toolRuleIDs`. The tool's rule ids all hold a `/` (`pactlint/…`),
    /// which a pack's ids (upper-case letters, digits and `-`) do not: most ids are settled by a
    /// byte search instead of a hash.
    private func isToolRule(_ id: String) -> Bool {
        guard toolRulesHoldASlash else { return toolRuleIDs.contains(id) }
        let slash = id.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "/")) } ?? true
        return slash && toolRuleIDs.contains(id)
    }

}

/// The renderer of a sink that does not render ahead: every file is delivered as an event.
private struct RendersNothing: FindingsRenderer {
    func render(_ findings: [Finding], path: String) -> RenderedFindings? { nil }
}
