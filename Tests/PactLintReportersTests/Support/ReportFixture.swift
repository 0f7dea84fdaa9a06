import PactLint

/// A realistic report, built by hand: three files (one of them unparsable), several documents,
/// findings of every severity, a waived finding, a related location, and a document whose text
/// is hostile to every output medium.
enum ReportFixture {
    /// The context every golden file is rendered with.
    static let context = ReportContext(
        toolVersion: "0.1.0", rulePackVersion: "2026.1", timestamp: "2026-11-29T10:00:00Z",
        workingDirectory: "/home/drafter/pact partnerships")

    /// Text that tries to colour a terminal, forge a workflow command, inject HTML and break a
    /// Markdown table, with NUL, line breaks and a bidi override for good measure.
    static let hostile =
        "\u{1B}[31mRED\u{1B}[0m\u{1B}]0;pwned\u{07} | <script>alert('x')</script>\n::error file=forged.yaml,line=1::forged"
        + "\r\n100% `tick` [link](https://example.com) @octocat *bold* $x$ \u{0}NUL \u{202E}txt.exe"

    static let tunisia = FixtureFile(
        path: "partnerships/tunisia.yaml",
        text: """
            schema: partnership/v1
            id: eu-tun-2026
            title: EU–Tunisia comprehensive partnership
            partner:
              country: Tunisia
              roles: [origin, transit]
            routes: [central-mediterranean]
            actions:
              # pactlint-disable-next-line COMP-03 -- reintegration is funded by the 2025 EUTF | programme
              - id: a1
                area: return-readmission
                title: Return and readmission support
            budget:
              currency: EUR
              lines:
                - {id: b1, area: border-management, amount: 4000000}
                - {id: b2, area: legal-migration, amount: 500000}
            context:
              summary: The partner is a country of origin and transit on the central Mediterranean route.
            ---
            schema: partnership/v1
            id: eu-tun-2026-annex
            title: Annex — search and rescue
            partner:
              country: Tunisia
            routes: [central-mediterranean]
            """)

