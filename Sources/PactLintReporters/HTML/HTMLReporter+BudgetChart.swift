import PactLint

// The budget balance chart: the migration budget by area as horizontal SVG bars, control-oriented
// areas in one colour family and the other side of the balance in another, with the
// control-oriented share against the threshold, followed by the same numbers as a table.

extension HTMLReporter {
    /// Which side of the balance an area is on.
    enum AreaSide: String {
        /// border-management, smuggling-trafficking, return-readmission.
        case control
        /// protection, legal-migration, root-causes.
        case balance
        /// The other migration areas: counted in the migration budget, on neither side.
        case otherMigration = "other-migration"
        /// Areas beyond migration, and `mixed`: not part of the migration budget.
        case neutral

        init(area: String) {
            switch area {
            case "border-management", "smuggling-trafficking", "return-readmission": self = .control
            case "protection", "legal-migration", "root-causes": self = .balance
            case "reintegration", "search-and-rescue": self = .otherMigration
            default: self = .neutral
            }
        }

        /// How the side reads in the table and the legend.
        var label: String {
            switch self {
            case .control: "control-oriented"
            case .balance: "protection, legal pathways, root causes"
            case .otherMigration: "other migration area"
            case .neutral: "outside the migration budget"
            }
        }

        /// The bar colour; see `HTMLReporter.styleSheet` for the contrast ratios.
        var colour: String {
            switch self {
            case .control: "#b54708"
            case .balance: "#175cd3"
            case .otherMigration, .neutral: "#667085"
            }
        }

        /// Chart order: control first, then the other side, then the rest.
        var order: Int {
            switch self {
            case .control: 0
            case .balance: 1
            case .otherMigration: 2
            case .neutral: 3
            }
        }
    }

    /// The numbers behind the chart.
    struct BudgetBalance {
        /// Areas in chart order, with their amounts summed (an area listed twice is added up).
        var areas: [(area: String, amount: Double, side: AreaSide)]
        var control: Double
        var balance: Double
        var migration: Double
        /// Amounts of `mixed` lines, which the share cannot attribute.
        var unsplit: Double
        /// `control / migration`, or `nil` when the migration budget is zero.
        var controlShare: Double? { migration > 0 ? control / migration : nil }

        init(_ amounts: [AreaAmount]) {
            var merged: [(area: String, amount: Double, side: AreaSide)] = []
            for item in amounts {
                let amount = item.amount.isFinite ? max(item.amount, 0) : 0
                if let existing = merged.firstIndex(where: { $0.area == item.area }) {
                    merged[existing].amount += amount
                } else {
                    merged.append((item.area, amount, AreaSide(area: item.area)))
                }
            }
            // A stable sort by side keeps document order within each side.
            areas = merged.enumerated().sorted { lhs, rhs in
                (lhs.element.side.order, lhs.offset) < (rhs.element.side.order, rhs.offset)
            }.map(\.element)
            control = areas.filter { $0.side == .control }.reduce(0) { $0 + $1.amount }
            balance = areas.filter { $0.side == .balance }.reduce(0) { $0 + $1.amount }
            migration = areas.filter { $0.side != .neutral }.reduce(0) { $0 + $1.amount }
            unsplit = areas.filter { $0.area == "mixed" }.reduce(0) { $0 + $1.amount }
        }
    }

