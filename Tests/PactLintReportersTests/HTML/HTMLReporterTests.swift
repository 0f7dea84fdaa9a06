import Foundation
import PactLint
import Testing
import YAMLSource

@testable import PactLintReporters

@Suite("HTMLReporter")
struct HTMLReporterTests {
    let report = HTMLReportFixture.report
    let html = HTMLReporter().render(HTMLReportFixture.report, context: HTMLReportFixture.context)

    // MARK: - Golden file

    @Test("the page matches the golden file (RECORD_SNAPSHOTS=1 re-records)")
    func golden() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/portfolio.html")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try html.write(to: url, atomically: true, encoding: .utf8)
            print("recorded \(url.path)")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if html != expected {
            let actualLines = html.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first =
                Array(zip(actualLines, expectedLines)).firstIndex { $0.0 != $0.1 }
                ?? min(actualLines.count, expectedLines.count)
            let actualLine = first < actualLines.count ? String(actualLines[first]) : "<end>"
            let expectedLine = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
            let message: String =
                "HTML differs from \(url.lastPathComponent) at line \(first + 1):\n  expected: \(expectedLine)\n"
                + "  actual:   \(actualLine)\nRe-record with RECORD_SNAPSHOTS=1 if the change is intended."
            Issue.record(Comment(rawValue: message))
        }
    }

    @Test("rendering is deterministic")
    func deterministic() {
        #expect(HTMLReporter().render(report, context: HTMLReportFixture.context) == html)
    }

    // MARK: - Structure

    @Test("the page is well-formed XML with one html root, head and body")
    func wellFormed() throws {
        let page = try HTMLPage(html)
        #expect(page.root.name == "html")
        #expect(page.root.attributes["lang"] == "en")
        #expect(page.root.children.map(\.name) == ["head", "body"])
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    }

    @Test("headings go h1, then h2 per document, then h3 sections, without skipping a level")
    func headings() throws {
        let page = try HTMLPage(html)
        let levels = page.elements.compactMap { element -> Int? in
            guard element.name.count == 2, element.name.first == "h", let level = Int(element.name.dropFirst()) else {
                return nil
            }
            return level
        }
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "heading level jumps from h\(previous) to h\(next)")
        }
        let documents = page.all("section").filter { $0.hasClass("document") }
        #expect(documents.count == 4)
        for document in documents {
            #expect(document.children.first { $0.name.hasPrefix("h") }?.name == "h2")
        }
    }

    @Test("no src attribute, and every href is an in-page anchor that exists or an http(s) rule source")
    func noExternalReferences() throws {
        let page = try HTMLPage(html)
        let ids = Set(page.elements.compactMap { $0.attributes["id"] })
        let ruleSources = Set(report.rules.flatMap(\.sources))
        var externalLinks: [String] = []
        for element in page.elements {
            #expect(element.attributes["src"] == nil, "\(element.name) has src")
            for (name, value) in element.attributes {
                #expect(!name.lowercased().hasPrefix("on"), "event handler attribute \(name) on \(element.name)")
                #expect(!value.lowercased().contains("url("), "\(name)=\(value) refers to a URL")
            }
            guard let href = element.attributes["href"] ?? element.attributes["xlink:href"] else { continue }
            if href.hasPrefix("#") {
                #expect(ids.contains(String(href.dropFirst())), "dangling link \(href)")
            } else {
                #expect(ruleSources.contains(href), "external link \(href) is not a rule source")
                #expect(href.hasPrefix("https://") || href.hasPrefix("http://"))
                externalLinks.append(href)
            }
        }
        #expect(
            Set(externalLinks) == [
                "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=COM:2020:609:FIN",
                "https://eur-lex.europa.eu/eli/reg/2024/1351/oj", "https://www.ombudsman.europa.eu/en/case/en/65778",
            ])
        for name in ["link", "img", "iframe", "object", "embed", "base", "form", "image", "use", "foreignObject"] {
            #expect(page.all(name).isEmpty, "unexpected <\(name)>")
        }
    }

    @Test("the only script and style are the reporter's own, allowed by hash in the CSP")
    func scriptAndStyle() throws {
        let page = try HTMLPage(html)
        #expect(page.all("script").map(\.text) == [HTMLReporter.script])
        #expect(page.all("style").map(\.text) == [HTMLReporter.styleSheet])
        let policy = page.all("meta").first { $0.attributes["http-equiv"] == "Content-Security-Policy" }?
            .attributes["content"]
        #expect(policy?.hasPrefix("default-src 'none';") == true)
        #expect(policy?.contains(HTMLContentHash.cspSource(HTMLReporter.script)) == true)
        #expect(policy?.contains(HTMLContentHash.cspSource(HTMLReporter.styleSheet)) == true)
        for constant in [HTMLReporter.script, HTMLReporter.styleSheet] {
            #expect(!constant.contains("<") && !constant.contains("&"), "would break the page as XML")
        }
    }

    @Test("every finding is present once, with its fingerprint, rule, severity and position")
    func everyFinding() throws {
        let page = try HTMLPage(html)
        let articles = page.all("article").filter { $0.hasClass("finding") }
        #expect(articles.count == report.findings.count)
        for finding in report.findings {
            let matching = articles.filter { $0.attributes["data-fingerprint"] == finding.fingerprint }
            #expect(matching.count == 1, "finding \(finding.fingerprint)")
            guard let article = matching.first else { continue }
            #expect(article.attributes["data-rule"] == finding.ruleID)
            #expect(article.attributes["data-severity"] == finding.severity.rawValue)
            #expect(article.attributes["data-waived"] == (finding.isWaived ? "true" : "false"))
            #expect(article.text.contains(finding.message))
            #expect(
                article.text.contains(
                    "\(finding.location.file):\(finding.location.span.start.line):\(finding.location.span.start.column)"
                ))
        }
    }

    @Test("a waived finding is shown as waived, with its reason, and not counted by severity")
    func waived() throws {
        let page = try HTMLPage(html)
        let waived = try #require(
            page.all("article").first { $0.attributes["data-fingerprint"] == "prot05-alvaria-d41d" })
        #expect(waived.hasClass("waived"))
        #expect(waived.text.contains("Procedure agreed in the 2026 annex; see <annex.pdf> & minutes."))
        #expect(waived.text.contains("until 2026-12-31"))
        let totals = try #require(page.all("table").first { $0.hasClass("totals") })
        let rows = totals.all("tr").map { row in row.children.map { $0.text } }
        #expect(rows.contains(["error", "3"]))  // PROT-01, COMP-05, yaml-syntax; the waived PROT-05 is not counted
        #expect(rows.contains(["waived", "1"]))
        #expect(rows.contains(["hidden by the baseline", "2"]))
    }

    @Test("the portfolio matrix has a row per document and a cell per principle, linking into the document")
    func matrix() throws {
        let page = try HTMLPage(html)
        let matrix = try #require(page.element(id: "matrix"))
        #expect(matrix.children.first?.name == "caption")
        let header = try #require(matrix.all("thead").first?.all("th"))
        #expect(header.allSatisfy { $0.attributes["scope"] == "col" })
        #expect(header.map(\.text) == ["Document"] + report.principles.map(\.title) + ["Other"])
        let rows = try #require(matrix.all("tbody").first?.children)
        #expect(rows.count == 4)
        let alvaria = try #require(rows.first)
        #expect(alvaria.children.first?.attributes["scope"] == "row")
        #expect(
            alvaria.children.map(\.text).dropFirst() == [
                "1 warning", "1 warning", "pass", "1 error (1 waived)", "pass", "no findings",
            ])
        #expect(
            alvaria.children.dropFirst().map { $0.attributes["class"] } == [
                "cell cell-warning", "cell cell-warning", "cell cell-pass", "cell cell-error", "cell cell-pass",
                "cell cell-none",
            ])
        let protectionCell = alvaria.children[4].all("a").first?.attributes["href"]
        #expect(protectionCell == "#doc-1-p4")
    }

    @Test("the route view shows which documents cover each role on each route")
    func routes() throws {
        let page = try HTMLPage(html)
        let routes = try #require(page.element(id: "routes"))
        let rows = try #require(routes.all("tbody").first?.children).map { row in row.children.map(\.text) }
        #expect(
            rows.first == [
                "central-mediterranean", "Alvaria (eu-alv-2025-mou)",
                "Alvaria (eu-alv-2025-mou)Borenia <b>&amp;</b> (eu-bor-2024-package)", "not covered",
                "Borenia <b>&amp;</b> (eu-bor-2024-package)",
            ])
        #expect(rows.map(\.first) == ["central-mediterranean", "eastern-mediterranean", "atlantic"])
    }

    @Test("each document with a budget has an accessible chart and a table with the same numbers")
    func budgetCharts() throws {
        let page = try HTMLPage(html)
        let charts = page.all("svg")
        #expect(charts.count == 3)
        for chart in charts {
            #expect(chart.attributes["role"] == "img")
            #expect(chart.children.first?.name == "title")
            #expect(chart.children.dropFirst().first?.name == "desc")
            #expect(!chart.all("rect").isEmpty)
        }
        // Alvaria: control 140 m of 190.5 m migration (energy and macro-stability are outside).
        let alvaria = try #require(page.element(id: "doc-1"))
        #expect(
            alvaria.all("desc").first?.text
                == "Control-oriented areas take 73.5 % of the migration budget (EUR 140 m of EUR 190.5 m): above the 50 % threshold."
        )
        let table = try #require(alvaria.all("table").first { $0.hasClass("budget") })
        let rows = table.all("tbody").first?.children.map { $0.children.map(\.text) } ?? []
        #expect(rows.first == ["border-management", "control-oriented", "105,000,000", "55.1 %"])
        #expect(rows.last == ["energy", "outside the migration budget", "300,000,000", "—"])
        // Corvia: its mixed line is outside the share, so control is 0 % of its 20 m.
        let corvia = try #require(page.element(id: "doc-3"))
        #expect(
            corvia.all("desc").first?.text
                == "Control-oriented areas take 0 % of the migration budget (EUR 0 of EUR 20 m): within the 50 % "
                + "threshold. EUR 200 m not split by area (mixed) is left out of the share.")
    }

    @Test("the threshold is configurable and kept within 0…1")
    func threshold() throws {
        let page = try HTMLPage(
            HTMLReporter(controlShareThreshold: 0.25).render(report, context: HTMLReportFixture.context))
        let borenia = try #require(page.element(id: "doc-2"))
        #expect(borenia.all("desc").first?.text.hasSuffix("above the 25 % threshold.") == true)
        #expect(borenia.all("text").contains { $0.text == "25 % threshold" })
        #expect(HTMLReporter(controlShareThreshold: 7).controlShareThreshold == 1)
        #expect(HTMLReporter(controlShareThreshold: -1).controlShareThreshold == 0)
        #expect(HTMLReporter(controlShareThreshold: .nan).controlShareThreshold == 0.5)
    }

    @Test("a hostile title, country and rule text render as text, never as markup")
    func hostileText() throws {
        let page = try HTMLPage(html)
        let borenia = try #require(page.element(id: "doc-2"))
        #expect(borenia.children.first?.text == HTMLReportFixture.hostileTitle)
        #expect(page.all("script").count == 1)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Borenia package &quot; onmouseover=&quot;alert(2)"))
        // A javascript: source stays text.
        #expect(html.contains("<li>javascript:alert(3)</li>"))
    }

    @Test("the excerpt highlights the finding's line and marks its span, counting columns in Unicode scalars")
    func excerptMarksSpan() throws {
        let location = Location(
            file: "a.yaml",
            span: SourceSpan(
                start: SourcePosition(offset: 28, line: 2, column: 13),
                end: SourcePosition(offset: 31, line: 2, column: 16)),
            excerpt: SourceExcerpt(firstLine: 1, lines: ["id: x", "title: 🇺🇳 叶 <b>&c</b>", "status: draft"]))
        // The flag is two scalars (U+1F1FA U+1F1F3), so `<b>` starts at column 13.
        let finding = Finding(ruleID: "R", severity: .info, message: "m", location: location, fingerprint: "f")
        let report = Report(files: [], findings: [finding], rules: [], principles: [])
        let page = try HTMLPage(HTMLReporter().render(report, context: HTMLReportFixture.context))
        let lines = page.all("span").filter { $0.hasClass("line") }
        #expect(lines.map { $0.hasClass("hl") } == [false, true, false])
        #expect(page.all("mark").map(\.text) == ["<b>"])
        #expect(lines[1].text == "2title: 🇺🇳 叶 <b>&c</b>")
    }

    @Test("a span over several lines highlights them all; an end at column 1 does not highlight its line")
    func excerptMultiLine() throws {
        let location = Location(
            file: "a.yaml",
            span: SourceSpan(
                start: SourcePosition(offset: 6, line: 2, column: 3),
                end: SourcePosition(offset: 40, line: 4, column: 1)),
            excerpt: SourceExcerpt(firstLine: 1, lines: ["a:", "  b: 1", "  c: 2", "d: 3"]))
        let finding = Finding(ruleID: "R", severity: .info, message: "m", location: location, fingerprint: "f")
        let report = Report(files: [], findings: [finding], rules: [], principles: [])
        let page = try HTMLPage(HTMLReporter().render(report, context: HTMLReportFixture.context))
        let lines = page.all("span").filter { $0.hasClass("line") }
        #expect(lines.map { $0.hasClass("hl") } == [false, true, true, false])
        #expect(page.all("mark").map(\.text) == ["b: 1", "  c: 2"])
    }

    @Test("an empty span marks the one character it points at (a tab, for a syntax error)")
    func excerptEmptySpan() throws {
        let page = try HTMLPage(html)
        let syntax = try #require(page.all("article").first { $0.attributes["data-rule"] == "pactlint/yaml-syntax" })
        #expect(syntax.all("mark").map(\.text) == ["\t"])
    }

    @Test("a single document gets no portfolio overview; a report without findings says so")
    func singleDocument() throws {
        let summary = DocumentSummary(index: 0, id: "one", title: "One", country: "Alvaria", budgetByArea: [])
        let report = Report(
            files: [CheckedFile(path: "one.yaml", documents: [summary])], findings: [], rules: HTMLReportFixture.rules,
            principles: HTMLReportFixture.principles)
        let html = HTMLReporter().render(report, context: HTMLReportFixture.context)
        let page = try HTMLPage(html)
        #expect(page.element(id: "matrix") == nil)
        #expect(page.element(id: "portfolio") == nil)
        #expect(page.element(id: "filters") == nil)
        #expect(html.contains("No findings: every rule that ran passes for this document."))
        #expect(html.contains("The document states no budget lines by area."))
        #expect(html.contains("<strong>passes</strong>"))
    }

    @Test("a large portfolio (120 documents, 1,920 findings) renders well-formed with every finding")
    func largePortfolio() throws {
        let files = (0..<120).map { number in
            CheckedFile(
                path: "doc\(number).yaml",
                documents: [
                    DocumentSummary(
                        index: 0, id: "doc-\(number)", title: "Partnership \(number)", country: "Country \(number)",
                        roles: ["origin"], routes: ["atlantic"], currency: "EUR",
                        budgetByArea: [
                            AreaAmount(area: "border-management", amount: Double(number) * 1e6),
                            AreaAmount(area: "protection", amount: 5e6),
                        ])
                ])
        }
        let findings = files.flatMap { file in
            HTMLReportFixture.rules.indices.flatMap { ruleIndex in
                (0..<2).map { repeatIndex in
                    Finding(
                        ruleID: HTMLReportFixture.rules[ruleIndex].id, severity: .warning, message: "message",
                        location: Location(
                            file: file.path,
                            span: SourceSpan(at: SourcePosition(offset: 0, line: ruleIndex + 1, column: 1))),
                        fingerprint: "\(file.path)-\(ruleIndex)-\(repeatIndex)")
                }
            }
        }
        let report = Report(
            files: files, findings: findings, rules: HTMLReportFixture.rules, principles: HTMLReportFixture.principles)
        let clock = ContinuousClock()
        var html = ""
        let elapsed = clock.measure { html = HTMLReporter().render(report, context: HTMLReportFixture.context) }
        let page = try HTMLPage(html)
        #expect(page.all("article").count == findings.count)
        #expect(page.all("svg").count == files.count)
        #expect(page.element(id: "matrix")?.all("tbody").first?.children.count == files.count)
        print("rendered \(findings.count) findings in \(elapsed), \(html.utf8.count) bytes")
    }

    @Test("odd amounts (negative, infinite, NaN, repeated areas) neither crash nor draw nonsense")
    func oddAmounts() throws {
        let summary = DocumentSummary(
            index: 0, title: "Odd", currency: nil,
            budgetByArea: [
                AreaAmount(area: "protection", amount: -5), AreaAmount(area: "border-management", amount: .infinity),
                AreaAmount(area: "root-causes", amount: .nan), AreaAmount(area: "protection", amount: 10),
            ])
        let report = Report(
            files: [CheckedFile(path: "odd.yaml", documents: [summary])], findings: [], rules: [], principles: [])
        let page = try HTMLPage(HTMLReporter().render(report, context: HTMLReportFixture.context))
        let widths = page.all("rect").compactMap { $0.attributes["width"] }.compactMap(Double.init)
        #expect(widths.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 370 })
        let rows = page.all("table").first { $0.hasClass("budget") }?.all("tbody").first?.children.map {
            $0.children[0].text
        }
        #expect(rows == ["border-management", "protection", "root-causes"])
    }
}
