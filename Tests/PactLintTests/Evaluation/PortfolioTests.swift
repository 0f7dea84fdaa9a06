import Testing
import YAMLSource

@testable import PactLint

/// Portfolio rules: `$` is the list of documents; findings point into each document's file.
@Suite("Portfolio rules")
struct PortfolioTests {
    static let rules = """
        rules:
          - id: ROUTE-05
            name: route-coverage
            title: Route coverage
            principle: comprehensive
            severity: info
            scope: portfolio
            given: "$[?@.partner.roles[?@ == 'transit']].routes[*]"
            assert:
              in: {value: "@", among: "$[?@.partner.roles[?@ == 'origin']].routes[*]"}
            message: "route {@} has a transit partnership but no origin-country partnership"
          - id: TAIL-05
            name: distinct-narrative
            title: Distinct narratives
            principle: comprehensive
            severity: warning
            scope: portfolio
            assert:
              distinct: {of: "$[*].context.summary", max-similarity: 0.5}
            message: "summary {similarity} similar to {other}"

        """

    static let transit = """
        id: eu-tra
        partner: {country: Transitia, roles: [transit]}
        routes: [central-mediterranean, atlantic]
        actions: [{id: a1, area: protection}]
        context:
          summary: The partner hosts many people in transit towards the northern coast every year.

        """
    static let origin = """
        id: eu-ori
        partner: {country: Originia, roles: [origin]}
        routes: [central-mediterranean]
        context:
          summary: The partner hosts many people in transit towards the northern coast every single year.

        """
    static let other = """
        id: eu-oth
        partner: {country: Otheria, roles: [host]}
        context:
          summary: Refugees from a neighbouring conflict live in municipalities of the east.

        """

    func check(_ files: [(String, String)]) throws -> (engine: Engine, results: [FileResult]) {
        let engine = Engine(ruleSet: try TestPack.ruleSet(Self.rules))
        return (engine, files.map { engine.check(file: SourceFile(path: $0.0, text: $0.1)) })
    }

