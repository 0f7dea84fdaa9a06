import PactLint
import YAMLSource

/// A hand-built portfolio report: three partnership documents with budgets, findings across
/// principles (one waived, one with a related location), a file that failed to parse, rule
/// sources with and without links — and a hostile partnership title and rule text, which must
/// render as text.
enum HTMLReportFixture {
    static let hostileTitle = "<script>alert(1)</script> Borenia package \" onmouseover=\"alert(2)"

    static let context = ReportContext(
        toolVersion: "0.1.0-test", rulePackVersion: "2026.11.0", timestamp: "2026-11-29T10:00:00Z",
        workingDirectory: "/work/project")

    static let principles = [
        Principle(
            id: "comprehensive", title: "Comprehensive",
            description: "The partnership covers all key migration areas and is not handled in isolation."),
        Principle(
            id: "balanced", title: "Balanced",
            description: "Control-oriented measures are balanced by protection, legal pathways and root causes."),
        Principle(
            id: "whole-of-route", title: "Whole of route",
            description: "Partnerships along a route cover origin, transit and destination together."),
        Principle(
            id: "protection-rights", title: "Protection and rights",
            description: "Fundamental rights safeguards accompany support to partner authorities."),
        Principle(
            id: "governance", title: "Governance",
            description: "Scrutiny, monitoring and publication of the partnership."),
    ]

    static let rules = [
        RuleMetadata(
            id: "COMP-03", name: "return-needs-reintegration", title: "Return needs reintegration",
            principle: "comprehensive", severity: .warning,
            help: "Add an action with area `reintegration` that has a budget line.",
            rationale: "The Pact says readmission is to be \"complemented by cooperation on reintegration\".",
            sources: [
                "Pact — COM(2020) 609, section 6",
                "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=COM:2020:609:FIN",
            ]),
        RuleMetadata(
            id: "COMP-05", name: "legal-pathway-present", title: "A legal pathway is present",
            principle: "comprehensive",
            severity: .error, help: "Add a `legal_pathways` entry, e.g. a talent partnership.",
            rationale: "Legal pathways are part of every comprehensive partnership under the Pact.",
            sources: ["Pact", "https://eur-lex.europa.eu/eli/reg/2024/1351/oj"]),
        RuleMetadata(
            id: "BAL-01", name: "budget-balance", title: "Budget balance", principle: "balanced", severity: .warning,
            help:
                "Split migration budget lines by area and rebalance towards protection, legal pathways and root causes.",
            rationale: "A control-heavy envelope contradicts the balanced approach of the Pact.",
            sources: ["Pact", "EP resolution of 19 May 2021 <on human rights & migration>", "javascript:alert(3)"]),
        RuleMetadata(
            id: "BAL-02", name: "reciprocity", title: "Reciprocal commitments", principle: "balanced",
            severity: .warning,
            help: "Pair readmission commitments with legal pathways or visa facilitation.",
            rationale: "Partnerships are meant to be mutually beneficial.",
            sources: ["ECA special report 17/2021"]),
        RuleMetadata(
            id: "WOR-02", name: "route-roles-covered", title: "Route roles covered", principle: "whole-of-route",
            severity: .info, help: "Name the partnerships that cover the other roles on the route.",
            rationale: "AMMR Art. 3(1) asks to address the relevant migratory routes.", sources: ["AMMR Art. 3(1)"]),
        RuleMetadata(
            id: "PROT-01", name: "prior-impact-assessment", title: "Prior human-rights impact assessment",
            principle: "protection-rights", severity: .error,
            help: "Carry out and publish a formal human-rights impact assessment before support starts.",
            rationale: "The Ombudsman found that no formal impact assessment preceded the EU–Tunisia MoU.",
            sources: ["European Ombudsman OI/2/2024/MHZ", "https://www.ombudsman.europa.eu/en/case/en/65778"]),
        RuleMetadata(
            id: "PROT-05", name: "allegation-procedure", title: "Allegation procedure", principle: "protection-rights",
            severity: .error, help: "Set up a procedure to record and follow up allegations of violations.",
            rationale: "ECA 17/2024 found no such procedure in the Trust Fund for Africa.", sources: ["ECA17/2024"]),
        RuleMetadata(
            id: "GOV-06", name: "independent-monitoring", title: "Independent monitoring", principle: "governance",
            severity: .warning, help: "Provide for independent monitors or civil-society access.",
            rationale: "EP2021 notes the absence of monitoring.", sources: ["EP2021"]),
    ]

