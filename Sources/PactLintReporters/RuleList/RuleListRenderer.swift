import PactLint

/// Renders the list of rules that `pactlint rules` prints: id, name, principle, severity and
/// title of each rule, in text, JSON or Markdown.
///
/// Like the reporters, a pure function of its input and the injected context. Rule text is
/// escaped for each medium as in the report formats.
public struct RuleListRenderer: Sendable {
    /// The formats a rule list comes in.
    public enum Format: String, Sendable, CaseIterable {
        /// Aligned columns for a terminal.
        case text
        /// `{"schemaVersion": 1, "tool": …, "rules": […], "principles": […]}`, with the rule and
        /// principle objects of `docs/json-format.md`.
        case json
        /// A Markdown table.
        case markdown
    }

    /// The format this renderer writes.
    public var format: Format

    /// A renderer for `format`.
    public init(format: Format) {
        self.format = format
    }

    /// Writes `rules` in the renderer's format, in the order given; `principles` supply the
    /// principle titles the Markdown table shows and the principle list of the JSON.
    public func write<Output: TextOutputStream>(
        rules: [RuleMetadata], principles: [Principle], context: ReportContext, to output: inout Output
    ) {
        switch format {
        case .text: writeText(rules, principles: principles, to: &output)
        case .json: writeJSON(rules, principles: principles, context: context, to: &output)
        case .markdown: writeMarkdown(rules, principles: principles, to: &output)
        }
    }

    /// Renders `rules` into a string.
    public func render(rules: [RuleMetadata], principles: [Principle], context: ReportContext) -> String {
        var output = ""
        write(rules: rules, principles: principles, context: context, to: &output)
        return output
    }

    private func writeText<Output: TextOutputStream>(
        _ rules: [RuleMetadata], principles: [Principle], to output: inout Output
    ) {
        let header = ["ID", "NAME", "PRINCIPLE", "SEVERITY", "TITLE"]
        let rows =
            [header]
            + rules.map { rule in
                [rule.id, rule.name, rule.principle, rule.severity.rawValue, rule.title].map {
                    ControlCharacterEscaping.escape($0)
                }
            }
        var widths = [Int](repeating: 0, count: header.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], Self.width(cell)) }
        }
        for row in rows {
            var line = ""
            for (column, cell) in row.enumerated() {
                line += cell
                if column < row.count - 1 {
                    line += String(repeating: " ", count: widths[column] - Self.width(cell) + 2)
                }
            }
            output.write(line + "\n")
        }
        output.write("\(Counting.phrase(rules.count, "rule"))\n")
    }

    private func writeJSON<Output: TextOutputStream>(
        _ rules: [RuleMetadata], principles: [Principle], context: ReportContext, to output: inout Output
    ) {
        let document = JSONValue.object([
            "schemaVersion": .int(JSONReporter.schemaVersion),
            "tool": .object([
                "name": .string("pactlint"),
                "version": .string(context.toolVersion),
                "rulePackVersion": .string(context.rulePackVersion),
            ]),
            "rules": .array(rules.map(JSONReporter.json)),
            "principles": .array(principles.map(JSONReporter.json)),
        ])
        document.write(to: &output)
        output.write("\n")
    }

    private func writeMarkdown<Output: TextOutputStream>(
        _ rules: [RuleMetadata], principles: [Principle], to output: inout Output
    ) {
        var titles: [String: String] = [:]
        for principle in principles where titles[principle.id] == nil { titles[principle.id] = principle.title }
        output.write("| Rule | Name | Principle | Severity | Title |\n| --- | --- | --- | --- | --- |\n")
        for rule in rules {
            let principle = titles[rule.principle].map(MarkdownEscaping.inline) ?? MarkdownEscaping.code(rule.principle)
            let cells = [
                MarkdownEscaping.code(rule.id), MarkdownEscaping.inline(rule.name), principle, rule.severity.rawValue,
                MarkdownEscaping.inline(rule.title),
            ]
            output.write("| " + cells.joined(separator: " | ") + " |\n")
        }
    }

    private static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
    }
}
