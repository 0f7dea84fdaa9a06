import PactLint

/// The small report whose rendering is the example in `docs/json-format.md`.
enum DocExampleFixture {
    static let file = FixtureFile(
        path: "partnerships/alvaria.yaml",
        text: """
            schema: partnership/v1
            id: eu-alv-2025-mou
            title: EU–Alvaria strategic partnership
            partner:
              country: Alvaria
              roles: [origin, transit]
            budget:
              currency: EUR
              lines:
                # pactlint-disable-next-line BAL-01 -- split agreed in the 2026 review -- until 2026-12-31
                - {id: b1, area: border-management, amount: 105000000}
                - {id: b2, area: legal-migration, amount: 20000000}
            """)

    static var report: Report {
        Report(
            files: [
                CheckedFile(
                    path: file.path,
                    documents: [
                        DocumentSummary(
                            index: 0, id: "eu-alv-2025-mou", title: "EU–Alvaria strategic partnership",
                            country: "Alvaria", roles: ["origin", "transit"], currency: "EUR",
                            budgetByArea: [
                                AreaAmount(area: "border-management", amount: 105_000_000),
                                AreaAmount(area: "legal-migration", amount: 20_000_000),
                            ])
                    ])
            ],
            findings: [
                Finding(
                    ruleID: "BAL-01", severity: .warning,
                    message: "Control-oriented areas take 84% of the migration budget lines (limit 50%)",
                    location: file.location(line: 11, "{id: b1", path: "$['budget']['lines'][0]"),
                    related: [
                        RelatedLocation(
                            location: file.location(line: 12, "{id: b2", path: "$['budget']['lines'][1]"),
                            message: "the only line in a protection or pathway area")
                    ],
                    waiver: Waiver(
                        scope: .nextLine, reason: "split agreed in the 2026 review", until: "2026-12-31",
                        location: file.location(line: 10, "# pactlint", endLine: 10, "2026-12-31", path: nil)),
                    fingerprint: "8d41e07b2a9f6c13")
            ],
            rules: [ReportFixture.rules[0]],
            principles: [ReportFixture.principles[1]],
            baselineSuppressed: 0,
            failOn: .error)
    }
}
