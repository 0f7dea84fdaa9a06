import PactLint

// One finding: severity, rule, message, position, source excerpt, waiver, help, rationale,
// sources and related locations.

extension HTMLReporter {
    func writeFinding(
        _ entry: HTMLReportIndex.FindingEntry, principle: HTMLReportIndex.PrincipleEntry, into html: inout HTMLWriter
    ) {
        let finding = entry.finding
        let severity = finding.severity.rawValue
        html.open(
            "article",
            [
                ("class", "finding severity-\(severity)" + (finding.isWaived ? " waived" : "")),
                ("id", entry.anchor), ("data-fingerprint", finding.fingerprint), ("data-rule", finding.ruleID),
                ("data-severity", severity), ("data-principle", principle.key),
                ("data-waived", finding.isWaived ? "true" : "false"),
            ])
        html.newline()
        html.element("div", [("class", "finding-head")]) { html in
            html.element("span", [("class", "sev sev-\(severity)")], text: severity)
            if finding.isWaived {
                html.element("span", [("class", "sev sev-waived")], text: "waived")
            }
            html.element("h5") { html in
                html.element("code", text: finding.ruleID)
                if let rule = entry.rule {
                    html.text(" " + rule.title)
                }
            }
            html.element("span", [("class", "mono location")], text: Self.position(finding.location))
        }
        html.newline()
        html.element("p", [("class", "message")], text: finding.message)
        html.newline()
        if let waiver = finding.waiver {
            html.element("p", [("class", "waiver")]) { html in
                html.element("strong", text: "Waived")
                var qualifiers = [waiver.scope == .file ? "for the whole file" : "for the next line"]
                if let until = waiver.until { qualifiers.append("until \(until)") }
                html.text(" (\(qualifiers.joined(separator: ", ")), at \(Self.position(waiver.location))): ")
                html.text(waiver.reason.isEmpty ? "no reason given" : waiver.reason)
            }
            html.newline()
        }
        if let excerpt = finding.location.excerpt, !excerpt.lines.isEmpty {
            writeExcerpt(excerpt, location: finding.location, into: &html)
        }
        if let path = finding.location.path {
            html.element("p", [("class", "muted")]) { html in
                html.text("Node: ")
                html.element("code", text: path)
            }
            html.newline()
        }
        if let help = finding.help ?? entry.rule?.help, !help.isEmpty {
            html.element("p", [("class", "help")]) { html in
                html.element("strong", text: "How to fix: ")
                html.text(help)
            }
            html.newline()
        }
        if let rule = entry.rule, rule.rationale != nil || !rule.sources.isEmpty {
            writeRationale(rule, into: &html)
        }
        if !finding.related.isEmpty {
            html.element("p", text: "Related locations:")
            html.element("ul", [("class", "related")]) { html in
                for related in finding.related {
                    html.element("li") { html in
                        html.element("span", [("class", "mono")], text: Self.position(related.location))
                        html.text(": " + related.message)
                    }
                }
            }
            html.newline()
        }
        html.close("article")
        html.newline()
    }

    private func writeRationale(_ rule: RuleMetadata, into html: inout HTMLWriter) {
        html.element("details", [("class", "rationale")]) { html in
            html.element("summary", text: "Why this rule matters, and its sources")
            if let rationale = rule.rationale, !rationale.isEmpty {
                html.element("p", text: rationale)
            }
            if !rule.sources.isEmpty {
                html.element("p", text: "Sources:")
                html.element("ul", [("class", "sources")]) { html in
                    for source in rule.sources {
                        html.element("li") { html in
                            if HTMLEscaping.isSafeExternalLink(source) {
                                html.element("a", [("href", source), ("rel", "noreferrer")], text: source)
                            } else {
                                html.text(source)
                            }
                        }
                    }
                }
            }
        }
        html.newline()
    }

    /// The excerpt with line numbers; the finding's lines are highlighted and the span itself is
    /// marked (columns are Unicode scalars, as in `SourcePosition`).
    private func writeExcerpt(_ excerpt: SourceExcerpt, location: Location, into html: inout HTMLWriter) {
        let span = location.span
        let firstMarked = span.start.line
        var lastMarked = max(span.end.line, firstMarked)
        if lastMarked > firstMarked, span.end.column <= 1 { lastMarked -= 1 }
        html.open("pre", [("class", "excerpt")])
        html.open("code")
        for (offset, line) in excerpt.lines.enumerated() {
            let number = excerpt.firstLine + offset
            let highlighted = number >= firstMarked && number <= lastMarked
            if offset > 0 { html.newline() }
            html.open("span", [("class", highlighted ? "line hl" : "line")])
            html.element("span", [("class", "ln")], text: String(number))
            guard highlighted else {
                html.text(line)
                html.close("span")
                continue
            }
            let scalars = Array(line.unicodeScalars)
            // Columns counted from where the excerpt's line starts (a long line is kept as a
            // window around the finding).
            let firstColumn = excerpt.firstColumn(ofLineAt: offset)
            let from = number == firstMarked ? min(max(span.start.column - firstColumn, 0), scalars.count) : 0
            var to =
                number == span.end.line
                ? min(max(span.end.column - firstColumn, from), scalars.count) : scalars.count
            // An empty span (a syntax error's position) marks the one character it points at.
            if span.start == span.end, from < scalars.count { to = from + 1 }
            html.text(String(String.UnicodeScalarView(scalars[0..<from])))
            if from < to {
                html.element("mark", text: String(String.UnicodeScalarView(scalars[from..<to])))
            }
            html.text(String(String.UnicodeScalarView(scalars[to..<scalars.count])))
            html.close("span")
        }
        html.close("code")
        html.close("pre")
        html.newline()
    }
}
