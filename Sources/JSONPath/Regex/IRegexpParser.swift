/// Parses an I-Regexp pattern (RFC 9485 section 5.3) into a `RegexNode`, rejecting what the
/// grammar does not allow, with the offset (in Unicode scalars) of the first problem.
struct IRegexpParser {
    /// The largest repetition count accepted: an implementation limit, so that a pattern
    /// cannot expand into an automaton too large to run.
    static let maximumRepetition = 1000
    /// How deeply groups may nest.
    static let maximumDepth = 100

    private let text: String
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var depth = 0

    init(_ text: String) {
        self.text = text
        self.scalars = Parser.scalars(of: text)
    }

    /// The pattern's tree, or an error at the first place it leaves I-Regexp's grammar.
    mutating func parse() throws(JSONPathError) -> RegexNode {
        let node = try regexp()
        if position < scalars.count {
            // Only an unbalanced `)` stops a top-level expression early.
            throw error("unbalanced ')' in the regular expression")
        }
        return node
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    private func error(_ message: String, at offset: Int? = nil) -> JSONPathError {
        JSONPathError(message: message, offset: offset ?? position, text: text)
    }

    // i-regexp = branch *( "|" branch )
    private mutating func regexp() throws(JSONPathError) -> RegexNode {
        var branches = [try branch()]
        while current == "|" {
            position += 1
            branches.append(try branch())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    // branch = *piece
    private mutating func branch() throws(JSONPathError) -> RegexNode {
        var pieces: [RegexNode] = []
        while let scalar = current, scalar != "|", scalar != ")" {
            pieces.append(try piece())
        }
        return pieces.count == 1 ? pieces[0] : .sequence(pieces)
    }

    // piece = atom [ quantifier ]
    private mutating func piece() throws(JSONPathError) -> RegexNode {
        let atom = try self.atom()
        guard let scalar = current else { return atom }
        let node: RegexNode
        switch scalar {
        case "*":
            position += 1
            node = .repetition(atom, minimum: 0, maximum: nil)
        case "+":
            position += 1
            node = .repetition(atom, minimum: 1, maximum: nil)
        case "?":
            position += 1
            node = .repetition(atom, minimum: 0, maximum: 1)
        case "{":
            let (minimum, maximum) = try rangeQuantifier()
            node = .repetition(atom, minimum: minimum, maximum: maximum)
        default:
            return atom
        }
        if let next = current, next == "*" || next == "+" || next == "?" || next == "{" {
            throw error(
                next == "?"
                    ? "lazy quantifiers ('\(scalars[position - 1])?') are not part of I-Regexp"
                    : "a quantifier cannot follow another quantifier; group the expression first")
        }
        return node
    }

    // range-quantifier = "{" QuantExact [ "," [ QuantExact ] ] "}"
    private mutating func rangeQuantifier() throws(JSONPathError) -> (Int, Int?) {
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
        if max(minimum, maximum ?? 0) > Self.maximumRepetition {
            throw error("repetition counts above \(Self.maximumRepetition) are not supported", at: start)
        }
        return (minimum, maximum)
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
    private mutating func atom() throws(JSONPathError) -> RegexNode {
        guard let scalar = current else { return .sequence([]) }
        switch scalar {
        case "(":
            let open = position
            position += 1
            if current == "?" {
                throw error("group modifiers such as '(?:', '(?=' or '(?<' are not part of I-Regexp")
            }
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw error("groups nest too deeply") }
            let inner = try regexp()
            guard current == ")" else { throw error("expected ')' to close the group opened here", at: open) }
            position += 1
            return inner
        case ".":
            position += 1
            return .scalar(.dot)
        case "[":
            return .scalar(try characterClass())
        case "\\":
            return .scalar(try escape())
        case "^", "$":
            // RFC 9485's grammar lists '^' and '$' as ordinary characters, but the JSONPath
            // Compliance Test Suite (and every ECMAScript-based implementation, following the
            // RFC's own mapping to ECMAScript) reads them as anchors: start and end of the
            // string. '\^' is a literal caret; a literal dollar needs '[$]'.
            position += 1
            return scalar == "^" ? .start : .end
        case "*", "+", "?", "{":
            throw error("'\(scalar)' must follow something to repeat; escape it as '\\\(scalar)' to match it")
        case "]", "}":
            throw error("unescaped '\(scalar)'; write '\\\(scalar)' to match it")
        default:
            position += 1
            return .scalar(.literal(scalar))
        }
    }

    // SingleCharEscape / catEsc / complEsc
    private mutating func escape() throws(JSONPathError) -> ScalarSet {
        if peek(1) == "p" || peek(1) == "P" {
            return ScalarSet(items: [try property()], isNegated: false)
        }
        return .literal(try escapedCharacter())
    }

    // SingleCharEscape = "\" ( "(" / ")" / "*" / "+" / "-" / "." / "?" / "[" / "\" / "]" / "^" /
    //                          "n" / "r" / "t" / "{" / "|" / "}" )
    private mutating func escapedCharacter() throws(JSONPathError) -> Unicode.Scalar {
        let start = position
        position += 1
        guard let scalar = current else {
            throw error("a backslash at the end of the pattern escapes nothing", at: start)
        }
        position += 1
        switch scalar {
        case "(", ")", "*", "+", "-", ".", "?", "[", "\\", "]", "^", "{", "|", "}": return scalar
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        default:
            throw error(
                "'\\\(scalar)' is not an I-Regexp escape; allowed are \\p{..}, \\P{..}, \\n, \\r, \\t and escaped metacharacters",
                at: start)
        }
    }

    // catEsc = "\p{" charProp "}" ; complEsc = "\P{" charProp "}"
    private mutating func property() throws(JSONPathError) -> ScalarSet.Item {
        let negated = peek(1) == "P"
        position += 2
        guard current == "{" else { throw error("expected '{' after '\\\(negated ? "P" : "p")'") }
        position += 1
        let nameStart = position
        while let scalar = current, scalar != "}" { position += 1 }
        guard current == "}" else { throw error("expected '}' to close the character property") }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<position]))
        position += 1
        guard let categories = ScalarSet.categories(named: name) else {
            throw error(
                "'\(name)' is not a Unicode general category that I-Regexp allows (e.g. L, Lu, Nd)", at: nameStart)
        }
        return .category(categories, negated: negated)
    }

