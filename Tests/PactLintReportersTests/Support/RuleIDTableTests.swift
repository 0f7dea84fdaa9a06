import PactLint
import Testing
import YAMLSource

@testable import PactLintReporters

/// The renderer's table of rule positions by the words of an id: a string with the words of
/// a noted id finds that id's position, any other finds nothing (the dictionary answers), and
/// never another id's position.
@Suite struct RuleIDTableTests {
    /// A string with the bytes of `text` in storage of its own (not a copy of `text`'s).
    private static func freshCopy(of text: String) -> String {
        String(decoding: Array(text.utf8), as: UTF8.self)
    }

    @Test func copiesOfNotedIdsFindTheirPositions() {
        let ids = [
            "COMP-05", "ROUTE-03", "", "pactlint/yaml-syntax", "pactlint/unreadable-file", "VERY-LONG-RULE-ID-17",
        ]
        var table = RuleIDTable(capacity: ids.count)
        for (index, id) in ids.enumerated() { table.insert(id, index: index) }
        for (index, id) in ids.enumerated() {
            let copy = id
            #expect(table.index(of: copy) == index, "\(id)")
        }
        #expect(table.index(of: "COMP-06") == nil)
        #expect(table.index(of: "pactlint/yaml-syntaxx") == nil)
    }

    @Test func theFirstNoteOfAnIdStays() {
        var table = RuleIDTable(capacity: 2)
        table.insert("GOV-05", index: 3)
        table.insert("GOV-05", index: 7)
        #expect(table.index(of: "GOV-05") == 3)
    }

    @Test func equalBytesInOtherStorageAndEquivalentSpellingsFindNoOtherPosition() {
        // Short ids are inline, so equal bytes are equal words; a long id built elsewhere has
        // other words and is left to the dictionary. A decomposed spelling is other bytes.
        let long = "pactlint/waiver-for-an-unknown-rule"
        let composed = "CAF\u{C9}-1"
        let decomposed = "CAFE\u{301}-1"
        var table = RuleIDTable(capacity: 3)
        table.insert(long, index: 0)
        table.insert(composed, index: 1)
        #expect(table.index(of: Self.freshCopy(of: long)) ?? 0 == 0)
        #expect(table.index(of: Self.freshCopy(of: composed)) == 1)
        #expect(table.index(of: decomposed) == nil)
    }

    @Test func manyRandomIdsNeverFindAnotherPosition() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/é")
        var ids: [String] = []
        var seen: Set<[UInt8]> = []
        while ids.count < 300 {
            let length = Int.random(in: 1...24, using: &generator)
            let id = String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "A" })
            if seen.insert(Array(id.utf8)).inserted { ids.append(id) }
        }
        // Sized for all of them, and grown from nothing.
        var table = RuleIDTable(capacity: ids.count)
        var grown = RuleIDTable(capacity: 0)
        for (index, id) in ids.enumerated() {
            table.insert(id, index: index)
            grown.insert(id, index: index)
        }
        for (index, id) in ids.enumerated() {
            #expect(table.index(of: id) == index, "\(id)")
            #expect(grown.index(of: id) == index, "\(id)")
            let found = table.index(of: Self.freshCopy(of: id))
            #expect(found == nil || found == index, "\(id)")
            let other = Self.freshCopy(of: id + "x")
            if !seen.contains(Array(other.utf8)) { #expect(table.index(of: other) == nil, "\(other)") }
        }
    }
}

/// The catalog finds rules by the words of their ids first: the positions it gives are the
/// ones its dictionary gives, for listed rules, tool rules and stand-ins, whatever storage or
/// spelling a finding's id has.
@Suite struct RuleCatalogLookupTests {
    private static func finding(_ ruleID: String) -> Finding {
        Finding(
            ruleID: ruleID, severity: .warning, message: "m",
            location: Location(file: "a.yaml", span: SourceSpan(at: SourcePosition(offset: 0, line: 1, column: 1))),
            fingerprint: "f")
    }

    private static func rule(_ id: String) -> RuleMetadata {
        RuleMetadata(id: id, name: id, title: id, principle: "p", severity: .error)
    }

    @Test func positionsAreTheDictionarysForAnyStorageOrSpelling() {
        let long = "pactlint/a-tool-rule-id-longer-than-fifteen"
        let listed = ["BAL-01", "CAF\u{C9}-1", long, "BAL-01"]
        var catalog = RuleCatalog(
            rules: listed.map(Self.rule), principles: [], known: [Self.rule("pactlint/yaml-syntax-and-more")])
        #expect(catalog.index(of: "BAL-01") == 0)
        #expect(catalog.index(of: String(decoding: Array("BAL-01".utf8), as: UTF8.self)) == 0)
        // Canonically equivalent to a listed id: the dictionary's answer, the listed rule.
        #expect(catalog.index(of: "CAFE\u{301}-1") == 1)
        #expect(catalog.index(of: String(decoding: Array(long.utf8), as: UTF8.self)) == 2)
        #expect(catalog.index(of: "NOT-LISTED") == nil)
        // Rules first seen in findings, with ids in fresh storage each time.
        let toolID = "pactlint/yaml-syntax-and-more"
        let first = catalog.include(Self.finding(String(decoding: Array(toolID.utf8), as: UTF8.self)))
        #expect(first == listed.count)
        #expect(catalog.include(Self.finding(String(decoding: Array(toolID.utf8), as: UTF8.self))) == first)
        #expect(catalog.index(of: toolID) == first)
        #expect(catalog.rules[first].id == toolID)
        var standIns: [Int] = []
        for number in 0..<40 {
            standIns.append(catalog.include(Self.finding("STAND-IN-\(number)")))
        }
        #expect(standIns == Array((first + 1)...(first + 40)))
        for number in 0..<40 {
            #expect(catalog.index(of: "STAND-IN-\(number)") == first + 1 + number)
            #expect(catalog.include(Self.finding("STAND-IN-\(number)")) == first + 1 + number)
        }
        #expect(catalog.include(Self.finding("CAFE\u{301}-1")) == 1)
        #expect(catalog.rules.count == listed.count + 41)
    }
}
