import Testing

@testable import PactLint

/// `TextSet.contains` answers as `members.contains` (String equality) does.
@Suite struct TextSetTests {
    private let members = [
        "country", "iso3", "region", "memorandum-of-understanding", "", "a b", "\u{212A}elvin", "caf\u{E9}",
    ]
    private let probes = [
        "country", "iso3", "region", "memorandum-of-understanding", "", "a b", "regions", "regio", "Region",
        "memorandum-of-understandin", "memorandum-of-understanding-2", "iso", "x",
        // ASCII text canonically equal to a non-ASCII member (the Kelvin sign decomposes to K).
        "Kelvin", "\u{212A}elvin", "kelvin",
        // Non-ASCII text: the same character precomposed and decomposed.
        "caf\u{E9}", "cafe\u{301}", "cafe",
    ]

    @Test func answersAsStringEqualityDoes() {
        let set = TextSet(members)
        for probe in probes {
            #expect(set.contains(probe) == members.contains(probe), "\(probe)")
        }
        #expect(set.contains("Kelvin"))
        #expect(set.contains("cafe\u{301}"))
        #expect(!set.contains("regions"))
        #expect(set.members == members)
    }

    @Test func findsEveryMemberOfALargerSet() {
        let many = (0..<200).map { "value-\($0)" }
        let set = TextSet(many)
        for member in many { #expect(set.contains(member)) }
        for index in 200..<260 { #expect(!set.contains("value-\(index)")) }
        #expect(!TextSet([]).contains(""))
        #expect(!TextSet([]).contains("a"))
    }

    @Test func valueListsLookUpOnlyStringValues() {
        let list = ValueList([.value(.string("draft")), .value(.null), .value(.number(1))])
        #expect(list.strings.contains("draft"))
        #expect(!list.strings.contains("null"))
        #expect(!list.hasParameters)
        #expect(ValueList([.parameter("areas")]).hasParameters)
    }
}
