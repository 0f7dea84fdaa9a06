import JSONPath
import YAMLSource

/// The public entry point: checks files against a compiled rule set.
///
/// The pipeline per file: bytes (`SourceFile`) → YAML stream (`YAMLLoader`) → for each document
/// and each document rule, subjects and checks (`RuleEvaluator`) → `Finding`s, plus a
/// `DocumentSummary` and a `PortfolioProjection` per document. After every file,
/// `checkPortfolio` runs the portfolio rules over all projections.
///
/// `Engine` is an immutable value: it can check files from several threads at once.
public struct Engine: Sendable {
    /// The rules it runs (after configuration).
    public let ruleSet: RuleSet
    /// The YAML loader's limits.
    public let loader: YAMLLoader
    private let documentRules: [Rule]
    private let portfolioRules: [Rule]
    private let projection: ProjectionPlan

    /// The id of the finding a file that fails to load becomes.
    public static let yamlSyntaxRuleID = "pactlint/yaml-syntax"

    /// Metadata of the tool's own rules, for reports.
    public static let toolRules: [RuleMetadata] = [
        RuleMetadata(
            id: yamlSyntaxRuleID, name: "yaml-syntax", title: "The file is valid YAML", principle: "pactlint",
            severity: .error, help: "Fix the YAML syntax at the position shown; the file's rules did not run.")
    ]

    /// An engine for `ruleSet`; files are loaded with `limits`.
    public init(ruleSet: RuleSet, limits: YAMLLoader.Limits = .default) {
        self.ruleSet = ruleSet
        self.loader = YAMLLoader(limits: limits)
        self.documentRules = ruleSet.rules.filter { $0.scope == .document }
        self.portfolioRules = ruleSet.rules.filter { $0.scope == .portfolio }
        self.projection = ProjectionPlan(
            rules: portfolioRules, queryTexts: portfolioRules.flatMap(\.queryTexts))
    }

    /// Loads and checks one file with the document rules.
    public func check(file: SourceFile) -> FileResult {
        let stream: YAMLStream
        do {
            stream = try loader.load(file)
        } catch {
            return FileResult(
                path: file.path, findings: [Self.syntaxFinding(error, in: file)], documents: [], comments: [],
                projections: [], failedToLoad: true)
        }
        var findings: [Finding] = []
        var summaries: [DocumentSummary] = []
        var projections: [PortfolioProjection] = []
        for document in stream.documents {
            findings.append(contentsOf: check(document: document, in: file))
            summaries.append(DocumentSummarizer.summary(of: document))
            if !portfolioRules.isEmpty {
                projections.append(
                    PortfolioProjection(
                        file: file.path, document: document.index, root: projection.project(document.root)))
            }
        }
        return FileResult(
            path: file.path, findings: Self.sortedUnique(findings), documents: summaries,
            comments: stream.comments, projections: projections, failedToLoad: false)
    }

    /// Checks one loaded document of `file` with the document rules (unsorted).
    public func check(document: YAMLDocument, in file: SourceFile) -> [Finding] {
        let context = DocumentContext(kind: .document(file: file.path, index: document.index, source: file))
        var findings: [Finding] = []
        for rule in documentRules {
            findings.append(
                contentsOf: RuleEvaluator(rule: rule, context: context, source: file).findings(root: document.root))
        }
        return findings
    }

    /// Runs the portfolio rules over every document's projection (in any order: they are
    /// sorted by file and document first).
    public func checkPortfolio(_ projections: [PortfolioProjection]) -> [Finding] {
        guard !portfolioRules.isEmpty, !projections.isEmpty else { return [] }
        let ordered = projections.sorted { ($0.file, $0.document) < ($1.file, $1.document) }
        let start = ordered[0].root.span.start
        let root = YAMLNode(content: .sequence(ordered.map(\.root)), span: SourceSpan(at: start))
        let context = DocumentContext(kind: .portfolio(ordered))
        var findings: [Finding] = []
        for rule in portfolioRules {
            findings.append(contentsOf: RuleEvaluator(rule: rule, context: context, source: nil).findings(root: root))
        }
        return Self.sortedUnique(findings)
    }

    /// The finding a YAML error becomes.
    static func syntaxFinding(_ error: YAMLError, in file: SourceFile) -> Finding {
        let span = SourceSpan(at: error.position)
        let excerpt = file.excerpt(around: span, context: 2)
        var hash = Fingerprint()
        hash.add(yamlSyntaxRuleID)
        hash.add(file.path)
        hash.add(error.message)
        // The loader's own help ("raise the file-size limit", "quote the value") says more than
        // the rule's generic one.
        // libyaml's context ("while parsing a flow sequence that starts at …") often points at
        // the real mistake when the error itself is at the end of the file.
        let related = error.notes.compactMap { note -> RelatedLocation? in
            guard let noteSpan = note.span else { return nil }
            let location = Location(file: file.path, span: noteSpan).withExcerpt(from: file)
            return RelatedLocation(location: location, message: note.message)
        }
        return Finding(
            ruleID: yamlSyntaxRuleID, severity: .error, message: error.message,
            location: Location(
                file: file.path, span: span, document: 0, path: nil,
                excerpt: SourceExcerpt(firstLine: excerpt.firstLine, lines: excerpt.lines)),
            related: related, fingerprint: hash.hex, help: error.help)
    }

    /// Sorts by file, line, column, rule id (then message) and drops repeated findings.
    public static func sortedUnique(_ findings: [Finding]) -> [Finding] {
        let sorted = findings.sorted { a, b in
            let ka = (a.location.file, a.location.span.start.line, a.location.span.start.column, a.ruleID)
            let kb = (b.location.file, b.location.span.start.line, b.location.span.start.column, b.ruleID)
            if ka != kb { return ka < kb }
            return (a.location.document, a.message) < (b.location.document, b.message)
        }
        var result: [Finding] = []
        result.reserveCapacity(sorted.count)
        for finding in sorted {
            if let last = result.last, last.ruleID == finding.ruleID, last.location.file == finding.location.file,
                last.location.document == finding.location.document,
                last.location.span.start == finding.location.span.start, last.message == finding.message
            {
                continue
            }
            result.append(finding)
        }
        return result
    }
}