    static let alvaria = "Samples/portfolio/alvaria-mou.yaml"
    static let borenia = "Samples/portfolio/borenia-package.yaml"
    static let corvia = "Samples/portfolio/corvia-declaration.yaml"
    static let broken = "Samples/portfolio/draft-broken.yaml"

    static let files = [
        CheckedFile(
            path: alvaria,
            documents: [
                DocumentSummary(
                    index: 0, id: "eu-alv-2025-mou",
                    title: "Memorandum of Understanding on a Strategic Partnership between the EU and Alvaria",
                    country: "Alvaria", roles: ["origin", "transit"], routes: ["central-mediterranean"],
                    currency: "EUR",
                    budgetByArea: [
                        AreaAmount(area: "macroeconomic-stability", amount: 150_000_000),
                        AreaAmount(area: "border-management", amount: 105_000_000),
                        AreaAmount(area: "smuggling-trafficking", amount: 20_000_000),
                        AreaAmount(area: "return-readmission", amount: 15_000_000),
                        AreaAmount(area: "protection", amount: 12_500_000),
                        AreaAmount(area: "legal-migration", amount: 8_000_000),
                        AreaAmount(area: "root-causes", amount: 30_000_000),
                        AreaAmount(area: "energy", amount: 300_000_000),
                    ])
            ]),
        CheckedFile(
            path: borenia,
            documents: [
                DocumentSummary(
                    index: 0, id: "eu-bor-2024-package", title: hostileTitle, country: "Borenia <b>&amp;</b>",
                    roles: ["host", "transit"], routes: ["eastern-mediterranean", "central-mediterranean"],
                    currency: "EUR",
                    budgetByArea: [
                        AreaAmount(area: "protection", amount: 300_000_000),
                        AreaAmount(area: "border-management", amount: 110_000_000),
                        AreaAmount(area: "return-readmission", amount: 40_000_000),
                        AreaAmount(area: "root-causes", amount: 80_000_000),
                        AreaAmount(area: "reintegration", amount: 12_000_000),
                    ])
            ]),
        CheckedFile(
            path: corvia,
            documents: [
                DocumentSummary(
                    index: 0, id: "eu-cor-2023-declaration",
                    title: "Joint Declaration on Migration and Mobility between the EU and Corvia", country: "Corvia",
                    roles: ["origin", "destination"], routes: ["atlantic"], currency: "EUR",
                    budgetByArea: [
                        AreaAmount(area: "mixed", amount: 200_000_000),
                        AreaAmount(area: "legal-migration", amount: 20_000_000),
                    ])
            ]),
        CheckedFile(path: broken, documents: []),
    ]

    static func position(_ line: Int, _ column: Int, offset: Int = 0) -> SourcePosition {
        SourcePosition(offset: offset, line: line, column: column)
    }

    static func location(
        _ file: String, _ line: Int, _ column: Int, to endColumn: Int, path: String?, excerpt: SourceExcerpt?
    ) -> Location {
        Location(
            file: file, span: SourceSpan(start: position(line, column), end: position(line, endColumn)), document: 0,
            path: path, excerpt: excerpt)
    }

