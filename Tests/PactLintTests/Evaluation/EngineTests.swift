import Foundation
import PactLint
import Testing
import YAMLSource

/// The engine's entry points: files, YAML errors, order, fingerprints, summaries, threads.
@Suite("Engine")
struct EngineTests {
    static let rules = """
        rules:
          - id: COMP-02
            name: needs-country
            title: Country
            principle: comprehensive
            severity: error
            assert: {exists: "$.partner.country"}
            message: "no partner country"
          - id: BAL-09
            name: roles
            title: Roles
            principle: balanced
            severity: info
            assert: {exists: "$.partner.roles"}
            message: "no roles"

        """

    func engine() throws -> Engine {
        Engine(ruleSet: try TestPack.ruleSet(Self.rules))
    }

    @Test func yamlErrorBecomesOneFinding() throws {
        let result = try engine().check(file: SourceFile(path: "bad.yaml", text: "a: 1\nb: [1, 2\nc: 3\n"))
        #expect(result.failedToLoad)
        #expect(result.findings.count == 1)
        let finding = try #require(result.findings.first)
        #expect(finding.ruleID == "pactlint/yaml-syntax")
        #expect(finding.severity == .error)
        #expect(finding.location.file == "bad.yaml")
        #expect(finding.location.span.start.line == 3)
        #expect(finding.location.path == nil)
        #expect(finding.location.excerpt?.firstLine == 1)
        #expect(!finding.message.isEmpty)
        #expect(Engine.toolRules.map(\.id) == ["pactlint/yaml-syntax", "pactlint/no-document"])
    }

    @Test func findingsAreSortedByLineColumnAndRule() throws {
        let result = try engine().check(file: SourceFile(path: "doc.yaml", text: "x: 1\n"))
        #expect(result.findings.map(\.ruleID) == ["BAL-09", "COMP-02"])
        let findings = [
            finding("b.yaml", 1, 1, "A-01"), finding("a.yaml", 2, 5, "A-01"), finding("a.yaml", 2, 1, "B-01"),
            finding("a.yaml", 2, 1, "A-01"), finding("a.yaml", 2, 1, "A-01"),
        ]
        let sorted = Engine.sortedUnique(findings).map {
            "\($0.location.file):\($0.location.span.start.line):\($0.location.span.start.column) \($0.ruleID)"
        }
        #expect(sorted == ["a.yaml:2:1 A-01", "a.yaml:2:1 B-01", "a.yaml:2:5 A-01", "b.yaml:1:1 A-01"])
    }

    private func finding(_ file: String, _ line: Int, _ column: Int, _ rule: String) -> Finding {
        let position = SourcePosition(offset: 0, line: line, column: column)
        return Finding(
            ruleID: rule, severity: .warning, message: "m",
            location: Location(file: file, span: SourceSpan(at: position)),
            fingerprint: "f")
    }

    @Test func multipleDocumentsKeepTheirIndex() throws {
        let text = "partner: {country: A, roles: [x]}\n---\npartner: {roles: [x]}\n---\nx: 1\n"
        let result = try engine().check(file: SourceFile(path: "multi.yaml", text: text))
        #expect(
            result.findings.map { "\($0.location.document) \($0.ruleID)" } == ["1 COMP-02", "2 BAL-09", "2 COMP-02"])
        #expect(result.documents.map(\.index) == [0, 1, 2])
    }

    @Test func excerptAroundTheStartLine() throws {
        let text = (1...10).map { "k\($0): \($0)" }.joined(separator: "\n") + "\npartner:\n  roles: [x]\n"
        let result = try engine().check(file: SourceFile(path: "doc.yaml", text: text))
        let finding = try #require(result.findings.first)
        #expect(finding.location.span.start.line == 12)
        #expect(
            finding.location.excerpt
                == SourceExcerpt(firstLine: 10, lines: ["k10: 10", "partner:", "  roles: [x]", ""]))
    }

    @Test func fingerprintsIgnoreLinesButNotPlaces() throws {
        let engine = try engine()
        let a = engine.check(file: SourceFile(path: "doc.yaml", text: "partner:\n  roles: [x]\n")).findings
        let shifted = engine.check(file: SourceFile(path: "doc.yaml", text: "# moved\n\npartner:\n  roles: [x]\n"))
            .findings
        let edited = engine.check(file: SourceFile(path: "doc.yaml", text: "partner:\n  roles: [x, y]\n")).findings
        let other = engine.check(file: SourceFile(path: "other.yaml", text: "partner:\n  roles: [x]\n")).findings
        #expect(a.count == 1)
        #expect(a.map(\.fingerprint) == shifted.map(\.fingerprint))
        // A missing path hashes the query, not the ancestor's value: unrelated edits keep it.
        #expect(a.map(\.fingerprint) == edited.map(\.fingerprint))
        #expect(a.map(\.fingerprint) != other.map(\.fingerprint))
        #expect(a.first?.fingerprint.count == 16)
        // FNV-1a is stable across processes: pin one value (checked with an independent Python
        // FNV-1a over "COMP-02", "0", "doc.yaml", "0", "$['partner']", "missing:$.partner.country").
        #expect(a.first?.fingerprint == Self.pinnedFingerprint)
    }

    static let pinnedFingerprint = "bcc64a7bb6d61034"

    @Test func documentSummary() throws {
        let text = """
            id: eu-alv
            title: Alvaria MoU
            partner: {country: Alvaria, roles: [origin, transit]}
            routes: [central-mediterranean]
            budget:
              currency: EUR
              lines:
                - {id: b1, amount: 100, area: border-management}
                - {id: b2, amount: 40, area: border-management, part_of: b1}
                - {id: b3, amount: 50.5, area: protection}
                - {id: b4, amount: 10}
                - {id: b5, amount: 20, area: border-management}

            """
        let summary = try #require(try engine().check(file: SourceFile(path: "d.yaml", text: text)).documents.first)
        #expect(summary.id == "eu-alv")
        #expect(summary.title == "Alvaria MoU")
        #expect(summary.country == "Alvaria")
        #expect(summary.roles == ["origin", "transit"])
        #expect(summary.routes == ["central-mediterranean"])
        #expect(summary.currency == "EUR")
        #expect(
            summary.budgetByArea == [
                AreaAmount(area: "border-management", amount: 120), AreaAmount(area: "protection", amount: 50.5),
                AreaAmount(area: "unspecified", amount: 10),
            ])
    }

    @Test func commentsArePassedOnForWaivers() throws {
        let result = try engine().check(
            file: SourceFile(path: "d.yaml", text: "# pactlint-disable COMP-02 -- reason\nx: 1\n"))
        #expect(result.comments.map(\.text) == [" pactlint-disable COMP-02 -- reason"])
    }

    @Test func checksFilesFromManyThreadsAtOnce() async throws {
        let engine = try engine()
        let texts = (0..<64).map { i in i % 2 == 0 ? "partner: {country: C\(i)}\n" : "x: \(i)\n" }
        let counts = await withTaskGroup(of: (Int, Int).self) { group in
            for (i, text) in texts.enumerated() {
                group.addTask { (i, engine.check(file: SourceFile(path: "f\(i).yaml", text: text)).findings.count) }
            }
            var result = [Int](repeating: -1, count: texts.count)
            for await (i, count) in group { result[i] = count }
            return result
        }
        #expect(counts == (0..<64).map { $0 % 2 == 0 ? 1 : 2 })
    }
}
