import Testing

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
        var table = RuleIDTable(capacity: ids.count)
        for (index, id) in ids.enumerated() { table.insert(id, index: index) }
        for (index, id) in ids.enumerated() {
            #expect(table.index(of: id) == index, "\(id)")
            let found = table.index(of: Self.freshCopy(of: id))
            #expect(found == nil || found == index, "\(id)")
            let other = Self.freshCopy(of: id + "x")
            if !seen.contains(Array(other.utf8)) { #expect(table.index(of: other) == nil, "\(other)") }
        }
    }
}
