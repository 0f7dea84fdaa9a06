import PactLint

// The portfolio overview, shown when the run covered more than one document: the principle ×
// document matrix and the route view.

extension HTMLReporter {
    /// The partner roles of partnership/v1, in the order the route view shows them.
    static let partnerRoles = ["origin", "transit", "destination", "host"]

    func writePortfolio(_ index: HTMLReportIndex, into html: inout HTMLWriter) {
        html.open("section", [("class", "portfolio"), ("id", "portfolio"), ("aria-labelledby", "portfolio-title")])
        html.newline()
        html.element("h2", [("id", "portfolio-title")], text: "Portfolio overview")
        html.newline()
        writeMatrix(index, into: &html)
        writeRoutes(index, into: &html)
        html.close("section")
        html.newline()
    }

    /// The principles that a table should show: those with rules that ran or with findings.
    static func shownPrinciples(_ index: HTMLReportIndex) -> [HTMLReportIndex.PrincipleEntry] {
        index.principles.filter { principle in
            principle.ruleCount > 0
                || index.documents.contains { $0.findings.contains { $0.principleIndex == principle.index } }
        }
    }

    private func writeMatrix(_ index: HTMLReportIndex, into html: inout HTMLWriter) {
        let principles = Self.shownPrinciples(index)
        html.element("h3", [("id", "matrix-title")], text: "Principles by document")
        html.newline()
        html.element(
            "p", [("class", "muted")],
            text: "Each cell counts the findings that are not waived; its colour is the highest severity among them. "
                + "Waived findings are counted in brackets. A cell links to the findings in the document's section.")
        html.newline()
        // Focusable, so that keyboard users can scroll a matrix wider than the screen.
        html.open(
            "div",
            [("class", "table-scroll"), ("role", "region"), ("aria-labelledby", "matrix-title"), ("tabindex", "0")])
        html.open("table", [("class", "matrix"), ("id", "matrix")])
        html.element("caption", text: "Findings by principle (columns) and document (rows)")
        html.newline()
        html.element("thead") { html in
            html.element("tr") { html in
                html.element("th", [("scope", "col")], text: "Document")
                for principle in principles {
                    html.element("th", [("scope", "col")], text: principle.title)
                }
            }
        }
        html.newline()
        html.open("tbody")
        html.newline()
        for document in index.documents {
            html.open("tr")
            html.element("th", [("scope", "row")]) { html in
                html.element("a", [("href", "#" + document.anchor)], text: document.displayTitle)
                if let country = document.summary?.country, !country.isEmpty {
                    html.element("span", [("class", "muted")], text: " (\(country))")
                }
            }
            for principle in principles {
                writeMatrixCell(document, principle, into: &html)
            }
            html.close("tr")
            html.newline()
        }
        html.close("tbody")
        html.close("table")
        html.close("div")
        html.newline()
    }

    private func writeMatrixCell(
        _ document: HTMLReportIndex.DocumentEntry, _ principle: HTMLReportIndex.PrincipleEntry,
        into html: inout HTMLWriter
    ) {
        let counts = document.counts(principleIndex: principle.index)
        let (kind, label, target) = Self.coverage(counts, principle: principle, document: document)
        html.element("td", [("class", "cell cell-\(kind)")]) { html in
            html.element("a", [("href", "#" + target)], text: label)
        }
    }

    /// What a document's coverage of a principle is: the cell class, its text and the anchor it
    /// links to.
    static func coverage(
        _ counts: SeverityCounts, principle: HTMLReportIndex.PrincipleEntry, document: HTMLReportIndex.DocumentEntry
    ) -> (kind: String, label: String, target: String) {
        let waivedNote = counts.waived > 0 ? " (\(counts.waived) waived)" : ""
        if let worst = counts.worst {
            return (worst.rawValue, counts.summary + waivedNote, document.anchor(for: principle))
        }
        if counts.waived > 0 {
            return ("waived", "pass" + waivedNote, document.anchor(for: principle))
        }
        if document.summary == nil {
            return ("none", "not checked", document.anchor)
        }
        if principle.ruleCount == 0 {
            return ("none", "no findings", document.anchor + "-coverage")
        }
        return ("pass", "pass", document.anchor + "-coverage")
    }

    private func writeRoutes(_ index: HTMLReportIndex, into html: inout HTMLWriter) {
        html.element("h3", [("id", "routes-title")], text: "Routes and partner roles")
        html.newline()
        var routes: [String] = []
        var roles = Self.partnerRoles
        for summary in index.documents.compactMap(\.summary) {
            for route in summary.routes where !routes.contains(route) { routes.append(route) }
            for role in summary.roles where !roles.contains(role) { roles.append(role) }
        }
        guard !routes.isEmpty else {
            html.element("p", text: "No document names a migration route.")
            html.newline()
            return
        }
        html.element(
            "p", [("class", "muted")],
            text: "For each route named by a document, the documents whose partner has each role. "
                + "An empty role is not covered by any partnership on that route.")
        html.newline()
        html.open(
            "div",
            [("class", "table-scroll"), ("role", "region"), ("aria-labelledby", "routes-title"), ("tabindex", "0")])
        html.open("table", [("class", "routes"), ("id", "routes")])
        html.element("caption", text: "Partner roles covered on each route")
        html.element("thead") { html in
            html.element("tr") { html in
                html.element("th", [("scope", "col")], text: "Route")
                for role in roles { html.element("th", [("scope", "col")], text: role) }
            }
        }
        html.newline()
        html.open("tbody")
        html.newline()
        for route in routes {
            html.open("tr")
            html.element("th", [("scope", "row")], text: route)
            for role in roles {
                let covering = index.documents.filter { document in
                    guard let summary = document.summary else { return false }
                    return summary.routes.contains(route) && summary.roles.contains(role)
                }
                if covering.isEmpty {
                    html.element("td", [("class", "cell cell-none")], text: "not covered")
                } else {
                    html.element("td", [("class", "cell cell-pass")]) { html in
                        html.element("ul", [("class", "plain")]) { html in
                            for document in covering {
                                html.element("li") { html in
                                    html.element(
                                        "a", [("href", "#" + document.anchor)],
                                        text: document.summary?.country ?? document.displayTitle)
                                    if let id = document.summary?.id, document.summary?.country != nil {
                                        html.element("span", [("class", "muted")], text: " (\(id))")
                                    }
                                }
                            }
                        }
                    }
                }
            }
            html.close("tr")
            html.newline()
        }
        html.close("tbody")
        html.close("table")
        html.close("div")
        html.newline()
    }
}