    // charClassExpr = "[" [ "^" ] ( "-" / CCE1 ) *CCE1 [ "-" ] "]"
    private mutating func characterClass() throws(JSONPathError) -> ScalarSet {
        let open = position
        position += 1
        var set = ScalarSet(items: [], isNegated: false)
        if current == "^" {
            position += 1
            set.isNegated = true
        }
        if current == "-" {
            position += 1
            set.items.append(.range(0x2D...0x2D))
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
                set.items.append(.range(0x2D...0x2D))
                break
            }
            set.items.append(try classEntry())
        }
        guard current == "]" else { throw error("expected ']' to close the character class opened here", at: open) }
        guard !set.items.isEmpty else { throw error("a character class cannot be empty") }
        position += 1
        return set
    }

    // CCE1 = ( CCchar [ "-" CCchar ] ) / charClassEsc
    private mutating func classEntry() throws(JSONPathError) -> ScalarSet.Item {
        if current == "\\", peek(1) == "p" || peek(1) == "P" {
            return try property()
        }
        let low = try classCharacter()
        guard current == "-", let next = peek(1), next != "]" else {
            return .range(low.value...low.value)
        }
        let dash = position
        position += 1
        if current == "\\", peek(1) == "p" || peek(1) == "P" {
            throw error("a character property cannot end a range", at: position)
        }
        let high = try classCharacter()
        guard low.value <= high.value else { throw error("the character range is reversed", at: dash) }
        return .range(low.value...high.value)
    }

    // CCchar = ( %x00-2C / %x2E-5A / %x5E-D7FF / %xE000-10FFFF ) / SingleCharEscape
    private mutating func classCharacter() throws(JSONPathError) -> Unicode.Scalar {
        guard let scalar = current else { throw error("expected ']' to close the character class") }
        switch scalar {
        case "\\":
            return try escapedCharacter()
        case "[":
            throw error("'[' inside a character class must be escaped as '\\['")
        default:
            position += 1
            return scalar
        }
    }
}