    func writeBudgetBalance(_ summary: DocumentSummary, anchor: String, title: String, into html: inout HTMLWriter) {
        html.element("h3", [("id", anchor + "-budget")], text: "Budget balance")
        html.newline()
        let balance = BudgetBalance(summary.budgetByArea)
        guard !balance.areas.isEmpty else {
            html.element("p", text: "The document states no budget lines by area.")
            html.newline()
            return
        }
        let currency = summary.currency
        let shareText = shareSentence(balance, currency: currency)
        // The sentence, legend and chart stay together on a printed page.
        html.open("div", [("class", "balance")])
        html.element("p", [("class", "share" + ((balance.controlShare ?? 0) > controlShareThreshold ? " over" : ""))]) {
            html in html.text(shareText)
        }
        html.newline()
        html.element("ul", [("class", "legend")]) { html in
            for side in [AreaSide.control, .balance, .neutral] {
                html.element("li") { html in
                    html.element(
                        "span",
                        [
                            ("class", "swatch swatch-\(side == .neutral ? "neutral" : side.rawValue)"),
                            ("aria-hidden", "true"),
                        ], text: "")
                    html.text(side == .neutral ? "other areas" : side.label)
                }
            }
        }
        html.newline()
        html.element("figure", [("class", "chart")]) { html in
            writeBudgetSVG(
                balance, currency: currency, anchor: anchor, title: "Budget balance of " + title,
                description: shareText,
                into: &html)
            html.newline()
            html.element(
                "figcaption", [("class", "muted")],
                text: "The top bar splits the migration budget (migration areas only) and marks the threshold; "
                    + "the bars below show every area to one scale. The table below has the same numbers.")
        }
        html.close("div")
        html.newline()
        writeBudgetTable(balance, currency: currency, into: &html)
    }

    private func shareSentence(_ balance: BudgetBalance, currency: String?) -> String {
        guard let share = balance.controlShare else {
            return "No amount is attributed to a migration area, so the control-oriented share cannot be computed."
        }
        let verdict =
            share > controlShareThreshold
            ? "above the \(Self.percent(controlShareThreshold)) threshold"
            : "within the \(Self.percent(controlShareThreshold)) threshold"
        var sentence =
            "Control-oriented areas take \(Self.percent(share)) of the migration budget "
            + "(\(Self.money(balance.control, currency: currency, compact: true)) of "
            + "\(Self.money(balance.migration, currency: currency, compact: true))): \(verdict)."
        if balance.unsplit > 0 {
            sentence +=
                " \(Self.money(balance.unsplit, currency: currency, compact: true)) not split by area (mixed) "
                + "is left out of the share."
        }
        return sentence
    }