    static let senegal = FixtureFile(
        path: "partnerships/sénégal 2026.yaml",
        text: #"""
            schema: partnership/v1
            id: eu-sen-2026
            title: "<b>Sénégal</b> | partnership `2026` \e[2J"
            partner:
              country: Sénégal
              roles: [origin]
            actions:
              - id: a1
                area: border-management
                title: "Patrouilles 🇪🇺 côtières 叶 \e[31mRED\e[0m"
                safeguards: []
            context:
              summary: The partner is a country of origin and transit on the central Mediterranean route.
            """#)

    static let broken = FixtureFile(
        path: "broken.yml",
        text: "id: broken\ntitle: bad\tvalue \u{1B}[2J and more\n")

    static let rules: [RuleMetadata] = [
        RuleMetadata(
            id: "BAL-01", name: "budget-balance", title: "Budget balanced between control and other areas",
            principle: "balanced", severity: .warning,
            help: "Split every migration budget line by area, and keep control-oriented areas at or below half.",
            rationale: "A partnership that mostly funds border control is not balanced.",
            sources: ["New Pact on Migration and Asylum, COM(2020) 609, section 6", "European Parliament 2021"],
            tags: ["budget"]),
        RuleMetadata(
            id: "COMP-03", name: "return-needs-reintegration", title: "Return comes with reintegration",
            principle: "comprehensive", severity: .warning,
            help: "Add an action with area reintegration that has a budget line.",
            sources: ["New Pact on Migration and Asylum, COM(2020) 609"]),
        RuleMetadata(
            id: "PROT-02", name: "suspension-criteria", title: "Suspension criteria defined and public",
            principle: "protection", severity: .error,
            help: "State under `safeguards.suspension_criteria` when support is suspended.",
            sources: ["European Ombudsman, OI/2/2024"]),
        RuleMetadata(
            id: "PROT-04", name: "non-refoulement", title: "Non-refoulement safeguard on control actions",
            principle: "protection", severity: .error,
            help: "List non-refoulement among the action's safeguards,\nand state safeguards.non_refoulement.",
            rationale: "Border and return actions must not expose people to refoulement.",
            sources: ["Regulation (EU) 2019/1896, Art. 72(3)", "PACE Resolution 2228 (2018)"],
            tags: ["safeguards", "rights"]),
        RuleMetadata(
            id: "ROUTE-01", name: "route-and-plan", title: "Route and action plan named",
            principle: "whole-of-route", severity: .info,
            help: "Set policy_frame.route_action_plan, e.g. central-mediterranean-2022.",
            sources: ["EU Action Plan on the Central Mediterranean (2022)"]),
        RuleMetadata(
            id: "TAIL-05", name: "distinct-narrative", title: "Each partnership tells its own story",
            principle: "tailor-made", severity: .warning,
            help: "Describe the partner's situation in its own terms.",
            sources: ["New Pact on Migration and Asylum, COM(2020) 609"], scope: .portfolio),
        RuleMetadata(
            id: "pactlint/yaml-syntax", name: "yaml-syntax", title: "File is valid YAML", principle: "pactlint",
            severity: .error, help: "Fix the YAML syntax; pactlint checks the other files meanwhile."),
    ]

    static let principles: [Principle] = [
        Principle(id: "comprehensive", title: "Comprehensive", description: "All key migration areas."),
        Principle(id: "balanced", title: "Balanced", description: "Control balanced with protection and pathways."),
        Principle(id: "tailor-made", title: "Tailor-made", description: "Built on the partner's situation."),
        Principle(id: "whole-of-route", title: "Whole-of-route", description: "Origin, transit and destination."),
        Principle(id: "protection", title: "Protection and rights", description: "Rights safeguarded."),
    ]

    static var files: [CheckedFile] {
        [
            CheckedFile(
                path: tunisia.path,
                documents: [
                    DocumentSummary(
                        index: 0, id: "eu-tun-2026", title: "EU–Tunisia comprehensive partnership", country: "Tunisia",
                        roles: ["origin", "transit"], routes: ["central-mediterranean"], currency: "EUR",
                        budgetByArea: [
                            AreaAmount(area: "border-management", amount: 4_000_000),
                            AreaAmount(area: "legal-migration", amount: 500_000.5),
                        ]),
                    DocumentSummary(
                        index: 1, id: "eu-tun-2026-annex", title: "Annex — search and rescue", country: "Tunisia",
                        routes: ["central-mediterranean"]),
                ]),
            CheckedFile(
                path: senegal.path,
                documents: [
                    DocumentSummary(
                        index: 0, id: "eu-sen-2026", title: "<b>Sénégal</b> | partnership `2026` \u{1B}[2J",
                        country: "Sénégal", roles: ["origin"])
                ]),
            CheckedFile(path: broken.path, documents: []),
        ]
    }

    static var findings: [Finding] {
        let waiverComment = tunisia.location(line: 9, "# pactlint", endLine: 9, "programme", path: nil)
        return [
            Finding(
                ruleID: "COMP-03", severity: .warning,
                message: "Action 'a1' returns people to Tunisia, but no reintegration action has a budget line",
                location: tunisia.location(line: 10, "id: a1", endLine: 12, "support", path: "$['actions'][0]"),
                waiver: Waiver(
                    scope: .nextLine, reason: "reintegration is funded by the 2025 EUTF | programme",
                    until: "2027-06-30", location: waiverComment),
                fingerprint: "3f0c1a9e5b7d2c44"),
            Finding(
                ruleID: "BAL-01", severity: .warning,
                message: "Control-oriented areas take 89% of the migration budget lines (limit 50%)",
                location: tunisia.location(line: 16, "{id: b1", endLine: 17, "500000}", path: "$['budget']['lines']"),
                fingerprint: "8d41e07b2a9f6c13"),
            Finding(
                ruleID: "ROUTE-01", severity: .info,
                message: "Route central-mediterranean has an action plan; name it in policy_frame.route_action_plan",
                location: tunisia.location(line: 26, "central-mediterranean", document: 1, path: "$['routes'][0]"),
                fingerprint: "5e93a2c8d1f04b76"),
            Finding(
                ruleID: "PROT-04", severity: .error,
                message: "Action 'Patrouilles 🇪🇺 côtières 叶 " + hostile + "' lacks a non-refoulement safeguard",
                location: senegal.location(line: 10, "\\e[31m", path: "$['actions'][0]['title']"),
                fingerprint: "a7d3e5f1098b2c64"),
            Finding(
                ruleID: "pactlint/yaml-syntax", severity: .error,
                message: "found character U+001B that cannot start any token",
                location: broken.location(line: 2, "\u{1B}", path: nil),
                fingerprint: "0b1c2d3e4f5a6b7c"),
            // The portfolio stage's findings come last.
            Finding(
                ruleID: "TAIL-05", severity: .warning,
                message: "context.summary is a near-duplicate (similarity 1.00) of eu-sen-2026's",
                location: tunisia.location(line: 19, "The partner", path: "$['context']['summary']"),
                related: [
                    RelatedLocation(
                        location: senegal.location(line: 13, "The partner", path: "$['context']['summary']"),
                        message: "the near-duplicate summary of eu-sen-2026")
                ],
                fingerprint: "c2b6f9d0e4a71385"),
        ]
    }

    /// The whole fixture report.
    static var report: Report {
        Report(
            files: files, findings: findings, rules: rules, principles: principles, baselineSuppressed: 2,
            failOn: .error, portfolioFindingCount: 1)
    }
}
