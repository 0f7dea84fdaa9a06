import PactLint

/// The format for CI dashboards: JUnit XML, one `<testsuite>` per checked file and one
/// `<testcase>` per document rule run on that file, then a last suite named `portfolio` with
/// one `<testcase>` per portfolio rule (they judge the files together).
///
/// A file is a suite because that is what a drafter fixes: dashboards (Jenkins, GitLab, Azure
/// DevOps) list failed tests under their suite, so "tunisia.yaml › BAL-01" says where to look and
/// what is wrong. A rule with unwaived findings in the file is a `<failure>` (`type` is the
/// highest severity; the text lists every finding compiler-style); a rule whose findings are all
/// waived is `<skipped>` with the waivers' reasons; a rule without findings passes. A file
/// without documents (one that did not parse) lists only the rules that reported on it.
///
/// The output is valid against both the Jenkins xunit `junit-10.xsd` and the stricter windyroad
/// schema, which is why the root `<testsuites>` has no attributes (windyroad allows none), every
/// suite has `properties`, `system-out` and `system-err`, its `timestamp` is UTC without a zone,
/// `hostname` is `localhost` and times are `0` (a finding has no duration). Text is escaped for
/// XML; characters XML 1.0 cannot hold are written in their visible `\u{…}` form.
public struct JUnitReporter: StreamingReporter {
    /// A JUnit reporter.
    public init() {}

    /// Writes a JUnit XML document: one `<testsuite>` per file as the file arrives (its counts
    /// are known by then), then one for the portfolio rules, whose findings come after every file.
    public struct Writer: ReportWriter {
        let reporter: JUnitReporter
        let context: ReportContext
        var catalog = RuleCatalog(rules: [], principles: [])
        /// The rules that run on each document, listed (passing or not) in every file's suite.
        var documentRules: Set<String> = []
        /// The rules that run over the portfolio, listed in its suite.
        var portfolioRules: Set<String> = []
        var suites = 0
        var documents = 0
        /// Each suite's `timestamp`: the run's, written once.
        var suiteTimestamp = ""

        /// Writes the part of the document the event brings.
        public mutating func write<Output: TextOutputStream>(_ event: ReportEvent, to output: inout Output) {
            switch event {
            case .begin(let header):
                catalog = RuleCatalog(header)
                suiteTimestamp = Timestamp.utcWithoutZone(context.timestamp)
                documentRules = Set(header.rules.filter { $0.scope == .document }.map(\.id))
                portfolioRules = Set(header.rules.filter { $0.scope == .portfolio }.map(\.id))
                output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n")
            case .file(let file, let findings):
                documents += file.documents.count
                suite(
                    name: file.path, isPortfolio: false, documents: file.documents.count, findings: findings,
                    listed: file.documents.isEmpty ? [] : documentRules, to: &output)
            case .portfolio(let findings):
                guard !findings.isEmpty || !portfolioRules.isEmpty else { return }
                suite(
                    name: JUnitReporter.portfolioSuite, isPortfolio: true, documents: documents,
                    findings: findings, listed: portfolioRules, to: &output)
            case .end:
                output.write("</testsuites>\n")
            }
        }

        /// One `<testsuite>`: a test case for each rule in `listed`, and for each other rule
        /// that reported in it. `path` is the file's, or `portfolioSuite` for the portfolio's.
        private mutating func suite<Output: TextOutputStream>(
            name path: String, isPortfolio: Bool, documents: Int, findings: [Finding], listed: Set<String>,
            to output: inout Output
        ) {
            for finding in findings { catalog.include(finding) }
            let cases = reporter.testCases(findings: findings, catalog: catalog, listed: listed)
            let failures = cases.filter { $0.outcome == .failure }.count
            let skipped = cases.filter { $0.outcome == .skipped }.count
            let name = JUnitReporter.attribute(
                JUnitReporter.unreserved(JUnitReporter.nonBlank(JUnitReporter.clean(path)), isPortfolio: isPortfolio))
            let timestamp = suiteTimestamp
            output.write(
                "  <testsuite name=\"\(name)\" package=\"\(name)\" id=\"\(suites)\" tests=\"\(cases.count)\" "
                    + "failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"0\" "
                    + "timestamp=\"\(timestamp)\" hostname=\"localhost\">\n")
            suites += 1
            output.write("    <properties>\n")
            for (key, value) in [
                ("pactlint.version", context.toolVersion), ("pactlint.rulePackVersion", context.rulePackVersion),
                ("pactlint.documents", String(documents)),
            ] {
                output.write(
                    "      <property name=\"\(key)\" value=\"\(JUnitReporter.attribute(JUnitReporter.clean(value)))\"/>\n"
                )
            }
            output.write("    </properties>\n")
            let classname = JUnitReporter.attribute(
                JUnitReporter.unreserved(
                    JUnitReporter.nonBlank(JUnitReporter.clean(JUnitReporter.classname(path))), isPortfolio: isPortfolio
                ))
            for testCase in cases {
                reporter.write(testCase, classname: classname, to: &output)
            }
            let summary =
                "\(Counting.phrase(documents, "document")), \(Counting.phrase(cases.count, "rule")), "
                + "\(failures) failed, \(skipped) waived"
            output.write("    <system-out>\(JUnitReporter.text(summary))</system-out>\n")
            output.write("    <system-err></system-err>\n")
            output.write("  </testsuite>\n")
        }
    }

