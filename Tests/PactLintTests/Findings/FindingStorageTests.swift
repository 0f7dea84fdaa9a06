import Foundation
import Testing
import YAMLSource

@testable import PactLint

/// A finding keeps its fields in one shared object: copies must still behave as values.
@Suite struct FindingStorageTests {
    private func finding() -> Finding {
        Finding(
            ruleID: "COMP-03", severity: .warning, message: "no budget",
            location: Location(file: "a.yaml", span: SourceSpan(at: SourcePosition(offset: 9, line: 2, column: 3))),
            related: [
                RelatedLocation(
                    location: Location(
                        file: "b.yaml", span: SourceSpan(at: SourcePosition(offset: 0, line: 1, column: 1))),
                    message: "other")
            ],
            fingerprint: "0123456789abcdef")
    }

    @Test func settingAFieldOfACopyLeavesTheOriginal() {
        let original = finding()
        var copy = original
        #expect(copy == original)
        copy.message = "changed"
        copy.location.file = "c.yaml"
        copy.related[0].message = "changed too"
        copy.waiver = Waiver(scope: .file, reason: "reviewed", location: original.location)
        #expect(original.message == "no budget")
        #expect(original.location.file == "a.yaml")
        #expect(original.related[0].message == "other")
        #expect(!original.isWaived)
        #expect(copy.message == "changed")
        #expect(copy.location.file == "c.yaml")
        #expect(copy.related[0].message == "changed too")
        #expect(copy.isWaived)
        #expect(copy != original)
    }

    @Test func equalFindingsWithSeparateFieldsAreEqualAndHashAlike() {
        let a = finding()
        let b = finding()
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        var c = b
        c.help = "split the action"
        #expect(a != c)
        #expect(Set([a, b, c]).count == 2)
    }

    @Test func codingKeepsEveryField() throws {
        var original = finding()
        original.help = "add a budget line"
        original.waiver = Waiver(scope: .nextLine, reason: "pilot", until: "2027-01-01", location: original.location)
        let decoded = try JSONDecoder().decode(Finding.self, from: JSONEncoder().encode(original))
        #expect(decoded == original)
        #expect(decoded.waiver?.until == "2027-01-01")
    }
}