    private func writeBudgetSVG(
        _ balance: BudgetBalance, currency: String?, anchor: String, title: String, description: String,
        into html: inout HTMLWriter
    ) {
        let labelWidth = 200.0
        let barWidth = 370.0
        let width = 780.0
        let shareTop = 34.0
        let rowsTop = 96.0
        let rowHeight = 28.0
        let height = rowsTop + rowHeight * Double(balance.areas.count) + 8
        let maximum = balance.areas.map(\.amount).max() ?? 0
        html.open(
            "svg",
            [
                ("viewBox", "0 0 \(Int(width)) \(Int(height))"), ("role", "img"),
                ("aria-labelledby", "\(anchor)-chart-title \(anchor)-chart-desc"), ("class", "budget-chart"),
            ])
        html.element("title", [("id", "\(anchor)-chart-title")], text: title)
        html.element("desc", [("id", "\(anchor)-chart-desc")], text: description)
        html.newline()

        // The share bar: control, other side, other migration areas, stacked to 100 %.
        html.element(
            "text", [("x", "0"), ("y", "18"), ("class", "chart-heading")], text: "Share of the migration budget")
        html.newline()
        if balance.migration > 0 {
            var x = labelWidth
            for side in [AreaSide.control, .balance, .otherMigration] {
                let amount = balance.areas.filter { $0.side == side }.reduce(0) { $0 + $1.amount }
                let segment = barWidth * amount / balance.migration
                guard segment > 0 else { continue }
                html.empty(
                    "rect",
                    [
                        ("x", Self.svgNumber(x)), ("y", Self.svgNumber(shareTop)), ("width", Self.svgNumber(segment)),
                        ("height", "22"), ("fill", side.colour), ("stroke", "#ffffff"), ("stroke-width", "1"),
                    ])
                x += segment
            }
            html.element(
                "text",
                [("x", Self.svgNumber(labelWidth - 8)), ("y", Self.svgNumber(shareTop + 16)), ("text-anchor", "end")],
                text: "migration budget")
            html.element(
                "text",
                [
                    ("x", Self.svgNumber(labelWidth + barWidth + 8)), ("y", Self.svgNumber(shareTop + 16)),
                    ("font-weight", "bold"),
                ],
                text: Self.percent(balance.controlShare ?? 0) + " control-oriented")
            let thresholdX = labelWidth + barWidth * min(max(controlShareThreshold, 0), 1)
            // A white halo under the dashed line keeps it visible on either colour.
            for (colour, strokeWidth, dashes) in [("#ffffff", "5", nil), ("#101828", "2", "4 3")] {
                html.empty(
                    "line",
                    [
                        ("x1", Self.svgNumber(thresholdX)), ("x2", Self.svgNumber(thresholdX)),
                        ("y1", Self.svgNumber(shareTop - 6)), ("y2", Self.svgNumber(shareTop + 30)),
                        ("stroke", colour), ("stroke-width", strokeWidth), ("stroke-dasharray", dashes),
                    ])
            }
            html.element(
                "text",
                [("x", Self.svgNumber(thresholdX)), ("y", Self.svgNumber(shareTop + 46)), ("text-anchor", "middle")],
                text: "\(Self.percent(controlShareThreshold)) threshold")
            html.newline()
        }

        // One bar per area, scaled to the largest.
        for (row, item) in balance.areas.enumerated() {
            let y = rowsTop + rowHeight * Double(row)
            let length = maximum > 0 ? barWidth * item.amount / maximum : 0
            html.element(
                "text", [("x", Self.svgNumber(labelWidth - 8)), ("y", Self.svgNumber(y + 14)), ("text-anchor", "end")],
                text: Self.truncated(item.area, 26))
            html.empty(
                "rect",
                [
                    ("x", Self.svgNumber(labelWidth)), ("y", Self.svgNumber(y + 1)), ("width", Self.svgNumber(length)),
                    ("height", "18"), ("fill", item.side.colour),
                ])
            html.element(
                "text", [("x", Self.svgNumber(labelWidth + length + 6)), ("y", Self.svgNumber(y + 14))],
                text: Self.money(item.amount, currency: currency, compact: true))
            html.newline()
        }
        html.close("svg")
    }

    private func writeBudgetTable(_ balance: BudgetBalance, currency: String?, into html: inout HTMLWriter) {
        html.open("table", [("class", "budget")])
        html.element("caption", text: "Budget by area" + (currency.map { " (\($0))" } ?? ""))
        html.element("thead") { html in
            html.element("tr") { html in
                html.element("th", [("scope", "col")], text: "Area")
                html.element("th", [("scope", "col")], text: "Side of the balance")
                html.element("th", [("scope", "col"), ("class", "num")], text: "Amount")
                html.element("th", [("scope", "col"), ("class", "num")], text: "Share of the migration budget")
            }
        }
        html.newline()
        html.open("tbody")
        html.newline()
        for item in balance.areas {
            html.element("tr") { html in
                html.element("th", [("scope", "row")], text: item.area)
                html.element("td", text: item.side.label)
                html.element("td", [("class", "num")], text: Self.fullAmount(item.amount))
                let share =
                    item.side != .neutral && balance.migration > 0 ? Self.percent(item.amount / balance.migration) : "—"
                html.element("td", [("class", "num")], text: share)
            }
            html.newline()
        }
        html.close("tbody")
        html.close("table")
        html.newline()
    }

    /// A coordinate with at most one decimal, so that the golden file is stable.
    static func svgNumber(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        return fraction == 0 ? String(whole) : "\(tenths < 0 && whole == 0 ? "-" : "")\(whole).\(fraction)"
    }

    /// `text` cut to `limit` characters with an ellipsis, for chart labels (the table has it in full).
    static func truncated(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
