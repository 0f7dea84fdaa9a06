import Foundation
import PactLint
import Testing

@testable import PactLintReporters

@Suite struct RuleListRendererTests {
    static var rules: [RuleMetadata] {
        ReportFixture.rules + [
            RuleMetadata(
                id: "EVIL-01", name: "evil|name", title: ReportFixture.hostile, principle: "protection",
                severity: .info)
        ]
    }

    private func render(_ format: RuleListRenderer.Format) -> String {
        RuleListRenderer(format: format).render(
            rules: Self.rules, principles: ReportFixture.principles, context: ReportFixture.context)
    }

    @Test(arguments: RuleListRenderer.Format.allCases)
    func matchesGolden(_ format: RuleListRenderer.Format) throws {
        let name = ["text": "rules.txt", "json": "rules.json", "markdown": "rules.md"][format.rawValue] ?? ""
        try Golden.check(render(format), named: name)
    }

    @Test func textColumnsAlignAndControlsAreVisible() {
        let lines = render(.text).split(separator: "\n")
        #expect(lines.count == Self.rules.count + 2)
        let titleColumn = lines[0].range(of: "TITLE")?.lowerBound.utf16Offset(in: lines[0])
        let first = lines[1]
        #expect(first.hasPrefix("BAL-01  "))
        #expect(first.range(of: "Budget balanced")?.lowerBound.utf16Offset(in: first) == titleColumn)
        #expect(!render(.text).contains("\u{1B}"))
        #expect(lines.last == "8 rules")
    }

    @Test func jsonListsRulesAndPrinciples() throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(render(.json).utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        let rules = try #require(json["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == Self.rules.map(\.id))
        #expect(rules.last?["title"] as? String == ReportFixture.hostile)
        #expect((json["principles"] as? [Any])?.count == ReportFixture.principles.count)
    }

    @Test func markdownRowsKeepTheirColumns() {
        let rows = render(.markdown).split(separator: "\n").dropFirst(2)
        #expect(rows.count == Self.rules.count)
        for row in rows {
            var cells = 0
            var escaped = false
            for character in row {
                if character == "|" && !escaped { cells += 1 }
                escaped = character == "\\" && !escaped
            }
            #expect(cells == 6, "\(row)")
        }
        #expect(
            rows.first
                == "| `BAL-01` | budget-balance | Balanced | warning | Budget balanced between control and other areas |"
        )
    }
}
