/// Scalar resolution by the YAML 1.2 core schema (YAML 1.2.2, section 10.3.2).
///
/// Plain scalars without a tag resolve to null, bool, int or float when their whole text
/// matches that type's pattern, else to a string. So `NO`, `yes`, `on` and `y` stay strings,
/// which keeps country codes such as `NO` intact. Integers that do not fit in 64 bits
/// resolve as floats.
enum CoreSchema {
    static let nullTag = "tag:yaml.org,2002:null"
    static let boolTag = "tag:yaml.org,2002:bool"
    static let intTag = "tag:yaml.org,2002:int"
    static let floatTag = "tag:yaml.org,2002:float"
    static let strTag = "tag:yaml.org,2002:str"
    static let mapTag = "tag:yaml.org,2002:map"
    static let seqTag = "tag:yaml.org,2002:seq"
    /// The non-specific tag `!`: a scalar is a string, a collection is what it looks like.
    static let nonSpecificTag = "!"

    /// What an untagged scalar resolves to: its text, or a value of another type. Unlike
    /// `YAMLValue?`, no case owns storage, so the loader makes and drops one without
    /// reference counting.
    enum PlainValue: Equatable {
        /// A string: the scalar's text.
        case text
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)

        /// The value as a `YAMLValue`, `text` being the scalar's text.
        func yamlValue(text: String) -> YAMLValue {
            switch self {
            case .text: .string(text)
            case .null: .null
            case .bool(let flag): .bool(flag)
            case .int(let number): .int(number)
            case .float(let number): .float(number)
            }
        }
    }

    /// The value of an untagged plain scalar written as `bytes` (UTF-8): `.text` when it is a
    /// string. Most plain scalars are words, told apart by their first byte without building
    /// a string.
    @inline(__always)
    static func plainValue(_ bytes: UnsafeRawBufferPointer) -> PlainValue {
        guard let first = bytes.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isNull(bytes) ? .null : .text
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return bool(bytes).map { .bool($0) } ?? .text
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return plainNumber(bytes)
        default:
            return .text
        }
    }

    /// `plainValue(_:)` of a scalar that may be a number.
    private static func plainNumber(_ bytes: UnsafeRawBufferPointer) -> PlainValue {
        switch number(bytes) {
        case .int(let number)?: .int(number)
        case .float(let number)?: .float(number)
        default: .text
        }
    }

    static func isNull(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { isNull(UnsafeRawBufferPointer($0)) }
    }

    /// Byte for byte, which for these ASCII spellings is the same as comparing strings: no
    /// other string is canonically equivalent to them.
    static func isNull(_ bytes: UnsafeRawBufferPointer) -> Bool {
        switch bytes.count {
        case 0: true
        case 1: bytes[0] == UInt8(ascii: "~")
        case 4: matches(bytes, "null") || matches(bytes, "Null") || matches(bytes, "NULL")
        default: false
        }
    }

    static func bool(_ text: String) -> Bool? {
        var copy = text
        return copy.withUTF8 { bool(UnsafeRawBufferPointer($0)) }
    }

    /// Byte for byte, as `isNull(_:)`.
    static func bool(_ bytes: UnsafeRawBufferPointer) -> Bool? {
        switch bytes.count {
        case 4: matches(bytes, "true") || matches(bytes, "True") || matches(bytes, "TRUE") ? true : nil
        case 5: matches(bytes, "false") || matches(bytes, "False") || matches(bytes, "FALSE") ? false : nil
        default: nil
        }
    }

    /// `[-+]?\.(inf|Inf|INF)` or `\.(nan|NaN|NAN)`, byte for byte.
    private static func special(_ bytes: UnsafeRawBufferPointer) -> Double? {
        let sign = bytes[0] == UInt8(ascii: "-") ? -1.0 : 1.0
        let rest =
            bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+")
            ? UnsafeRawBufferPointer(rebasing: bytes[1...]) : bytes
        if matches(rest, ".inf") || matches(rest, ".Inf") || matches(rest, ".INF") { return sign * .infinity }
        if rest.count == bytes.count, matches(rest, ".nan") || matches(rest, ".NaN") || matches(rest, ".NAN") {
            return .nan
        }
        return nil
    }

    /// Whether `bytes` are the bytes of `spelling`.
    private static func matches(_ bytes: UnsafeRawBufferPointer, _ spelling: StaticString) -> Bool {
        guard bytes.count == spelling.utf8CodeUnitCount else { return false }
        // A plain loop: the spellings are at most five bytes, and `elementsEqual` did not inline.
        let expected = spelling.utf8Start
        for i in 0..<bytes.count where bytes[i] != expected[i] { return false }
        return true
    }

    /// An int (or, past 64 bits, a float) or a float; `nil` when the text is neither.
    static func number(_ text: String) -> YAMLValue? {
        var copy = text
        return copy.withUTF8 { number(UnsafeRawBufferPointer($0)) }
    }

    /// `number(_:)` of the string written as `bytes`.
    static func number(_ bytes: UnsafeRawBufferPointer) -> YAMLValue? {
        if let value = int(bytes.assumingMemoryBound(to: UInt8.self)) { return value }
        return float(bytes.assumingMemoryBound(to: UInt8.self)).map { .float($0) }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`; `.float` when it overflows 64 bits.
    static func int(_ text: String) -> YAMLValue? {
        var copy = text
        return copy.withUTF8 { int($0) }
    }

    /// `int(_:)` of the string written as `bytes`.
    private static func int(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLValue? {
        guard !bytes.isEmpty else { return nil }
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0"),
            bytes[1] == UInt8(ascii: "o") || bytes[1] == UInt8(ascii: "x")
        {
            let radix = bytes[1] == UInt8(ascii: "o") ? 8 : 16
            return digits(UnsafeBufferPointer(rebasing: bytes[2...]), radix: radix, negative: false)
        }
        var start = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            start = 1
        }
        guard start < bytes.count else { return nil }
        return digits(UnsafeBufferPointer(rebasing: bytes[start...]), radix: 10, negative: negative)
    }

    /// The value of `digits` in `radix`, or `nil` when a character is not a digit.
    private static func digits(_ digits: UnsafeBufferPointer<UInt8>, radix: Int, negative: Bool) -> YAMLValue? {
        // Accumulate negatively so that Int.min fits.
        var value = 0
        var overflowed = false
        var approximate = 0.0
        for byte in digits {
            let digit: Int
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Int(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = Int(byte - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard digit < radix else { return nil }
            approximate = approximate * Double(radix) + Double(digit)
            if !overflowed {
                let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
                let (next, overflow2) = shifted.subtractingReportingOverflow(digit)
                if overflow1 || overflow2 { overflowed = true } else { value = next }
            }
        }
        if !overflowed, negative { return .int(value) }
        if !overflowed, value != Int.min { return .int(-value) }
        if radix == 10, let exact = Double(String(decoding: digits, as: UTF8.self)) {
            // Correctly rounded, unlike the running approximation.
            approximate = exact
        }
        return .float(negative ? -approximate : approximate)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`,
    /// `\.(nan|NaN|NAN)`.
    static func float(_ text: String) -> Double? {
        var copy = text
        return copy.withUTF8 { float($0) }
    }

    /// `float(_:)` of the string written as `bytes`. The spellings compare byte for byte, as
    /// in `isNull(_:)`.
    private static func float(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if bytes.count == 4 || bytes.count == 5, let special = special(UnsafeRawBufferPointer(bytes)) {
            return special
        }
        var i = 0
        func isDigit(_ k: Int) -> Bool {
            k < bytes.count && bytes[k] >= UInt8(ascii: "0") && bytes[k] <= UInt8(ascii: "9")
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
        var mantissaDigits = 0
        while isDigit(i) {
            i += 1
            mantissaDigits += 1
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            var fractionDigits = 0
            while isDigit(i) {
                i += 1
                fractionDigits += 1
            }
            // `.` alone is not a number, nor is `.e3`; `1.` is.
            if mantissaDigits == 0, fractionDigits == 0 { return nil }
            mantissaDigits += fractionDigits
        }
        guard mantissaDigits > 0 else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
            guard isDigit(i) else { return nil }
            while isDigit(i) { i += 1 }
        }
        guard i == bytes.count else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }
}
