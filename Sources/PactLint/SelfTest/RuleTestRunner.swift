import YAMLSource

/// Runs rules over their fixtures and compares findings with the `# expect:` markers.
///
/// Only the rule named by a fixture's folder runs on it, and only its findings are compared
/// (by the line of their primary location). Portfolio rules run over all fixtures of their
/// folder together.
public struct RuleTestRunner: Sendable {
    /// The rules under test (fixtures name them by id).
    public let ruleSet: RuleSet

    /// A runner for `ruleSet`.
    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
    }

    /// Tests every rule of `ruleIDs` (default: every rule of the set) with `fixtures`.
    public func run(fixtures: [RuleFixture], ruleIDs: [String]? = nil) -> RuleTestReport {
        var report = RuleTestReport()
        // Folders may name a rule by id or by name.
        let byRule = Dictionary(grouping: fixtures) { ruleSet.rule(named: $0.ruleID)?.id ?? $0.ruleID }
        let tested = ruleIDs ?? ruleSet.rules.map(\.id)
        for fixture in fixtures where ruleSet.rule(named: fixture.ruleID) == nil {
            report.sources[fixture.file.path] = fixture.file
            report.add(
                SourceDiagnostic(
                    message: "fixture folder '\(fixture.ruleID)' names no loaded rule", file: fixture.file.path,
                    span: SourceSpan(at: SourcePosition.fileStart),
                    help: "name the folder after a rule id, e.g. fixtures/COMP-03/"))
        }
        for id in tested {
            guard let rule = ruleSet.rule(named: id) else { continue }
            let files = (byRule[rule.id] ?? []).map(\.file)
            guard !files.isEmpty else {
                report.add(
                    SourceDiagnostic(
                        message: "rule \(rule.id) has no fixture", file: rule.file,
                        span: SourceSpan(at: SourcePosition.fileStart),
                        help: "add fixtures/\(rule.id)/*.yaml with '# expect: \(rule.id)' markers"))
                report.rulesWithoutFixtures.append(rule.id)
                continue
            }
            report.rulesTested.append(rule.id)
            test(rule, files: files, into: &report)
        }
        return report
    }

    private func test(_ rule: Rule, files: [SourceFile], into report: inout RuleTestReport) {
        let engine = Engine(ruleSet: ruleSet.restricted(to: [rule.id]))
        var findingsByFile: [String: [Finding]] = [:]
        var projections: [PortfolioProjection] = []
        var results: [(file: SourceFile, result: FileResult)] = []
        for file in files {
            report.sources[file.path] = file
            report.fixturesRun += 1
            let result = engine.check(file: file)
            results.append((file, result))
            if result.failedToLoad {
                for finding in result.findings {
                    report.add(
                        SourceDiagnostic(
                            message: "fixture is not valid YAML: \(finding.message)", file: file.path,
                            span: finding.location.span))
                }
                continue
            }
            findingsByFile[file.path, default: []].append(contentsOf: result.findings.filter { $0.ruleID == rule.id })
            projections.append(contentsOf: result.projections)
        }
        if rule.scope == .portfolio {
            for finding in engine.checkPortfolio(projections) where finding.ruleID == rule.id {
                findingsByFile[finding.location.file, default: []].append(finding)
            }
        }
        for (file, result) in results where !result.failedToLoad {
            compare(
                rule: rule, file: file,
                expected: ExpectMarker.expectations(in: result.comments, source: file).filter {
                    $0.ruleID == rule.id || $0.ruleID == rule.name
                },
                findings: findingsByFile[file.path] ?? [], into: &report)
        }
    }

    private func compare(
        rule: Rule, file: SourceFile, expected: [(line: Int, ruleID: String)], findings: [Finding],
        into report: inout RuleTestReport
    ) {
        var remaining: [Int: Int] = [:]
        for marker in expected { remaining[marker.line, default: 0] += 1 }
        for finding in findings {
            let line = finding.location.span.start.line
            if let count = remaining[line], count > 0 {
                remaining[line] = count - 1
                report.matched += 1
            } else {
                report.add(
                    SourceDiagnostic(
                        message: "unexpected finding of \(rule.id): \(finding.message)", file: file.path,
                        span: finding.location.span,
                        help: "mark the line with '# expect: \(rule.id)' if the finding is right, or fix the rule"))
            }
        }
        for (line, count) in remaining.sorted(by: { $0.key < $1.key }) where count > 0 {
            let start = file.position(
                atByteOffset: file.lineStarts.indices.contains(line - 1) ? file.lineStarts[line - 1] : 0)
            report.add(
                SourceDiagnostic(
                    message: count == 1
                        ? "expected a finding of \(rule.id) on this line, none reported"
                        : "expected \(count) more findings of \(rule.id) on this line",
                    file: file.path, span: SourceSpan(at: start),
                    help: "the finding's primary location must start on this line (see docs/rule-language.md §3)"))
        }
    }
}

/// The outcome of a rule self-test run.
public struct RuleTestReport: Sendable {
    /// Every missing finding, unexpected finding, rule without fixtures and broken fixture.
    public var failures: [SourceDiagnostic] = []
    /// Rules that had fixtures.
    public var rulesTested: [String] = []
    /// Rules under test that have no fixture (each is also a failure).
    public var rulesWithoutFixtures: [String] = []
    /// How many fixture files were checked.
    public var fixturesRun = 0
    /// Findings that matched a marker.
    public var matched = 0
    /// The sources the failures point into.
    public var sources: [String: SourceFile] = [:]

    /// True when nothing failed.
    public var passed: Bool { failures.isEmpty }

    mutating func add(_ failure: SourceDiagnostic) {
        failures.append(failure)
    }

    /// Every failure rendered compiler-style, in order.
    public func rendered() -> String {
        failures.map { $0.rendered(source: sources[$0.file]) }.joined(separator: "\n")
    }
}
