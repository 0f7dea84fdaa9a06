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

    /// The value of an untagged plain scalar.
    static func resolvePlain(_ text: String) -> YAMLValue {
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            if isNull(text) { return .null }
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            if let value = bool(text) { return .bool(value) }
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            if let value = number(text) { return value }
        default:
            break
        }
        return .string(text)
    }

    static func isNull(_ text: String) -> Bool {
        switch text {
        case "", "~", "null", "Null", "NULL": true
        default: false
        }
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// An int (or, past 64 bits, a float) or a float; `nil` when the text is neither.
    static func number(_ text: String) -> YAMLValue? {
        if let value = int(text) { return value }
        return float(text).map { .float($0) }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`; `.float` when it overflows 64 bits.
    static func int(_ text: String) -> YAMLValue? {
        var text = text
        return text.withUTF8 { bytes in
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
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        var copy = text
        let matches = copy.withUTF8 { bytes in
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
                if mantissaDigits == 0, fractionDigits == 0 { return false }
                mantissaDigits += fractionDigits
            }
            guard mantissaDigits > 0 else { return false }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
                guard isDigit(i) else { return false }
                while isDigit(i) { i += 1 }
            }
            return i == bytes.count
        }
        guard matches else { return nil }
        return Double(text)
    }
}
