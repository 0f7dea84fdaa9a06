/// Parses an I-Regexp pattern (RFC 9485 section 5.3) and writes the equivalent ICU pattern.
struct IRegexpTranslator {
    private let text: String
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var output = ""

    init(_ text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    /// The ICU pattern, or an error at the first place the pattern leaves I-Regexp's grammar.
    mutating func translate() throws(JSONPathError) -> String {
        try regexp()
        if position < scalars.count {
            // Only an unbalanced `)` stops a top-level expression early.
            throw error("unbalanced ')' in the regular expression")
        }
        return output
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func error(_ message: String, at offset: Int? = nil) -> JSONPathError {
        JSONPathError(message: message, offset: offset ?? position, text: text)
    }

    // i-regexp = branch *( "|" branch )
    private mutating func regexp() throws(JSONPathError) {
        try branch()
        while current == "|" {
            position += 1
            output += "|"
            try branch()
        }
    }

    // branch = *piece
    private mutating func branch() throws(JSONPathError) {
        while let scalar = current, scalar != "|", scalar != ")" {
            try piece()
        }
    }

    // piece = atom [ quantifier ]
    private mutating func piece() throws(JSONPathError) {
        try atom()
        guard let scalar = current else { return }
        switch scalar {
        case "*", "+", "?":
            position += 1
            output.unicodeScalars.append(scalar)
        case "{":
            try rangeQuantifier()
        default:
            return
        }
        if let next = current, next == "*" || next == "+" || next == "?" || next == "{" {
            throw error(
                next == "?"
                    ? "lazy quantifiers ('\(scalars[position - 1])?') are not part of I-Regexp"
                    : "a quantifier cannot follow another quantifier; group the expression first")
        }
    }

    // range-quantifier = "{" QuantExact [ "," [ QuantExact ] ] "}"
    private mutating func rangeQuantifier() throws(JSONPathError) {
        let start = position
        position += 1
        guard let minimum = digits() else { throw error("expected a repetition count after '{'") }
        var maximum: Int? = minimum
        if current == "," {
            position += 1
            maximum = digits()
        }
        guard current == "}" else { throw error("expected '}' to close the repetition count") }
        position += 1
        if let maximum, maximum < minimum {
            throw error("the repetition range is reversed: \(minimum) > \(maximum)", at: start)
        }
        // The quantifier means the same to ICU, so it is copied as written.
        output += String(String.UnicodeScalarView(scalars[start..<position]))
    }

    private mutating func digits() -> Int? {
        var value = 0
        var count = 0
        while let scalar = current, ("0"..."9").contains(scalar) {
            value = min(value * 10 + Int(scalar.value - 48), 1_000_000_000)
            count += 1
            position += 1
        }
        return count > 0 ? value : nil
    }

    // atom = NormalChar / charClass / ( "(" i-regexp ")" )
    private mutating func atom() throws(JSONPathError) {
        guard let scalar = current else { return }
        switch scalar {
        case "(":
            let open = position
            position += 1
            output += "(?:"
            if current == "?" {
                throw error("group modifiers such as '(?:', '(?=' or '(?<' are not part of I-Regexp")
            }
            try regexp()
            guard current == ")" else { throw error("expected ')' to close the group opened here", at: open) }
            position += 1
            output += ")"
        case ".":
            position += 1
            output += #"[^\x{A}\x{D}]"#
        case "[":
            try characterClass()
        case "\\":
            try escape(inClass: false)
        case "*", "+", "?", "{":
            throw error("'\(scalar)' must follow something to repeat; escape it as '\\\(scalar)' to match it")
        case "^", "$":
            // RFC 9485's grammar lists '^' and '$' as ordinary characters, but the JSONPath
            // Compliance Test Suite (and every ECMAScript-based implementation, following the
            // RFC's own mapping to ECMAScript) reads them as anchors: start and end of the
            // string. '\^' is a literal caret; a literal dollar needs '[$]'.
            position += 1
            output += scalar == "^" ? #"\A"# : #"\z"#
        case "]", "}":
            throw error("unescaped '\(scalar)'; write '\\\(scalar)' to match it")
        default:
            position += 1
            appendLiteral(scalar)
        }
    }

    // SingleCharEscape / catEsc / complEsc, after the backslash.
    private mutating func escape(inClass: Bool) throws(JSONPathError) {
        let start = position
        position += 1
        guard let scalar = current else {
            throw error("a backslash at the end of the pattern escapes nothing", at: start)
        }
        position += 1
        switch scalar {
        case "(", ")", "*", "+", "-", ".", "?", "[", "\\", "]", "^", "{", "|", "}":
            appendLiteral(scalar)
        case "n": appendLiteral("\n")
        case "r": appendLiteral("\r")
        case "t": appendLiteral("\t")
        case "p", "P":
            try property(negated: scalar == "P", start: start)
        default:
            throw error(
                "'\\\(scalar)' is not an I-Regexp escape; allowed are \\p{..}, \\P{..}, \\n, \\r, \\t and escaped metacharacters",
                at: start)
        }
    }

    // "\p{" charProp "}" with charProp a general category (RFC 9485 IsCategory).
    private mutating func property(negated: Bool, start: Int) throws(JSONPathError) {
        guard current == "{" else { throw error("expected '{' after '\\p'") }
        position += 1
        let nameStart = position
        while let scalar = current, scalar != "}" { position += 1 }
        guard current == "}" else { throw error("expected '}' to close the character property") }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<position]))
        position += 1
        let categories: [String: String] = [
            "L": "lmotu", "M": "cen", "N": "dlo", "P": "cdefios", "Z": "lps", "S": "ckmo", "C": "cfno",
        ]
        let nameScalars = Array(name.unicodeScalars)
        guard let first = nameScalars.first, let seconds = categories[String(first)], nameScalars.count <= 2,
            nameScalars.count == 1 || seconds.unicodeScalars.contains(nameScalars[1])
        else {
            throw error(
                "'\(name)' is not a Unicode general category that I-Regexp allows (e.g. L, Lu, Nd)", at: nameStart)
        }
        output += (negated ? "\\P{" : "\\p{") + name + "}"
    }

    // charClassExpr = "[" [ "^" ] ( "-" / CCE1 ) *CCE1 [ "-" ] "]"
    private mutating func characterClass() throws(JSONPathError) {
        let open = position
        position += 1
        output += "["
        if current == "^" {
            position += 1
            output += "^"
        }
        var items = 0
        if current == "-" {
            position += 1
            appendLiteral("-")
            items += 1
        }
        while let scalar = current, scalar != "]" {
            if scalar == "-" {
                // Only a last '-' is literal; elsewhere it would be a range without a start.
                position += 1
                if current == nil {
                    throw error("expected ']' to close the character class opened here", at: open)
                }
                guard current == "]" else {
                    throw error(
                        "'-' inside a character class must be first, last, or escaped as '\\-'", at: position - 1)
                }
                appendLiteral("-")
                items += 1
                break
            }
            try classEntry()
            items += 1
        }
        guard current == "]" else { throw error("expected ']' to close the character class opened here", at: open) }
        guard items > 0 else { throw error("a character class cannot be empty") }
        position += 1
        output += "]"
    }

    // CCE1 = ( CCchar [ "-" CCchar ] ) / charClassEsc
    private mutating func classEntry() throws(JSONPathError) {
        if current == "\\", position + 1 < scalars.count, scalars[position + 1] == "p" || scalars[position + 1] == "P" {
            try escape(inClass: true)
            return
        }
        let low = try classCharacter()
        if current == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
            let dash = position
            position += 1
            if current == "\\", position + 1 < scalars.count,
                scalars[position + 1] == "p" || scalars[position + 1] == "P"
            {
                throw error("a character property cannot end a range", at: position)
            }
            let high = try classCharacter()
            guard low.value <= high.value else { throw error("the character range is reversed", at: dash) }
            appendLiteral(low)
            output += "-"
            appendLiteral(high)
        } else {
            appendLiteral(low)
        }
    }

    // CCchar = ( %x00-2C / %x2E-5A / %x5E-D7FF / %xE000-10FFFF ) / SingleCharEscape
    private mutating func classCharacter() throws(JSONPathError) -> Unicode.Scalar {
        guard let scalar = current else { throw error("expected ']' to close the character class") }
        switch scalar {
        case "\\":
            let start = position
            position += 1
            guard let escaped = current else {
                throw error("a backslash at the end of the pattern escapes nothing", at: start)
            }
            position += 1
            switch escaped {
            case "(", ")", "*", "+", "-", ".", "?", "[", "\\", "]", "^", "{", "|", "}": return escaped
            case "n": return "\n"
            case "r": return "\r"
            case "t": return "\t"
            default:
                throw error("'\\\(escaped)' is not an I-Regexp escape", at: start)
            }
        case "[":
            throw error("'[' inside a character class must be escaped as '\\['")
        default:
            position += 1
            return scalar
        }
    }

    /// Writes one character so ICU reads it literally, in or out of a class.
    private mutating func appendLiteral(_ scalar: Unicode.Scalar) {
        if scalar.properties.isASCIIHexDigit || ("g"..."z").contains(scalar) || ("G"..."Z").contains(scalar) {
            output.unicodeScalars.append(scalar)
        } else {
            output += "\\x{" + String(scalar.value, radix: 16) + "}"
        }
    }
}
