/// A set of Unicode scalars: a literal, `.`, an escape or a bracketed character class.
struct ScalarSet: Sendable {
    /// One entry of a class: a range of scalars, or a general category (`\p{..}`) or its
    /// complement (`\P{..}`).
    enum Item: Sendable {
        case range(ClosedRange<UInt32>)
        case category(Set<Unicode.GeneralCategory>, negated: Bool)
    }

    var items: [Item]
    /// `[^...]` (and `.`): the set of scalars not matched by any item.
    var isNegated: Bool

    static func literal(_ scalar: Unicode.Scalar) -> ScalarSet {
        ScalarSet(items: [.range(scalar.value...scalar.value)], isNegated: false)
    }

    /// `.`: any scalar except line feed and carriage return (RFC 9485 section 5.3).
    static let dot = ScalarSet(items: [.range(0x0A...0x0A), .range(0x0D...0x0D)], isNegated: true)

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        var found = false
        for item in items {
            switch item {
            case .range(let range):
                found = range.contains(scalar.value)
            case .category(let categories, let negated):
                found = categories.contains(scalar.properties.generalCategory) != negated
            }
            if found { break }
        }
        return found != isNegated
    }

    /// The ASCII scalars in the set, as a 128-bit set: bit `n` of the low half is scalar `n`,
    /// bit `n` of the high half scalar `64 + n`.
    var asciiMask: (low: UInt64, high: UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        func insert(_ value: UInt32) {
            if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
        }
        for item in items {
            switch item {
            case .range(let range):
                guard range.lowerBound < 128 else { continue }
                for value in range.lowerBound...min(range.upperBound, 127) { insert(value) }
            case .category(let categories, let negated):
                for value in UInt32(0)..<128 {
                    if let scalar = Unicode.Scalar(value),
                        categories.contains(scalar.properties.generalCategory) != negated
                    {
                        insert(value)
                    }
                }
            }
        }
        return isNegated ? (~low, ~high) : (low, high)
    }

    /// The general categories named by an I-Regexp `charProp` (`L`, `Lu`, `Nd`, ...), or nil
    /// if the name is not one RFC 9485 allows.
    static func categories(named name: String) -> Set<Unicode.GeneralCategory>? {
        let table: [String: [(String, Unicode.GeneralCategory)]] = [
            "L": [
                ("u", .uppercaseLetter), ("l", .lowercaseLetter), ("t", .titlecaseLetter), ("m", .modifierLetter),
                ("o", .otherLetter),
            ],
            "M": [("n", .nonspacingMark), ("c", .spacingMark), ("e", .enclosingMark)],
            "N": [("d", .decimalNumber), ("l", .letterNumber), ("o", .otherNumber)],
            "P": [
                ("c", .connectorPunctuation), ("d", .dashPunctuation), ("s", .openPunctuation),
                ("e", .closePunctuation), ("i", .initialPunctuation), ("f", .finalPunctuation),
                ("o", .otherPunctuation),
            ],
            "Z": [("s", .spaceSeparator), ("l", .lineSeparator), ("p", .paragraphSeparator)],
            "S": [("m", .mathSymbol), ("c", .currencySymbol), ("k", .modifierSymbol), ("o", .otherSymbol)],
            // Cs (surrogates) is not in RFC 9485's list.
            "C": [("c", .control), ("f", .format), ("n", .unassigned), ("o", .privateUse)],
        ]
        let letters = Array(name.unicodeScalars)
        guard let first = letters.first, letters.count <= 2, let members = table[String(first)] else { return nil }
        if letters.count == 1 { return Set(members.map(\.1)) }
        guard let member = members.first(where: { $0.0 == String(letters[1]) }) else { return nil }
        return [member.1]
    }
}
