import Testing

@testable import PactLint

/// `ValueKeySet` answers as `Set<ValueKey>` does, across growth and across strings that are
/// equal under `String ==` though written differently.
@Suite struct ValueKeySetTests {
    private func agree(_ keys: [ValueKey], probes: [ValueKey] = []) {
        var set = ValueKeySet(minimumCapacity: 2)
        var reference = Set<ValueKey>()
        for key in keys {
            let inserted = set.insert(key)
            #expect(inserted == reference.insert(key).inserted, "\(key)")
        }
        for probe in keys + probes {
            #expect(set.contains(probe) == reference.contains(probe), "\(probe)")
        }
    }

    @Test func answersAsASetOfValueKeys() {
        let ids = (0..<100).map { ValueKey.string("action-\($0 % 70)") }
        agree(
            ids + [
                .null, .null, .bool(true), .bool(false), .bool(true), .number(1), .number(1.0), .number(0),
                .number(-0.0), .number(2.5), .string("1"), .string(""), .string(""), .composite("[1,2]"),
                .composite("[1,2]"), .string("[1,2]"),
            ],
            probes: [.string("action-70"), .number(3), .string("2.5"), .composite("{}")])
    }

    @Test func stringsOutsideASCIIAreComparedAsStrings() {
        // The Kelvin sign is canonically equivalent to K; é precomposed to e and a combining accent.
        agree([.string("Kelvin"), .string("\u{212A}elvin"), .string("a")], probes: [.string("K")])
        agree(
            [.string("caf\u{E9}"), .string("cafe\u{301}"), .string("cafe")],
            probes: [.string("Kelvin"), .string("caf\u{E9}")])
        // Membership asked of a non-ASCII string before any is inserted.
        var set = ValueKeySet(minimumCapacity: 4)
        let first = set.insert(.string("Kelvin"))
        #expect(first)
        #expect(set.contains(.string("\u{212A}elvin")))
        let again = set.insert(.string("\u{212A}elvin"))
        #expect(!again)
    }

    @Test func notANumberIsNeverAMember() {
        var set = ValueKeySet(minimumCapacity: 4)
        var reference = Set<ValueKey>()
        for _ in 0..<2 {
            let inserted = set.insert(.number(.nan))
            #expect(inserted == reference.insert(.number(.nan)).inserted)
        }
        #expect(set.contains(.number(.nan)) == reference.contains(.number(.nan)))
    }
}
