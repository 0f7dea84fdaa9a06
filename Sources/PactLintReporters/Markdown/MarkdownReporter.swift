import PactLint

/// The format for pull-request comments: GitHub-flavoured Markdown.
///
/// A heading with the unwaived counts, a line of totals, a table of findings by principle and
/// severity, then one section per document that has findings (file, document index, id and
/// title), each a table of severity, rule, location, message and help. A section with more
/// than `Options.collapseThreshold` findings is folded into `<details>`, so a long portfolio
/// report stays readable; findings that would take the comment past `Options.characterLimit`
/// are left out and counted. All text from documents and rules is escaped (see
/// `MarkdownEscaping`), so it cannot add links, images, HTML, mentions or table columns.
public struct MarkdownReporter: Reporter {
    /// What the Markdown format shows.
    public struct Options: Sendable, Equatable {
        /// A document's findings are folded into `<details>` when there are more than this many.
        public var collapseThreshold: Int

        /// The most characters (UTF-16 code units, as GitHub counts) the comment may have;
        /// findings that do not fit are left out and counted. `nil` for no limit. GitHub refuses
        /// comments longer than 65,536 characters.
        public var characterLimit: Int?

        /// Options that fold sections of more than `collapseThreshold` findings and keep the
        /// comment within `characterLimit`.
        public init(collapseThreshold: Int = 5, characterLimit: Int? = 60_000) {
            self.collapseThreshold = collapseThreshold
            self.characterLimit = characterLimit
        }
    }

    /// The options this reporter renders with.
    public var options: Options

    /// A Markdown reporter with `options`.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Writes the report as a Markdown pull-request comment.
    public func write<Output: TextOutputStream>(_ report: Report, context: ReportContext, to output: inout Output) {
        let catalog = RuleCatalog(report)
        let totals = ReportTotals(report)

        var header =
            "## pactlint: \(Counting.phrase(totals[.error], "error")), \(Counting.phrase(totals[.warning], "warning")), "
            + "\(totals[.info]) info\n\n"
        var facts = [
            Counting.phrase(totals.files, "file"), Counting.phrase(totals.documents, "document"),
            Counting.phrase(totals.rules, "rule"), "\(totals.waived) waived",
        ]
        if totals.baselineSuppressed > 0 { facts.append("\(totals.baselineSuppressed) hidden by baseline") }
        facts.append(
            "pactlint \(MarkdownEscaping.inline(context.toolVersion)), rule pack "
                + MarkdownEscaping.inline(context.rulePackVersion))
        header += facts.joined(separator: " · ") + "\n\n"
        writePrincipleTable(report, catalog: catalog, totals: totals, to: &header)
        output.write(header)

        if report.findings.isEmpty {
            output.write("No findings.\n")
            return
        }
        writeFindings(report, catalog: catalog, written: header.utf16.count, to: &output)
    }

    private func writePrincipleTable<Output: TextOutputStream>(
        _ report: Report, catalog: RuleCatalog, totals: ReportTotals, to output: inout Output
    ) {
        // Rows: the report's principles in display order, then any principle only a rule
        // names (tool rules), in order of first finding.
        var rowIDs = report.principles.map(\.id)
        var counts: [String: [String: Int]] = [:]
        for finding in report.findings {
            let principle = catalog.rule(finding.ruleID).principle
            if !rowIDs.contains(principle) { rowIDs.append(principle) }
            let column = finding.isWaived ? "waived" : finding.severity.rawValue
            counts[principle, default: [:]][column, default: 0] += 1
        }
        output.write("| Principle | Errors | Warnings | Info | Waived |\n| --- | ---: | ---: | ---: | ---: |\n")
        for id in rowIDs {
            let title =
                catalog.principle(id).map { MarkdownEscaping.inline($0.title) }
                ?? (id.isEmpty ? "Other" : "Other (" + MarkdownEscaping.code(id) + ")")
            let row = counts[id, default: [:]]
            let cells = ["error", "warning", "info", "waived"].map { String(row[$0, default: 0]) }
            output.write("| \(title) | \(cells.joined(separator: " | ")) |\n")
        }
        output.write(
            "| **Total** | **\(totals[.error])** | **\(totals[.warning])** | **\(totals[.info])** | "
                + "**\(totals.waived)** |\n\n")
    }

    private struct Group {
        var file: String
        var document: Int
        var findings: [Finding]
    }

