import Foundation
import YAMLSource

/// One `pactlint check`: files in, findings out, as a stream of `ReportEvent`s or as a `Report`.
///
/// The stages, in order: sort the inputs by path → read each file, check it with the
/// document rules, apply its waiver comments, sort and count its findings and, for a sink
/// that renders ahead, render them (in parallel, `jobs` at a time, `FileStages`; each
/// document's portfolio projection and `distinct` texts are made there too) → in file order,
/// as each file is ready: add its projections to the portfolio collection (which runs
/// `distinct`'s search as they come), hide what the baseline already records, deliver its
/// findings and let them go → after the last file, run the portfolio rules (up to `jobs` at
/// once) over the collection, apply the waivers of the files they point into, and deliver
/// those findings last → deliver the totals, counted on the way. Results never depend on
/// `jobs`; with several jobs, the worker that finishes the next file delivers it.
///
/// Memory stays bounded by the files in flight (a window of a few per job), the portfolio
/// projections and the waivers that name portfolio rules, not by the findings.
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
    /// How many files are checked at once (1 to `maximumJobs`; other values are clamped).
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
        self.jobs = jobs
        self.today = today
        self.baseline = baseline
        self.failOn = failOn
        self.loadedRules = loadedRules ?? engine.ruleSet.rules
    }

    /// The rule id of the finding an unreadable file becomes.
    public static let unreadableRuleID = "pactlint/unreadable-file"

    /// How many checked files may wait, per job, for an earlier file to be delivered.
    static let windowPerJob = 4

    /// The most files checked at once: more threads than this only add waiting (and a huge
    /// `--jobs` would overflow the window's size).
    public static let maximumJobs = 256

    /// Checks `inputs` and returns the report: each file's findings in path order, then the
    /// portfolio findings.
    public func run(_ inputs: [Input]) -> Report {
        var collector = Report.Collector()
        run(inputs, into: &collector)
        return collector.report
    }

    /// Checks `inputs` and hands `sink` the header, each file's findings as soon as the file
    /// and every file before it are checked, the portfolio findings, then the totals.
    public func run<Sink: ReportSink>(_ inputs: [Input], into sink: inout Sink) {
        _ = stream(inputs, into: &sink)
    }

    /// `run(_:into:)` for a sink that renders files ahead: its renderer renders each file's
    /// findings on the worker thread that checked the file.
    public func run<Sink: RenderingReportSink>(_ inputs: [Input], into sink: inout Sink) {
        _ = stream(inputs, into: &sink)
    }

    /// `run(_:into:)`, returning the most checked files that were held at once waiting for an
    /// earlier one (for tests of the reorder window).
    func stream<Sink: ReportSink>(_ inputs: [Input], into sink: inout Sink) -> Int {
        // A plain sink has no renderer, so it is never handed rendered findings.
        stream(inputs, into: &sink, renderer: { _ in nil }, receiveRendered: { _, _, _ in })
    }

    /// `stream(_:into:)` for a sink that renders files ahead.
    func stream<Sink: RenderingReportSink>(_ inputs: [Input], into sink: inout Sink) -> Int {
        stream(
            inputs, into: &sink, renderer: { $0.findingsRenderer },
            receiveRendered: { sink, file, rendered in sink.receive(file, rendered: rendered) })
    }

    /// The run: `renderer` is asked once the header is delivered; `receiveRendered` takes the
    /// files it rendered.
    private func stream<Sink: ReportSink>(
        _ inputs: [Input], into sink: inout Sink, renderer: (Sink) -> (any FindingsRenderer)?,
        receiveRendered: (inout Sink, CheckedFile, RenderedFindings) -> Void
    ) -> Int {
        let ordered = inputs.enumerated().sorted { ($0.element.name, $0.offset) < ($1.element.name, $1.offset) }
            .map(\.element)
        let toolRules = Self.allToolRules
        sink.receive(
            .begin(
                ReportHeader(
                    paths: ordered.map(\.name), rules: engine.ruleSet.metadata, toolRules: toolRules,
                    principles: engine.ruleSet.principles, failOn: failOn)))
        let stages = FileStages(
            engine: engine, applier: waiverApplier(),
            portfolioRules: Set(engine.ruleSet.rules.filter { $0.scope == .portfolio }.map(\.id)),
            toolRuleIDs: Set(toolRules.map(\.id)), failOn: failOn, renderer: renderer(sink),
            keepsFindings: baseline != nil)

        var matcher = baseline.map(Baseline.Matcher.init)
        var hidden = 0
        var counts = ReportCounts(failOn: failOn)
        var reportedToolRules = Set<String>()
        // Projections are added as files are delivered: the portfolio rules' searches advance
        // on this thread while the workers check the next files.
        var collection = engine.makePortfolioCollection()
        var deferredWaivers: [String: FileWaivers] = [:]
        // Counts findings about to be delivered.
        func tally(_ findings: [Finding]) {
            counts.count(findings)
            for finding in findings where stages.toolRuleIDs.contains(finding.ruleID) {
                reportedToolRules.insert(finding.ruleID)
            }
        }
        // The last stages, for a batch of findings about to be delivered.
        func deliverable(_ findings: inout [Finding]) {
            if var current = matcher {
                hidden += current.filter(&findings)
                matcher = current
            }
            tally(findings)
        }

        let jobs = min(max(1, jobs), Self.maximumJobs)
        let held = OrderedParallelMap.forEach(
            ordered, jobs: jobs, window: Self.windowPerJob * jobs, transform: stages.prepare
        ) { _, prepared in
            collection.add(prepared.projections)
            if let deferred = prepared.deferredWaivers { deferredWaivers[prepared.path] = deferred }
            counts.files += 1
            counts.documents += prepared.documents.count
            let file = CheckedFile(path: prepared.path, documents: prepared.documents)
            guard var rendered = prepared.rendered else {
                var findings = prepared.findings
                deliverable(&findings)
                sink.receive(.file(file, findings: findings))
                return
            }
            if let fileTally = prepared.tally {
                // Counted by the worker, which let the findings go: no baseline hides any.
                counts.add(fileTally.counts)
                reportedToolRules.formUnion(fileTally.toolRules)
            } else if var current = matcher {
                // In file order: the first findings with a fingerprint are the ones hidden.
                let kept = current.keptIndices(prepared.findings)
                matcher = current
                if kept.count < rendered.count {
                    hidden += rendered.count - kept.count
                    rendered = rendered.selecting(kept)
                }
                tally(kept.map { prepared.findings[$0] })
            } else {
                tally(prepared.findings)
            }
            receiveRendered(&sink, file, rendered)
        }

        collection.finishAdding()
        let applier = stages.applier
        var portfolio = portfolioFindings(collection, waivers: &deferredWaivers, inputs: ordered, jobs: jobs)
        collection = engine.makePortfolioCollection()
        for path in deferredWaivers.keys.sorted() {
            portfolio += deferredWaivers[path]?.unused(rulesRun: applier.rulesRun) ?? []
        }
        Engine.sortUnique(&portfolio)
        deliverable(&portfolio)
        sink.receive(.portfolio(portfolio))

        // The tool's own rules are listed only when they reported, so that "rules run" counts
        // the rules of the packs.
        let rules = engine.ruleSet.metadata + toolRules.filter { reportedToolRules.contains($0.id) }
        sink.receive(.end(ReportSummary(rules: rules, baselineSuppressed: hidden, counts: counts)))
        return held
    }

    /// The portfolio rules' findings, with excerpts read again from the files they point into
    /// (checking keeps no source) and the waivers of those files applied.
    private func portfolioFindings(
        _ collection: PortfolioCollection, waivers: inout [String: FileWaivers], inputs: [Input], jobs: Int
    ) -> [Finding] {
        let findings = engine.checkPortfolio(collection, jobs: jobs)
        guard !findings.isEmpty else { return [] }
        var byFile: [String: [Finding]] = [:]
        for finding in findings { byFile[finding.location.file, default: []].append(finding) }
        let inputsByName = Dictionary(inputs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [Finding] = []
        for path in byFile.keys.sorted() {
            var own = byFile[path] ?? []
            if let context = engine.excerptContext, let input = inputsByName[path], let source = Self.source(of: input)
            {
                for index in own.indices {
                    own[index].location = own[index].location.withExcerpt(from: source, context: context)
                    own[index].related = own[index].related.map { related in
                        guard related.location.file == source.path else { return related }
                        return RelatedLocation(
                            location: related.location.withExcerpt(from: source, context: context),
                            message: related.message)
                    }
                }
            }
            waivers[path]?.apply(to: &own)
            result += own
        }
        return result
    }

    /// Metadata of every rule the tool itself reports under: the engine's (YAML syntax) and
    /// this stage's (waivers, unreadable files).
    public static var allToolRules: [RuleMetadata] { Engine.toolRules + toolRules }

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

    /// The input's text (read again for the few files portfolio findings point into: checking
    /// keeps no source, so that memory does not grow with the portfolio).
    static func source(of input: Input) -> SourceFile? {
        switch input {
        case .bytes(let name, let content):
            return SourceFile(path: name, bytes: content)
        case .path(let path):
            return contents(atPath: path).map { SourceFile(path: path, bytes: $0) }
        }
    }

    /// The largest file read at all: the loader refuses files over 4,294,967,294 bytes anyway,
    /// and a larger size (a sparse file, a device reporting one) must not be allocated.
    static let largestReadableFile = Int(UInt32.max)

    /// The bytes of the regular file at `path`, or `nil` if it cannot be opened or read, is not
    /// a regular file (a FIFO, a device, a pipe: as `FileManager.contents(atPath:)` answered
    /// before) or is larger than `largestReadableFile`; read straight into the array, without
    /// `Data` and its extra copy.
    static func contents(atPath path: String) -> [UInt8]? {
        // Non-blocking, so that opening a FIFO with no writer returns at once (and is then
        // refused as not regular); regular files ignore the flag.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
            info.st_size >= 0, info.st_size <= largestReadableFile
        else { return nil }
        // One byte more than the size: a read that stops short of it has met the end, with no
        // second buffer.
        let requested = Int(info.st_size) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: requested) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let got = read(descriptor, base + count, buffer.count - count)
                if got > 0 {
                    count += got
                } else if got == 0 {
                    return
                } else if errno != EINTR {
                    failed = true
                    return
                }
            }
        }
        guard !failed else { return nil }
        // A file that grew since `fstat`, or one whose size the file system does not give
        // (`/proc`): read the rest in chunks, up to the same bound.
        guard bytes.count >= requested else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= largestReadableFile {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got > 0 {
                bytes += chunk[..<got]
            } else if got == 0 {
                return bytes
            } else if errno != EINTR {
                return nil
            }
        }
        return nil
    }

    static func unreadable(_ path: String) -> FileResult {
        let finding = Engine.fileFinding(
            Self.unreadableRuleID, severity: .error, message: "cannot read the file", at: SourceSpan(at: .fileStart),
            path: path, source: nil, excerptContext: nil)
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
