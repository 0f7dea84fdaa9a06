import Dispatch
import Foundation
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
    /// How many lines around a finding's line its excerpt holds (`0`: the line alone); `nil`
    /// stores no excerpt. A report format that shows no source needs none, and excerpts are
    /// most of a finding's memory in a large run.
    public var excerptContext: Int?
    private let documentRules: [SharedRule]
    private let portfolioRules: [SharedRule]
    private let projection: ProjectionPlan

    /// The id of the finding a file that fails to load becomes.
    public static let yamlSyntaxRuleID = "pactlint/yaml-syntax"
    /// The id of the finding about a file that holds no YAML document (empty, blank or only
    /// comments): no rule could run on it, which a report must not pass over in silence.
    public static let noDocumentRuleID = "pactlint/no-document"

    /// Metadata of the tool's own rules, for reports.
    public static let toolRules: [RuleMetadata] = [
        RuleMetadata(
            id: yamlSyntaxRuleID, name: "yaml-syntax", title: "The file is valid YAML", principle: "pactlint",
            severity: .error, help: "Fix the YAML syntax at the position shown; the file's rules did not run."),
        RuleMetadata(
            id: noDocumentRuleID, name: "no-document", title: "The file holds a document", principle: "pactlint",
            severity: .warning,
            help:
                "Write the partnership description in the file (`pactlint init FILE` writes a template), "
                + "or leave the file out of the check with `exclude` in .pactlint.yml."),
    ]

    /// An engine for `ruleSet`; files are loaded with `limits`.
    public init(ruleSet: RuleSet, limits: YAMLLoader.Limits = .default, excerptContext: Int? = 2) {
        self.ruleSet = ruleSet
        self.excerptContext = excerptContext
        self.loader = YAMLLoader(limits: limits)
        self.documentRules = SharedRule.documentRules(ruleSet.rules.filter { $0.scope == .document })
        self.portfolioRules = ruleSet.rules.filter { $0.scope == .portfolio }.map(SharedRule.init)
        self.projection = ProjectionPlan(rules: portfolioRules.map(\.rule))
    }

    /// Loads and checks one file with the document rules.
    public func check(file: SourceFile) -> FileResult {
        let stream: YAMLStream
        do {
            stream = try loader.load(file)
        } catch {
            return FileResult(
                path: file.path, findings: [Self.syntaxFinding(error, in: file, excerptContext: excerptContext)],
                documents: [], comments: [],
                projections: [], failedToLoad: true)
        }
        guard !stream.documents.isEmpty else {
            return FileResult(
                path: file.path, findings: [Self.noDocumentFinding(in: file, excerptContext: excerptContext)],
                documents: [], comments: stream.comments, projections: [], failedToLoad: false)
        }
        var findings: [Finding] = []
        var summaries: [DocumentSummary] = []
        var projections: [PortfolioProjection] = []
        for document in stream.documents {
            findings.append(contentsOf: check(document: document, in: file))
            summaries.append(DocumentSummarizer.summary(of: document))
            if !portfolioRules.isEmpty {
                var projected = PortfolioProjection(
                    file: file.path, document: document.index, root: projection.project(document.root))
                projected.texts = projection.prepareTexts(document.root)
                projections.append(projected)
            }
        }
        return FileResult(
            path: file.path, findings: Self.sortedUnique(findings), documents: summaries,
            comments: stream.comments, projections: projections, failedToLoad: false)
    }

    /// Checks one loaded document of `file` with the document rules (unsorted).
    public func check(document: YAMLDocument, in file: SourceFile) -> [Finding] {
        let context = DocumentContext(
            kind: .document(file: file.path, index: document.index, source: file), excerptContext: excerptContext)
        var findings: [Finding] = []
        // `$` queries repeat across rules and checks: each runs once per document.
        let evaluator = RuleEvaluator(context: context, source: file, cache: QueryCache())
        // The rules are shared by every worker: lent, not retained and released for each
        // document (atomic operations on objects whose counts every worker changes).
        documentRules.forEachUnretained { rule in
            evaluator.findings(of: rule, root: document.root, into: &findings)
        }
        return findings
    }

    /// An empty collection of projections for `checkPortfolio(_:jobs:)`, which does what it can
    /// of the portfolio rules' work as projections are added.
    public func makePortfolioCollection() -> PortfolioCollection {
        PortfolioCollection(plans: projection.searches)
    }

    /// Runs the portfolio rules over every document's projection (in any order: they are
    /// sorted by file and document first), up to `jobs` rules at once.
    public func checkPortfolio(_ projections: [PortfolioProjection], jobs: Int = 1) -> [Finding] {
        var collection = makePortfolioCollection()
        collection.add(projections.sorted { ($0.file, $0.document) < ($1.file, $1.document) })
        collection.finishAdding()
        return checkPortfolio(collection, jobs: jobs)
    }

    /// Runs the portfolio rules over the collected projections, up to `jobs` rules at once.
    public func checkPortfolio(_ collection: PortfolioCollection, jobs: Int = 1) -> [Finding] {
        guard !portfolioRules.isEmpty, !collection.projections.isEmpty else { return [] }
        // The check run adds files in path order; in any other order the searches done on the
        // way number the documents differently: start again in order.
        guard collection.isInPortfolioOrder else { return checkPortfolio(collection.projections, jobs: jobs) }
        let ordered = collection.projections
        let start = ordered[0].root.span.start
        let root = YAMLNode(content: .sequence(ordered.map(\.root)), span: SourceSpan(at: start))
        let context = DocumentContext(kind: .portfolio(ordered), excerptContext: excerptContext)
        let prepared = ordered.map(\.texts)
        let searches = collection.searches
        // Rules in groups, each group on its own thread with its own cache (a cache serves one
        // thread); every rule's findings in rule order, whatever ran first.
        let groups = min(max(1, jobs), portfolioRules.count)
        let results = PortfolioResults(rules: portfolioRules.count)
        let rules = portfolioRules
        let runGroup = { @Sendable (group: Int) in
            let cache = QueryCache()
            cache.preparedTexts = prepared
            cache.portfolioSearches = searches
            let evaluator = RuleEvaluator(context: context, source: nil, cache: cache)
            for index in stride(from: group, to: rules.count, by: groups) {
                var findings: [Finding] = []
                evaluator.findings(of: rules[index], root: root, into: &findings)
                results.store(findings, rule: index)
            }
        }
        if groups == 1 {
            runGroup(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: groups, execute: runGroup)
        }
        return Self.sortedUnique(results.inRuleOrder)
    }

    /// The finding a YAML error becomes.
    static func syntaxFinding(_ error: YAMLError, in file: SourceFile, excerptContext: Int? = 2) -> Finding {
        // libyaml's context ("while parsing a flow sequence that starts at …") often points at
        // the real mistake when the error itself is at the end of the file.
        let related = error.notes.compactMap { note -> RelatedLocation? in
            guard let noteSpan = note.span else { return nil }
            let bare = Location(file: file.path, span: noteSpan)
            let location = excerptContext.map { bare.withExcerpt(from: file, context: $0) } ?? bare
            return RelatedLocation(location: location, message: note.message)
        }
        // The loader's own help ("raise the file-size limit", "quote the value") says more than
        // the rule's generic one.
        return fileFinding(
            yamlSyntaxRuleID, severity: .error, message: error.message, at: SourceSpan(at: error.position),
            path: file.path, source: file, excerptContext: excerptContext, fingerprinting: error.message,
            related: related, help: error.help)
    }

    /// The finding about a file without a document, at its start.
    static func noDocumentFinding(in file: SourceFile, excerptContext: Int? = 2) -> Finding {
        let message =
            file.bytes.isEmpty
            ? "the file is empty: it holds no YAML document, so no rule ran on it"
            : "the file holds no YAML document (only blank lines or comments), so no rule ran on it"
        return fileFinding(
            noDocumentRuleID, severity: .warning, message: message, at: SourceSpan(at: .fileStart),
            path: file.path, source: file, excerptContext: excerptContext)
    }

    /// A finding of a tool rule about a whole file (it did not load, holds nothing, cannot be
    /// read): no document or path, the excerpt read from `source` when there is one, and a
    /// fingerprint of the rule, the file and `text` (no node to hash).
    static func fileFinding(
        _ ruleID: String, severity: Severity, message: String, at span: SourceSpan, path: String,
        source: SourceFile?, excerptContext: Int?, fingerprinting text: String? = nil,
        related: [RelatedLocation] = [], help: String? = nil
    ) -> Finding {
        let bare = Location(file: path, span: span)
        let location = source.flatMap { source in excerptContext.map { bare.withExcerpt(from: source, context: $0) } }
        var hash = Fingerprint()
        hash.add(ruleID)
        hash.add(path)
        if let text { hash.add(text) }
        return Finding(
            ruleID: ruleID, severity: severity, message: message, location: location ?? bare, related: related,
            fingerprint: hash.hex, help: help)
    }

    /// Sorts by file, line, column, rule id (then message) and drops repeated findings.
    public static func sortedUnique(_ findings: [Finding]) -> [Finding] {
        var result = findings
        sortUnique(&result)
        return result
    }

    /// `sortedUnique` in place, without a second array of findings (a large run holds
    /// hundreds of thousands).
    static func sortUnique(_ findings: inout [Finding]) {
        findings.sort { a, b in
            let ka = (a.location.file, a.location.span.start.line, a.location.span.start.column, a.ruleID)
            let kb = (b.location.file, b.location.span.start.line, b.location.span.start.column, b.ruleID)
            if ka != kb { return ka < kb }
            return (a.location.document, a.message) < (b.location.document, b.message)
        }
        // Through the buffer, so that findings are compared in place, not copied out.
        let kept = findings.withUnsafeMutableBufferPointer { findings in
            var kept = 0
            for index in findings.indices {
                if kept > 0, isRepeat(findings[index], of: findings[kept - 1]) { continue }
                if kept != index { findings.swapAt(kept, index) }
                kept += 1
            }
            return kept
        }
        findings.removeLast(findings.count - kept)
    }

    /// Whether `finding` repeats `last`: same rule, place and message.
    private static func isRepeat(_ finding: Finding, of last: Finding) -> Bool {
        last.ruleID == finding.ruleID && last.location.file == finding.location.file
            && last.location.document == finding.location.document
            && last.location.span.start == finding.location.span.start && last.message == finding.message
    }
}

/// Each portfolio rule's findings, stored by the thread that ran the rule.
///
/// `@unchecked Sendable`: every access to `byRule` holds `lock`.
private final class PortfolioResults: @unchecked Sendable {
    private let lock = NSLock()
    private var byRule: [[Finding]]

    init(rules: Int) {
        byRule = Array(repeating: [], count: rules)
    }

    func store(_ findings: [Finding], rule: Int) {
        lock.lock()
        byRule[rule] = findings
        lock.unlock()
    }

    /// Every rule's findings, in the order of the rules.
    var inRuleOrder: [Finding] {
        lock.lock()
        defer { lock.unlock() }
        return byRule.flatMap { $0 }
    }
}