    /// Findings grouped by file and document, in report order.
    private static func groups(_ report: Report) -> [Group] {
        var groups: [Group] = []
        var positionByKey: [String: Int] = [:]
        for finding in report.findings {
            let key = "\(finding.location.document):\(finding.location.file)"
            if let position = positionByKey[key] {
                groups[position].findings.append(finding)
            } else {
                positionByKey[key] = groups.count
                groups.append(
                    Group(file: finding.location.file, document: finding.location.document, findings: [finding]))
            }
        }
        return groups
    }

    /// Writes the findings section by section, stopping before `Options.characterLimit`
    /// would be passed, and saying how many findings were left out.
    private func writeFindings<Output: TextOutputStream>(
        _ report: Report, catalog: RuleCatalog, written: Int, to output: inout Output
    ) {
        var documents: [String: [Int: DocumentSummary]] = [:]
        for file in report.files {
            for document in file.documents { documents[file.path, default: [:]][document.index] = document }
        }
        var written = written
        var remaining = report.findings.count
        // Room kept for closing a section and for the note on left-out findings.
        let reserve = 400
        sections: for group in Self.groups(report) {
            let collapsed = group.findings.count > options.collapseThreshold
            let opening = heading(group, document: documents[group.file]?[group.document], collapsed: collapsed)
            let closing = collapsed ? "\n</details>\n\n" : "\n"
            var shown = 0
            for finding in group.findings {
                let row = self.row(finding, catalog: catalog)
                let needed = (shown == 0 ? opening.utf16.count : 0) + row.utf16.count + reserve
                if let limit = options.characterLimit, written + needed > limit {
                    if shown > 0 { output.write(closing) }
                    break sections
                }
                if shown == 0 {
                    output.write(opening)
                    written += opening.utf16.count
                }
                output.write(row)
                written += row.utf16.count
                shown += 1
                remaining -= 1
            }
            output.write(closing)
            written += closing.utf16.count
        }
        if remaining > 0 {
            output.write(
                "**\(Counting.phrase(remaining, "more finding")) not shown**: a pull-request comment is limited in "
                    + "length. The full list is in the other formats (`text`, `sarif`, `html`).\n")
        }
    }

    /// A section's heading, its `<details>` opening when collapsed, and its table header.
    private func heading(_ group: Group, document summary: DocumentSummary?, collapsed: Bool) -> String {
        var heading = "### " + MarkdownEscaping.code(group.file)
        if let summary {
            heading += " · document \(summary.index)"
            if let title = summary.title { heading += ": " + MarkdownEscaping.inline(title) }
            if let id = summary.id { heading += " (" + MarkdownEscaping.code(id) + ")" }
        }
        heading += "\n\n"
        if collapsed {
            heading += "<details><summary>\(Counting.phrase(group.findings.count, "finding"))</summary>\n\n"
        }
        return heading + "| Severity | Rule | Location | Message | Help |\n| --- | --- | --- | --- | --- |\n"
    }

    /// A finding's table row.
    private func row(_ finding: Finding, catalog: RuleCatalog) -> String {
        let rule = catalog.rule(finding.ruleID)
        let start = finding.location.span.start
        var severity = Self.icon(finding.severity) + " " + finding.severity.rawValue
        var message = MarkdownEscaping.inline(finding.message)
        if let waiver = finding.waiver {
            severity += " (waived)"
            message += "<br>*Waived: " + MarkdownEscaping.inline(waiver.reason) + "*"
        }
        for related in finding.related {
            let position = related.location.span.start
            message +=
                "<br>Note: " + MarkdownEscaping.code("\(related.location.file):\(position.line):\(position.column)")
                + " " + MarkdownEscaping.inline(related.message)
        }
        var location = "\(start.line):\(start.column)"
        if let path = finding.location.path { location += " " + MarkdownEscaping.code(path) }
        let ruleCell = MarkdownEscaping.code(rule.id) + " " + MarkdownEscaping.inline(rule.title)
        let help = (finding.help ?? rule.help).map(MarkdownEscaping.inline) ?? ""
        return "| \(severity) | \(ruleCell) | \(location) | \(message) | \(help) |\n"
    }

    private static func icon(_ severity: Severity) -> String {
        switch severity {
        case .error: ":x:"
        case .warning: ":warning:"
        case .info: ":information_source:"
        }
    }

}
