import Foundation
import YAMLSource

/// One `pactlint check`: files in, a `Report` out.
///
/// The stages, in order: read each file and check it with the document rules (in parallel,
/// `jobs` at a time) → run the portfolio rules over every document → apply each file's waiver
/// comments → hide what the baseline already records → sort. Results never depend on `jobs`.
public struct CheckRun: Sendable {
    /// A file to check: a path on disk, or bytes read from standard input under a name.
    public enum Input: Sendable {
        case path(String)
        case bytes(name: String, [UInt8])

        var name: String {
            switch self {
            case .path(let path): path
            case .bytes(let name, _): name
            }
        }
    }

    public var engine: Engine
    /// How many files are checked at once.
    public var jobs: Int
    /// Today's date, `YYYY-MM-DD`, for waiver expiry.
    public var today: String
    public var baseline: Baseline?
    public var failOn: Severity?
    /// Every loaded rule, disabled ones included, so that a waiver of a rule the configuration
    /// turned off is not reported as naming an unknown rule. Defaults to the engine's rules.
    public var loadedRules: [Rule]

    public init(
        engine: Engine, jobs: Int, today: String, baseline: Baseline? = nil, failOn: Severity? = .error,
        loadedRules: [Rule]? = nil
    ) {
        self.engine = engine
        self.jobs = max(1, jobs)
        self.today = today
        self.baseline = baseline
        self.failOn = failOn
        self.loadedRules = loadedRules ?? engine.ruleSet.rules
    }

    /// The rule id of the finding an unreadable file becomes.
    public static let unreadableRuleID = "pactlint/unreadable-file"

    /// Checks `inputs` and returns the report, findings sorted by file, line, column, rule id.
    public func run(_ inputs: [Input]) -> Report {
        var results = ParallelMap.map(inputs, jobs: jobs) { check($0) }
        let files = results.map { CheckedFile(path: $0.file.path, documents: $0.file.documents) }

        let portfolioFindings = engine.checkPortfolio(results.flatMap(\.file.projections))
        var portfolioByFile: [String: [Finding]] = [:]
        for finding in portfolioFindings { portfolioByFile[finding.location.file, default: []].append(finding) }

        let applier = waiverApplier()
        var findings: [Finding] = []
        findings.reserveCapacity(results.reduce(0) { $0 + $1.file.findings.count })
        for (index, input) in inputs.enumerated() {
            // Each file's own copy of its findings, comments and source is let go as soon as
            // they are moved on, so that they are not held twice (memory grows with findings).
            let result = results[index]
            results[index].file.findings = []
            results[index].file.comments = []
            results[index].source = nil
            var portfolio = portfolioByFile.removeValue(forKey: result.file.path) ?? []
            if !portfolio.isEmpty, let context = engine.excerptContext,
                let source = result.source ?? Self.source(of: input)
            {
                for index in portfolio.indices {
                    portfolio[index].location = portfolio[index].location.withExcerpt(from: source, context: context)
                    portfolio[index].related = portfolio[index].related.map { related in
                        guard related.location.file == source.path else { return related }
                        return RelatedLocation(
                            location: related.location.withExcerpt(from: source, context: context),
                            message: related.message)
                    }
                }
            }
            let own = result.file.findings + portfolio
            let comments = result.file.comments.map { (text: $0.text, span: $0.span) }
            findings += applier.apply(to: own, file: result.file.path, comments: comments) { line in
                guard let source = result.source, line >= 1, line <= source.lineCount else { return nil }
                return source.line(line)
            }
        }
        // Portfolio findings that point outside the checked files (none today) stay visible.
        findings += portfolioByFile.values.joined()

        var hidden = 0
        if let baseline {
            (findings, hidden) = baseline.filter(findings)
        }
        // The tool's own rules are listed only when they reported, so that "rules run" counts
        // the rules of the packs.
        let reported = Set(findings.map(\.ruleID))
        let toolRules = (Engine.toolRules + Self.toolRules).filter { reported.contains($0.id) }
        results = []
        Engine.sortUnique(&findings)
        return Report(
            files: files,
            findings: findings,
            rules: engine.ruleSet.metadata + toolRules,
            principles: engine.ruleSet.principles,
            baselineSuppressed: hidden,
            failOn: failOn)
    }

    /// Metadata of the rules this stage reports under.
    public static let toolRules: [RuleMetadata] = [
        RuleMetadata(
            id: WaiverApplier.ruleID, name: "waiver", title: "Waiver comments are well-formed and used",
            principle: "pactlint", severity: .warning,
            help:
                "Write `# pactlint-disable-next-line RULE -- reason` on the line before the finding; remove waivers that waive nothing."
        ),
        RuleMetadata(
            id: unreadableRuleID, name: "unreadable-file", title: "The file can be read", principle: "pactlint",
            severity: .error, help: "Check that the path is a readable file."),
    ]

    private struct Checked: Sendable {
        var file: FileResult
        /// Kept for waiver comments' "next line"; `nil` when the file could not be read.
        var source: SourceFile?
    }

    /// The input's text, read again for the few files portfolio findings point into (checking
    /// keeps no source, so that memory does not grow with the portfolio).
    private static func source(of input: Input) -> SourceFile? {
        switch input {
        case .bytes(let name, let content):
            return SourceFile(path: name, bytes: content)
        case .path(let path):
            return FileManager.default.contents(atPath: path).map { SourceFile(path: path, bytes: [UInt8]($0)) }
        }
    }

    private func check(_ input: Input) -> Checked {
        guard let source = Self.source(of: input) else {
            return Checked(file: unreadable(input.name), source: nil)
        }
        let result = engine.check(file: source)
        // Only waiver comments need the source after checking; drop it for other files.
        let hasWaivers = result.comments.contains { WaiverDirective(comment: $0.text) != nil }
        return Checked(file: result, source: hasWaivers ? source : nil)
    }

    private func unreadable(_ path: String) -> FileResult {
        var fingerprint = Fingerprint()
        fingerprint.add(Self.unreadableRuleID)
        fingerprint.add(path)
        let finding = Finding(
            ruleID: Self.unreadableRuleID, severity: .error, message: "cannot read the file",
            location: Location(file: path, span: SourceSpan(at: SourcePosition(offset: 0, line: 1, column: 1))),
            fingerprint: fingerprint.hex)
        return FileResult(
            path: path, findings: [finding], documents: [], comments: [], projections: [], failedToLoad: true)
    }

    private func waiverApplier() -> WaiverApplier {
        var ids: [String: String] = [:]
        for rule in loadedRules {
            ids[rule.id] = rule.id
            ids[rule.name] = rule.id
        }
        return WaiverApplier(ruleIDs: ids, rulesRun: Set(engine.ruleSet.rules.map(\.id)), today: today)
    }
}