    @Test func routeCoverageAcrossDocuments() throws {
        let (engine, results) = try check([("t.yaml", Self.transit), ("o.yaml", Self.origin)])
        #expect(results.allSatisfy { $0.findings.isEmpty })
        let findings = engine.checkPortfolio(results.flatMap(\.projections)).filter { $0.ruleID == "ROUTE-05" }
        #expect(
            findings.map(\.message) == ["route atlantic has a transit partnership but no origin-country partnership"])
        let location = try #require(findings.first?.location)
        #expect(location.file == "t.yaml")
        #expect(location.document == 0)
        #expect(location.path == "$['routes'][1]")
        #expect(location.span.start.line == 3)
        #expect(location.span.start.column == 33)
    }

    @Test func nearDuplicatesPointAtBothDocuments() throws {
        let (engine, results) = try check([
            ("c.yaml", Self.other), ("b.yaml", Self.origin), ("a.yaml", Self.transit),
        ])
        // Given in any order, projections are sorted by file: a.yaml is the earlier text.
        let findings = engine.checkPortfolio(results.flatMap(\.projections).reversed()).filter {
            $0.ruleID == "TAIL-05"
        }
        #expect(findings.map(\.message) == ["summary 0.77 similar to eu-tra"])
        let finding = try #require(findings.first)
        #expect(finding.location.file == "b.yaml")
        #expect(finding.location.path == "$['context']['summary']")
        #expect(finding.location.span.start.line == 5)
        #expect(finding.related.map(\.location.file) == ["a.yaml"])
        #expect(finding.related.first?.location.path == "$['context']['summary']")
        #expect(finding.related.first?.location.span.start.line == 6)
    }

    @Test func distinctTexts() throws {
        let (engine, results) = try check([("a.yaml", Self.transit), ("c.yaml", Self.other)])
        #expect(engine.checkPortfolio(results.flatMap(\.projections)).filter { $0.ruleID == "TAIL-05" }.isEmpty)
    }

    /// 150 summaries that all open with the same words (shingles in more texts than a posting
    /// list keeps) and pair up by their endings: each odd text is a near-duplicate of the even
    /// one before it, and of no other.
    @Test func nearDuplicatesAmongManyTexts() throws {
        let files = (0..<150).map { index in
            let pair = index / 2
            let ending = index.isMultiple(of: 2) ? "theta\(pair)" : "omega\(pair)"
            let name = "d" + String(repeating: "0", count: 3 - String(index).count) + String(index)
            let summary =
                "the partnership sets out shared goals for the years ahead alpha\(pair) beta\(pair) "
                + "gamma\(pair) delta\(pair) epsilon\(pair) zeta\(pair) eta\(pair) \(ending)"
            return ("\(name).yaml", "id: eu-\(name)\ncontext:\n  summary: \(summary)\n")
        }
        let (engine, results) = try check(files)
        let findings = engine.checkPortfolio(results.flatMap(\.projections)).filter { $0.ruleID == "TAIL-05" }
        #expect(findings.map(\.location.file) == files.indices.filter { !$0.isMultiple(of: 2) }.map { files[$0].0 })
        #expect(
            findings.map { $0.related.map(\.location.file) }
                == files.indices.filter { $0.isMultiple(of: 2) }.map { [files[$0].0] })
    }

    /// Texts measured while each file is checked, searched as files arrive, and rules run on
    /// several threads give the findings of texts measured and searched when compared and rules
    /// run one after the other.
    @Test func preparedTextsAndParallelRulesChangeNothing() throws {
        let files = (0..<120).map { index in
            let name = "d" + String(repeating: "0", count: 3 - String(index).count) + String(index)
            let isOrigin = index.isMultiple(of: 3)
            // Origin partnerships cover 4 of the 11 routes.
            let (roles, route) = isOrigin ? ("[origin]", index % 4) : ("[transit]", index % 11)
            let summary =
                "the partnership sets out shared goals for the years ahead in group \(index % 7) "
                + "with Über partners \(index % 5) and the same closing words every time"
            return (
                "\(name).yaml",
                "id: eu-\(name)\npartner: {roles: \(roles)}\nroutes: [r\(route)]\n"
                    + "context:\n  summary: \(summary)\n"
            )
        }
        let (engine, results) = try check(files)
        let projections = results.flatMap(\.projections)
        #expect(projections.allSatisfy { $0.texts.count == 1 })
        let unprepared = projections.map { projection in
            PortfolioProjection(file: projection.file, document: projection.document, root: projection.root)
        }
        let reference = engine.checkPortfolio(unprepared)
        #expect(Set(reference.map(\.ruleID)) == ["ROUTE-05", "TAIL-05"])
        #expect(engine.checkPortfolio(projections) == reference)
        #expect(engine.checkPortfolio(projections.reversed(), jobs: 2) == reference)
        #expect(engine.checkPortfolio(unprepared, jobs: 8) == reference)
        // Searched as files arrive (the check run's way), in path order and in any other.
        var collection = engine.makePortfolioCollection()
        for result in results { collection.add(result.projections) }
        #expect(collection.searches.map(\.entries.count) == [120])
        #expect(engine.checkPortfolio(collection, jobs: 2) == reference)
        // The search keeps the shingles; the projections keep only the word counts, and
        // projections that went through a collection are measured again when searched again.
        #expect(
            collection.projections.allSatisfy { $0.texts.allSatisfy { $0.isSearched && $0.measure.shingles.isEmpty } })
        #expect(engine.checkPortfolio(collection.projections) == reference)
        #expect(engine.checkPortfolio(collection.projections.reversed(), jobs: 2) == reference)
        collection.finishAdding()
        #expect(collection.searches.map(\.entries.count) == [120])
        #expect(engine.checkPortfolio(collection) == reference)
        // Added to after finishing: the search is given up, the findings stay the same.
        var added = collection
        added.add(unprepared.prefix(1).map { $0 })
        #expect(added.searches.map(\.entries.count) == [0])
        #expect(engine.checkPortfolio(added) == engine.checkPortfolio(unprepared + unprepared.prefix(1)))
        var reversed = engine.makePortfolioCollection()
        for result in results.reversed() { reversed.add(result.projections) }
        #expect(engine.checkPortfolio(reversed) == reference)
    }

    @Test func projectionsKeepOnlyWhatPortfolioRulesRead() throws {
        let (_, results) = try check([("t.yaml", Self.transit)])
        let root = try #require(results.first?.projections.first?.root)
        guard case .mapping(let pairs) = root.content else {
            Issue.record("projection root is not a mapping")
            return
        }
        #expect(pairs.compactMap(\.key.stringValue) == ["id", "partner", "routes", "context"])
    }

    @Test func noPortfolioRulesNoProjections() throws {
        let engine = Engine(ruleSet: try TestPack.ruleSet(TestPack.rule(assert: "exists: \"$.x\"")))
        let result = engine.check(file: SourceFile(path: "t.yaml", text: Self.transit))
        #expect(result.projections.isEmpty)
        #expect(engine.checkPortfolio([]).isEmpty)
    }
}

@Suite("Portfolio excerpts")
struct PortfolioExcerptTests {
    @Test func excerptsCanBeAddedFromTheSource() throws {
        let (engine, results) = try PortfolioTests().check([("t.yaml", PortfolioTests.transit)])
        let finding = try #require(engine.checkPortfolio(results.flatMap(\.projections)).first)
        #expect(finding.location.excerpt == nil)
        let source = SourceFile(path: "t.yaml", text: PortfolioTests.transit)
        let located = finding.location.withExcerpt(from: source)
        #expect(located.excerpt?.firstLine == 1)
        #expect(located.excerpt?.lines.count == 5)
    }
}