    static let findings: [Finding] = [
        Finding(
            ruleID: "BAL-01", severity: .warning,
            message: "Control-oriented areas take 73.5 % of the migration budget (EUR 140 m of EUR 190.5 m); "
                + "the limit is 50 %.",
            location: location(
                alvaria, 40, 1, to: 7, path: "$['budget']",
                excerpt: SourceExcerpt(
                    firstLine: 40,
                    lines: ["budget:", "  currency: EUR", "  total: 640500000", "  lines:", "    - id: b1"])),
            fingerprint: "bal01-alvaria-3f9a"),
        Finding(
            ruleID: "COMP-03", severity: .warning,
            message: "Action a3 has area return-readmission, but no action with area reintegration has a budget line.",
            location: location(
                alvaria, 28, 11, to: 29, path: "$['actions'][2]['area']",
                excerpt: SourceExcerpt(
                    firstLine: 26,
                    lines: [
                        "  - id: a3", "    pillar: migration-mobility", "    area: return-readmission",
                        "    title: Assisted voluntary return", "    implementers: [IOM]",
                    ])),
            fingerprint: "comp03-alvaria-77c1"),
        Finding(
            ruleID: "PROT-01", severity: .error,
            message: "Support goes to the coast guard, but safeguards.impact_assessment is not stated.",
            location: location(
                alvaria, 61, 1, to: 12, path: "$['safeguards']",
                excerpt: SourceExcerpt(
                    firstLine: 60,
                    lines: ["", "safeguards:", "  human_rights_clause: Article 2 of the Association Agreement"])),
            fingerprint: "prot01-alvaria-0b2e"),
        Finding(
            ruleID: "PROT-05", severity: .error,
            message:
                "No procedure records and follows up allegations of violations (safeguards.allegation_procedure is false).",
            location: location(
                alvaria, 66, 25, to: 30, path: "$['safeguards']['allegation_procedure']",
                excerpt: SourceExcerpt(
                    firstLine: 65,
                    lines: ["  non_refoulement: true", "  allegation_procedure: false", "  end_user_vetting: false"])),
            waiver: Waiver(
                scope: .nextLine, reason: "Procedure agreed in the 2026 annex; see <annex.pdf> & minutes.",
                until: "2026-12-31",
                location: location(alvaria, 65, 3, to: 70, path: nil, excerpt: nil)),
            fingerprint: "prot05-alvaria-d41d"),
        Finding(
            ruleID: "GOV-06", severity: .warning,
            message:
                "There are control-oriented actions but no independent monitoring (safeguards.independent_monitoring is not stated).",
            location: location(
                borenia, 70, 1, to: 11, path: "$['safeguards']",
                excerpt: SourceExcerpt(
                    firstLine: 69,
                    lines: ["", "safeguards:", "  non_refoulement: \"<img src=x onerror=alert(4)>\""])),
            fingerprint: "gov06-borenia-9e8f"),
        Finding(
            ruleID: "WOR-02", severity: .info,
            message: "On route eastern-mediterranean no partnership covers the origin role.",
            location: location(
                borenia, 12, 10, to: 31, path: "$['routes'][0]",
                excerpt: SourceExcerpt(firstLine: 12, lines: ["routes: [eastern-mediterranean, central-mediterranean]"])
            ),
            related: [
                RelatedLocation(
                    location: location(alvaria, 14, 9, to: 30, path: "$['routes'][0]", excerpt: nil),
                    message: "Alvaria covers origin on central-mediterranean only")
            ],
            fingerprint: "wor02-borenia-51aa"),
        Finding(
            ruleID: "BAL-01", severity: .warning,
            message: "Migration budget line b7 (EUR 200,000,000) is not split by area (area: mixed).",
            location: location(
                corvia, 48, 13, to: 18, path: "$['budget']['lines'][0]['area']",
                excerpt: SourceExcerpt(
                    firstLine: 46,
                    lines: [
                        "    - id: b7", "      amount: 200000000", "      area: mixed", "      instrument: NDICI-GE",
                    ])),
            fingerprint: "bal01-corvia-aa10"),
        Finding(
            ruleID: "COMP-05", severity: .error,
            message: "Corvia has the origin role, but the partnership names no legal pathway.",
            location: location(
                corvia, 1, 1, to: 7, path: "$",
                excerpt: SourceExcerpt(firstLine: 1, lines: ["schema: partnership/v1", "id: eu-cor-2023-declaration"])),
            fingerprint: "comp05-corvia-1c2d"),
        Finding(
            ruleID: "BAL-02", severity: .warning,
            message:
                "The partner commits to readmission-own-nationals; the EU commits to neither legal-pathways nor visa-facilitation.",
            location: location(
                corvia, 30, 12, to: 38, path: "$['commitments']['partner'][0]",
                excerpt: SourceExcerpt(
                    firstLine: 29,
                    lines: ["commitments:", "  partner: [readmission-own-nationals]", "  eu: [investment]"])),
            fingerprint: "bal02-corvia-4b4b"),
        Finding(
            ruleID: "pactlint/yaml-syntax", severity: .error,
            message: "Found a tab character where indentation was expected; indent with spaces.",
            location: Location(
                file: broken, span: SourceSpan(at: position(7, 1, offset: 112)), document: 0, path: nil,
                excerpt: SourceExcerpt(firstLine: 6, lines: ["actions:", "\t- id: a1", "    area: protection"])),
            fingerprint: "yaml-syntax-broken-7"),
    ]

    /// The whole report; findings sorted by file, line, column, rule id as `Report` promises.
    static var report: Report {
        let sorted = findings.sorted { lhs, rhs in
            (lhs.location.file, lhs.location.span.start.line, lhs.location.span.start.column, lhs.ruleID)
                < (rhs.location.file, rhs.location.span.start.line, rhs.location.span.start.column, rhs.ruleID)
        }
        return Report(
            files: files, findings: sorted, rules: rules, principles: principles, baselineSuppressed: 2, failOn: .error)
    }
}
