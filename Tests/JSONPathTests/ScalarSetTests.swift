import Testing

@testable import JSONPath

/// The ASCII bit set of a character set (the automaton's fast test) holds exactly the ASCII
/// scalars the set contains.
@Suite struct ScalarSetTests {
    static let sets: [ScalarSet] = [
        .dot, .literal("a"), .literal("\u{7F}"), .literal("é"),
        ScalarSet(items: [.range(0x30...0x39), .range(0x41...0x5A)], isNegated: false),
        ScalarSet(items: [.range(0x20...0x20)], isNegated: true),
        ScalarSet(items: [.range(0x60...0x3000)], isNegated: false),
        ScalarSet(items: [.category([.uppercaseLetter], negated: false)], isNegated: false),
        ScalarSet(items: [.category([.decimalNumber], negated: true), .range(0x35...0x35)], isNegated: true),
    ]

    @Test(arguments: sets.indices)
    func asciiMaskAgreesWithContains(index: Int) throws {
        let set = Self.sets[index]
        let (low, high) = set.asciiMask
        for value in UInt32(0)..<128 {
            let scalar = try #require(Unicode.Scalar(value))
            let bit = value < 64 ? low >> UInt64(value) & 1 : high >> UInt64(value - 64) & 1
            #expect((bit == 1) == set.contains(scalar), "set \(index), U+\(String(value, radix: 16))")
        }
    }
}
