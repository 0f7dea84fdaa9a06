import PactLint

// One document's section: facts, principle coverage, budget balance chart and findings.

extension HTMLReporter {
    func writeDocument(_ document: HTMLReportIndex.DocumentEntry, _ index: HTMLReportIndex, into html: inout HTMLWriter)
    {
        html.open(
            "section",
            [
                ("class", "document"), ("id", document.anchor), ("aria-labelledby", document.anchor + "-title"),
                // For .ci/browser-check: which sections must have a budget chart.
                ("data-kind", document.summary == nil ? "file" : "partnership"),
                ("data-budget", document.summary?.budgetByArea.isEmpty == false ? "true" : "false"),
            ])
        html.newline()
        html.element("h2", [("id", document.anchor + "-title")], text: document.displayTitle)
        html.newline()
        html.open("dl", [("class", "facts")])
        html.newline()
        if let summary = document.summary {
            if let country = summary.country { fact("Partner country", country, into: &html) }
            if let id = summary.id { fact("Document id", id, code: true, into: &html) }
            fact("File", "\(document.file) (document \(summary.index + 1) in the file)", code: false, into: &html)
            fact(
                "Partner roles", summary.roles.isEmpty ? "not stated" : summary.roles.joined(separator: ", "),
                into: &html)
            fact("Routes", summary.routes.isEmpty ? "not stated" : summary.routes.joined(separator: ", "), into: &html)
        } else {
            fact("File", document.file, code: true, into: &html)
        }
        html.close("dl")
        html.newline()
        if document.summary != nil {
            writeCoverage(document, index, into: &html)
        }
        if let summary = document.summary {
            writeBudgetBalance(summary, anchor: document.anchor, title: document.displayTitle, into: &html)
        }
        writeFindings(document, index, into: &html)
        html.close("section")
        html.newline()
    }

    private func fact(_ term: String, _ detail: String, code: Bool = false, into html: inout HTMLWriter) {
        html.element("dt", text: term)
        html.element("dd") { html in
            if code { html.element("code", text: detail) } else { html.text(detail) }
        }
        html.newline()
    }

    private func writeCoverage(
        _ document: HTMLReportIndex.DocumentEntry, _ index: HTMLReportIndex, into html: inout HTMLWriter
    ) {
        html.element("h3", [("id", document.anchor + "-coverage")], text: "Principle coverage")
        html.newline()
        html.open("table", [("class", "coverage")])
        html.element("caption", text: "Results by principle")
        html.element("thead") { html in
            html.element("tr") { html in
                html.element("th", [("scope", "col")], text: "Principle")
                html.element("th", [("scope", "col")], text: "Result")
            }
        }
        html.newline()
        html.open("tbody")
        html.newline()
        for principle in Self.shownPrinciples(index) {
            let counts = document.counts(principleIndex: principle.index)
            // A group without rules (tool findings) only matters where it has findings.
            if principle.ruleCount == 0, counts.worst == nil, counts.waived == 0 { continue }
            let (kind, label, target) = Self.coverage(counts, principle: principle, document: document)
            html.element("tr") { html in
                html.element("th", [("scope", "row")], text: principle.title)
                html.element("td", [("class", "cell cell-\(kind)")]) { html in
                    if counts.worst != nil || counts.waived > 0 {
                        html.element("a", [("href", "#" + target)], text: label)
                    } else {
                        html.text(label)
                    }
                }
            }
            html.newline()
        }
        html.close("tbody")
        html.close("table")
        html.newline()
    }

    private func writeFindings(
        _ document: HTMLReportIndex.DocumentEntry, _ index: HTMLReportIndex, into html: inout HTMLWriter
    ) {
        html.element("h3", [("id", document.anchor + "-findings")], text: "Findings")
        html.newline()
        let counts = SeverityCounts(document.findings.map(\.finding))
        if document.findings.isEmpty {
            html.element("p", text: "No findings: every rule that ran passes for this document.")
            html.newline()
            return
        }
        var summary = counts.active == 0 ? "No findings that are not waived" : counts.summary
        if counts.waived > 0 { summary += "; \(counts.waived) waived" }
        html.element("p", text: summary + ".")
        html.newline()
        for principle in index.principles {
            let findings = document.findings.filter { $0.principleIndex == principle.index }
            guard !findings.isEmpty else { continue }
            html.open(
                "section",
                [
                    ("class", "principle-group"), ("id", document.anchor(for: principle)),
                    ("data-principle", principle.key),
                ])
            html.newline()
            html.element("h4", text: principle.title)
            html.newline()
            if !principle.description.isEmpty {
                html.element("p", [("class", "muted")], text: principle.description)
                html.newline()
            }
            for finding in findings {
                writeFinding(finding, principle: principle, into: &html)
            }
            html.close("section")
            html.newline()
        }
    }
}