    /// The name of the suite of the portfolio rules (and of the waivers that name them), and
    /// the class name of its test cases. No file's suite or test cases are given this name
    /// (see `unreserved(_:isPortfolio:)`).
    public static let portfolioSuite = "portfolio"

    /// A writer for one document.
    public func makeWriter(context: ReportContext) -> Writer {
        Writer(reporter: self, context: context)
    }

    private func write<Output: TextOutputStream>(_ testCase: TestCase, classname: String, to output: inout Output) {
        let caseName = Self.attribute(Self.nonBlank(Self.clean(testCase.rule.id + ": " + testCase.rule.title)))
        let opening = "    <testcase name=\"\(caseName)\" classname=\"\(classname)\" time=\"0\""
        switch testCase.outcome {
        case .passed:
            output.write(opening + "/>\n")
        case .failure:
            let unwaived = testCase.findings.filter { !$0.isWaived }
            let severity = unwaived.map(\.severity).max() ?? .error
            let first = Self.clean(unwaived.first?.message ?? "")
            let message = unwaived.count == 1 ? first : "\(unwaived.count) findings; first: \(first)"
            output.write(opening + ">\n")
            output.write(
                "      <failure message=\"\(Self.attribute(message))\" type=\"\(severity.rawValue)\">"
                    + Self.text(details(testCase)) + "</failure>\n")
            output.write("    </testcase>\n")
        case .skipped:
            let reasons = testCase.findings.compactMap { $0.waiver.map { Self.clean($0.reason) } }
            let message = "waived: " + reasons.joined(separator: "; ")
            output.write(opening + ">\n")
            output.write(
                "      <skipped message=\"\(Self.attribute(message))\">" + Self.text(details(testCase))
                    + "</skipped>\n")
            output.write("    </testcase>\n")
        }
    }

    fileprivate struct TestCase {
        enum Outcome { case passed, failure, skipped }
        var rule: RuleMetadata
        var findings: [Finding]

        var outcome: Outcome {
            if findings.isEmpty { return .passed }
            return findings.allSatisfy(\.isWaived) ? .skipped : .failure
        }
    }

    /// One test case per rule in `listed` or that reported, in catalog order.
    fileprivate func testCases(findings: [Finding], catalog: RuleCatalog, listed: Set<String>) -> [TestCase] {
        var byRule: [String: [Finding]] = [:]
        for finding in findings {
            byRule[finding.ruleID, default: []].append(finding)
        }
        return catalog.rules.compactMap { rule in
            let ruleFindings = byRule[rule.id] ?? []
            guard listed.contains(rule.id) || !ruleFindings.isEmpty else { return nil }
            byRule[rule.id] = nil
            return TestCase(rule: rule, findings: ruleFindings)
        }
    }

    /// The findings of a test case, compiler-style, then the rule's help. Text from documents
    /// and rules is kept to its line (line breaks made visible, help continuation lines
    /// indented), so no line of it can pass for a finding or, echoed into a CI log, a command.
    private func details(_ testCase: TestCase) -> String {
        var lines: [String] = []
        for finding in testCase.findings {
            let start = finding.location.span.start
            var line = "\(Self.clean(finding.location.file)):\(start.line):\(start.column): "
            line += "\(finding.severity.rawValue): \(Self.clean(finding.message)) [\(Self.clean(finding.ruleID))]"
            if let waiver = finding.waiver { line += " (waived: \(Self.clean(waiver.reason)))" }
            lines.append(line)
            if let path = finding.location.path {
                lines.append("  at \(Self.clean(path)) in document \(finding.location.document)")
            }
            for related in finding.related {
                let position = related.location.span.start
                lines.append(
                    "  note: \(Self.clean(related.location.file)):\(position.line):\(position.column): "
                        + Self.clean(related.message))
            }
        }
        if let help = testCase.rule.help, !help.isEmpty {
            let helpLines = help.split(separator: "\n", omittingEmptySubsequences: false).map { Self.clean(String($0)) }
            lines.append("  help: " + helpLines.joined(separator: "\n        "))
        }
        return lines.joined(separator: "\n")
    }

    /// Single-line text: control characters, line breaks included, made visible.
    fileprivate static func clean(_ text: String) -> String {
        ControlCharacterEscaping.escape(text)
    }

    /// `path` without its extension, so that dashboards that split class names at the last `.`
    /// (Jenkins) do not show `yaml` as the class.
    fileprivate static func classname(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/"), dot != path.startIndex else {
            return path
        }
        return String(path[..<dot])
    }

    /// `name` (a suite or class name) for a file, `./name` if it is the portfolio suite's:
    /// dashboards list test cases by class name (Jenkins, GitLab), so the file `portfolio` (or
    /// `portfolio.yaml`, whose class name drops the extension) would show among the portfolio
    /// rules. `./` keeps it a path of the same file. Compared by bytes, as XML readers compare
    /// names.
    fileprivate static func unreserved(_ name: String, isPortfolio: Bool) -> String {
        guard !isPortfolio, name.utf8.elementsEqual(portfolioSuite.utf8) else { return name }
        return "./" + name
    }

    /// Schemas require non-empty names; an unnamed input is called `-`.
    fileprivate static func nonBlank(_ text: String) -> String {
        text.allSatisfy(\.isWhitespace) ? "-" : text
    }

    fileprivate static func attribute(_ text: String) -> String { XMLEscaping.attribute(text) }
    fileprivate static func text(_ text: String) -> String { XMLEscaping.text(text) }
}
