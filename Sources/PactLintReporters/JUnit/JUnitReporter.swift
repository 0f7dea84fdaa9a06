import PactLint

/// The format for CI dashboards: JUnit XML, one `<testsuite>` per checked file and one
/// `<testcase>` per rule run on that file.
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
public struct JUnitReporter: Reporter {
    /// A JUnit reporter.
    public init() {}

    /// Writes the report as a JUnit XML document.
    public func write<Output: TextOutputStream>(_ report: Report, context: ReportContext, to output: inout Output) {
        let catalog = RuleCatalog(report)
        let timestamp = Timestamp.utcWithoutZone(context.timestamp)
        let documentsByPath = Dictionary(report.files.map { ($0.path, $0.documents) }, uniquingKeysWith: { $0 + $1 })
        var findingsByPath: [String: [Finding]] = [:]
        for finding in report.findings {
            findingsByPath[finding.location.file, default: []].append(finding)
        }

        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n")
        for (suiteIndex, path) in report.checkedPaths.enumerated() {
            let findings = findingsByPath[path] ?? []
            let documents = documentsByPath[path] ?? []
            let cases = testCases(findings: findings, catalog: catalog, includePassing: !documents.isEmpty)
            let failures = cases.filter { $0.outcome == .failure }.count
            let skipped = cases.filter { $0.outcome == .skipped }.count
            let name = Self.attribute(Self.nonBlank(Self.clean(path)))
            output.write(
                "  <testsuite name=\"\(name)\" package=\"\(name)\" id=\"\(suiteIndex)\" tests=\"\(cases.count)\" "
                    + "failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"0\" "
                    + "timestamp=\"\(timestamp)\" hostname=\"localhost\">\n")
            output.write("    <properties>\n")
            for (key, value) in [
                ("pactlint.version", context.toolVersion), ("pactlint.rulePackVersion", context.rulePackVersion),
                ("pactlint.documents", String(documents.count)),
            ] {
                output.write("      <property name=\"\(key)\" value=\"\(Self.attribute(Self.clean(value)))\"/>\n")
            }
            output.write("    </properties>\n")
            let classname = Self.attribute(Self.nonBlank(Self.clean(Self.classname(path))))
            for testCase in cases {
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
            let summary =
                "\(Counting.phrase(documents.count, "document")), \(Counting.phrase(cases.count, "rule")), "
                + "\(failures) failed, \(skipped) waived"
            output.write("    <system-out>\(Self.text(summary))</system-out>\n")
            output.write("    <system-err></system-err>\n")
            output.write("  </testsuite>\n")
        }
        output.write("</testsuites>\n")
    }

    private struct TestCase {
        enum Outcome { case passed, failure, skipped }
        var rule: RuleMetadata
        var findings: [Finding]

        var outcome: Outcome {
            if findings.isEmpty { return .passed }
            return findings.allSatisfy(\.isWaived) ? .skipped : .failure
        }
    }

    /// One test case per rule that ran (when `includePassing`) or reported, in catalog order.
    private func testCases(findings: [Finding], catalog: RuleCatalog, includePassing: Bool) -> [TestCase] {
        var byRule: [String: [Finding]] = [:]
        for finding in findings {
            byRule[finding.ruleID, default: []].append(finding)
        }
        return catalog.rules.compactMap { rule in
            let ruleFindings = byRule[rule.id] ?? []
            guard includePassing || !ruleFindings.isEmpty else { return nil }
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
    private static func clean(_ text: String) -> String {
        ControlCharacterEscaping.escape(text)
    }

    /// `path` without its extension, so that dashboards that split class names at the last `.`
    /// (Jenkins) do not show `yaml` as the class.
    private static func classname(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/"), dot != path.startIndex else {
            return path
        }
        return String(path[..<dot])
    }

    /// Schemas require non-empty names; an unnamed input is called `-`.
    private static func nonBlank(_ text: String) -> String {
        text.allSatisfy(\.isWhitespace) ? "-" : text
    }

    private static func attribute(_ text: String) -> String { XMLEscaping.attribute(text) }
    private static func text(_ text: String) -> String { XMLEscaping.text(text) }
}
