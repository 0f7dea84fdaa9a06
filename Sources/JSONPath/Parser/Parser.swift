/// A recursive-descent parser for the grammar of RFC 9535 (appendix A), checking
/// well-typedness (section 2.4.3) as it goes.
///
/// The text is read as Unicode scalars, so error offsets count scalars.
struct Parser {
    /// How deeply expressions may nest before the parser gives up; keeps hostile input from
    /// exhausting the stack.
    static let maximumDepth = 128

    let text: String
    /// Whether comparisons of a singular query with literals are compiled into `equalsAny`
    /// tests, merged along `||` and `&&` chains; without it every comparison stays the plain
    /// RFC 9535 tree, which tests compare the merged tests with.
    let mergesEqualities: Bool
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var depth = 0

    init(_ text: String, mergesEqualities: Bool = true) {
        self.text = text
        self.mergesEqualities = mergesEqualities
        self.scalars = Self.scalars(of: text)
    }

    /// The Unicode scalars of `text`; an ASCII text (most queries) is read byte by byte,
    /// without decoding it scalar by scalar.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var utf8 = text
        let ascii = utf8.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? bytes.map { Unicode.Scalar($0) } : nil
        }
        return ascii ?? Array(text.unicodeScalars)
    }

    // MARK: - Entry points

    /// `jsonpath-query`, the whole text; with `allowingCurrentNode`, `@` may start it too.
    mutating func parseQuery(allowingCurrentNode: Bool) throws(JSONPathError) -> Query {
        let start: Query.Start
        switch current {
        case "$": start = .root
        case "@" where allowingCurrentNode: start = .current
        case nil:
            throw error(
                allowingCurrentNode
                    ? "the query is empty; it must start with '$' or '@'" : "the query is empty; it must start with '$'"
            )
        case let scalar?:
            if isBlank(scalar) {
                throw error("whitespace before the query is not allowed")
            }
            throw error(
                allowingCurrentNode
                    ? "a query must start with '$' (the root) or '@' (the current node)"
                    : "a query must start with '$' (the root)")
        }
        position += 1
        let query = Query(start: start, segments: try segments())
        try expectEnd(after: "the query")
        return query
    }

    /// A standalone `logical-expr`, surrounding whitespace allowed.
    mutating func parseLogicalExpression() throws(JSONPathError) -> LogicalExpression {
        skipBlanks()
        let start = position
        let expression = try logical(orExpression(), at: start)
        skipBlanks()
        try expectEnd(after: "the expression")
        return expression
    }

    private mutating func expectEnd(after what: String) throws(JSONPathError) {
        guard position < scalars.count else { return }
        let end = position
        skipBlanks()
        if position == scalars.count {
            throw error("whitespace after \(what) is not allowed", at: end)
        }
        throw error(
            "unexpected \(describe(current)) after \(what); expected '.name', '..name' or a bracketed selection '[...]'"
        )
    }

    // MARK: - Scanning

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    private func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    private mutating func skipBlanks() {
        while let scalar = current, isBlank(scalar) { position += 1 }
    }

    private func error(_ message: String, at offset: Int? = nil) -> JSONPathError {
        JSONPathError(message: message, offset: offset ?? position, text: text)
    }

    private func describe(_ scalar: Unicode.Scalar?) -> String {
        guard let scalar else { return "end of the query" }
        if scalar.value < 0x20 || scalar.value == 0x7F {
            return "control character U+" + String(scalar.value, radix: 16, uppercase: true)
        }
        return "'\(Character(scalar))'"
    }

    private static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("0"..."9").contains(scalar)
    }

    // name-first = ALPHA / "_" / %x80-D7FF / %xE000-10FFFF
    private static func isNameFirst(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_" || scalar.value >= 0x80
    }

    // MARK: - Segments and selectors

    /// `segments = *(S segment)`; whitespace is consumed only if a segment follows it.
    private mutating func segments() throws(JSONPathError) -> [Segment] {
        var segments: [Segment] = []
        while true {
            let save = position
            skipBlanks()
            guard let scalar = current, scalar == "." || scalar == "[" else {
                position = save
                return segments
            }
            segments.append(try segment())
        }
    }

    private mutating func segment() throws(JSONPathError) -> Segment {
        if current == "[" {
            return Segment(isDescendant: false, selectors: try bracketedSelection())
        }
        position += 1  // "."
        if current == "." {
            position += 1
            if current == "[" {
                return Segment(isDescendant: true, selectors: try bracketedSelection())
            }
            guard let selector = try dotSelector() else {
                throw error("expected a member name, '*' or '[' after '..'")
            }
            return Segment(isDescendant: true, selectors: [selector])
        }
        guard let selector = try dotSelector() else {
            throw error("expected a member name or '*' after '.'; a name with other characters needs ['...']")
        }
        return Segment(isDescendant: false, selectors: [selector])
    }

    /// `wildcard-selector / member-name-shorthand` after a dot, or nil if neither follows.
    private mutating func dotSelector() throws(JSONPathError) -> Selector? {
        if current == "*" {
            position += 1
            return .wildcard
        }
        guard Self.isNameFirst(current) else { return nil }
        let start = position
        while Self.isNameFirst(current) || Self.isDigit(current) { position += 1 }
        return .name(JSONPathString(Self.string(scalars[start..<position])))
    }

    // bracketed-selection = "[" S selector *(S "," S selector) S "]"
    private mutating func bracketedSelection() throws(JSONPathError) -> [Selector] {
        let open = position
        position += 1
        var selectors: [Selector] = []
        while true {
            skipBlanks()
            let selector = try self.selector()
            selectors.append(selector)
            skipBlanks()
            switch current {
            case ",":
                position += 1
            case "]":
                position += 1
                return selectors
            case nil:
                throw error("expected ',' or ']' to close the '[' at offset \(open)")
            default:
                if case .filter = selector {
                    throw error("unexpected \(describe(current)) in the filter; expected '&&', '||', ',' or ']'")
                }
                throw error("unexpected \(describe(current)); expected ',' or ']' after the selector")
            }
        }
    }

    private mutating func selector() throws(JSONPathError) -> Selector {
        switch current {
        case "'", "\"":
            return .name(JSONPathString(try stringLiteral()))
        case "*":
            position += 1
            return .wildcard
        case "?":
            position += 1
            skipBlanks()
            let start = position
            return .filter(FilterNode(try logical(orExpression(), at: start)))
        case let scalar? where scalar == "-" || scalar == ":" || Self.isDigit(scalar):
            return try indexOrSlice()
        default:
            throw error(
                "expected a selector: a quoted name, '*', an index, a slice 'start:end:step' or a filter '?...'")
        }
    }

    // index-selector = int ; slice-selector = [start S] ":" S [end S] [":" [S step]]
    private mutating func indexOrSlice() throws(JSONPathError) -> Selector {
        var start: Int?
        if current != ":" {
            start = try integer()
            let save = position
            skipBlanks()
            guard current == ":" else {
                position = save
                // `integer()` read at least one digit, so `start` is set.
                return .index(start ?? 0)
            }
        }
        position += 1  // ":"
        skipBlanks()
        var end: Int?
        if current == "-" || Self.isDigit(current) {
            end = try integer()
            skipBlanks()
        }
        var step: Int?
        if current == ":" {
            position += 1
            skipBlanks()
            if current == "-" || Self.isDigit(current) {
                step = try integer()
            }
        }
        return .slice(start: start, end: end, step: step)
    }

    /// `int = "0" / (["-"] DIGIT1 *DIGIT)`, within the I-JSON range ±(2^53 − 1).
    private mutating func integer() throws(JSONPathError) -> Int {
        let start = position
        var negative = false
        if current == "-" {
            negative = true
            position += 1
        }
        guard Self.isDigit(current) else { throw error("expected a digit") }
        if current == "0" {
            if negative { throw error("'-0' is not a valid index; write 0", at: start) }
            if Self.isDigit(peek(1)) { throw error("an index cannot have leading zeros", at: start) }
            position += 1
            return 0
        }
        let limit = 9_007_199_254_740_991  // 2^53 - 1
        var value = 0
        while let scalar = current, Self.isDigit(scalar) {
            value = value * 10 + Int(scalar.value - 48)
            position += 1
            if value > limit {
                throw error("the integer is outside the range ±(2^53 − 1) that RFC 9535 allows", at: start)
            }
        }
        return negative ? -value : value
    }

    // MARK: - String literals

    /// A single- or double-quoted string with the escapes of RFC 9535 section 2.3.1.1.
    private mutating func stringLiteral() throws(JSONPathError) -> String {
        let open = position
        guard let quote = current else { throw error("expected a string") }
        position += 1
        var value: [UInt8] = []
        while true {
            guard let scalar = current else {
                throw error(
                    "the string starting at offset \(open) is not closed; expected \(quote == "'" ? "\"'\"" : "'\"'")")
            }
            switch scalar {
            case quote:
                position += 1
                return String(decoding: value, as: UTF8.self)
            case "\\":
                UTF8.encode(try escapeSequence(quote: quote)) { value.append($0) }
            case _ where scalar.value < 0x20:
                throw error("\(describe(scalar)) must be escaped in a string (e.g. \\n, \\t or \\u00XX)")
            default:
                UTF8.encode(scalar) { value.append($0) }
                position += 1
            }
        }
    }

    /// The string of `scalars`, made from their UTF-8 bytes: appending to a
    /// `String.UnicodeScalarView` costs hundreds of instructions per scalar, and the default
    /// pack's ~450 queries are parsed at every start.
    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func escapeSequence(quote: Unicode.Scalar) throws(JSONPathError) -> Unicode.Scalar {
        let start = position
        position += 1
        guard let scalar = current else { throw error("expected an escape sequence after '\\'") }
        position += 1
        switch scalar {
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "/": return "/"
        case "\\": return "\\"
        case quote: return quote
        case "u":
            let unit = try hexQuad(escapeStart: start)
            switch unit {
            case 0xD800...0xDBFF:
                guard current == "\\", peek(1) == "u" else {
                    throw error(
                        "a high surrogate \\u escape must be followed by a low surrogate \\uDC00-\\uDFFF", at: start)
                }
                let lowStart = position
                position += 2
                let low = try hexQuad(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("expected a low surrogate \\uDC00-\\uDFFF after the high surrogate", at: lowStart)
                }
                let combined = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                // A surrogate pair always combines to a valid scalar.
                return Unicode.Scalar(UInt32(combined)) ?? "\u{FFFD}"
            case 0xDC00...0xDFFF:
                throw error("a low surrogate \\u escape must follow a high surrogate", at: start)
            default:
                return Unicode.Scalar(UInt32(unit)) ?? "\u{FFFD}"
            }
        default:
            throw error(
                "'\\\(Character(scalar))' is not a valid escape here; allowed are \\b \\f \\n \\r \\t \\/ \\\\ \\\(Character(quote)) and \\uXXXX",
                at: start)
        }
    }

    private mutating func hexQuad(escapeStart: Int) throws(JSONPathError) -> Int {
        var value = 0
        for _ in 0..<4 {
            guard let scalar = current,
                let digit = scalar.properties.isASCIIHexDigit ? Int(String(scalar), radix: 16) : nil
            else {
                throw error("expected four hexadecimal digits after '\\u'", at: escapeStart)
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    // MARK: - Logical expressions

    /// The result of parsing part of a filter before its use is known: a full logical
    /// expression, or a bare operand that may still be compared or passed to a function.
    private enum Parsed {
        case logical(LogicalExpression)
        case operand(Operand)
    }

    private enum Operand {
        case literal(JSONPathNodeKind)
        case query(Query)
        case function(FunctionCall)
    }

    /// `logical-or-expr = logical-and-expr *(S "||" S logical-and-expr)`
    private mutating func orExpression() throws(JSONPathError) -> Parsed {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw error("the expression nests too deeply") }
        let start = position
        let first = try andExpression()
        var terms: [LogicalExpression] = []
        while true {
            let save = position
            skipBlanks()
            guard current == "|", peek(1) == "|" else {
                position = save
                break
            }
            if terms.isEmpty { terms.append(try logical(first, at: start)) }
            position += 2
            skipBlanks()
            let termStart = position
            terms.append(try logical(andExpression(), at: termStart))
        }
        guard !terms.isEmpty else { return first }
        guard mergesEqualities else { return .logical(.or(terms)) }
        let merged = Self.mergingEqualities(terms, disjunction: true)
        return .logical(merged.count == 1 ? merged[0] : .or(merged))
    }

    /// Merges the terms of an `||` that test the same singular query `q` for a value — `q ==
    /// literal` (an `equalsAny`, as the parser makes each) or `!q` (Nothing) — into one
    /// `equalsAny`, which reads `q` once: rules list allowed values this way. With
    /// `disjunction` false, the terms of an `&&` that test `q` for not being a value — `q !=
    /// literal` (`!equalsAny`) or `q` (not Nothing) — merge into one `!equalsAny`, by De
    /// Morgan's law (`q && q != null` is `!(!q || q == null)`).
    ///
    /// A merged test takes the place of the first of its terms. Terms have no side effects, so
    /// the order they are tried in changes no result, only how soon a chain is settled.
    private static func mergingEqualities(_ terms: [LogicalExpression], disjunction: Bool) -> [LogicalExpression] {
        var merged: [LogicalExpression] = []
        // Per query tested: where its test stands in `merged`, the values, how many terms.
        var groups: [(position: Int, query: Query, values: EqualityLiterals, terms: Int)] = []
        for term in terms {
            guard let (query, values) = disjunction ? equality(term) : inequality(term) else {
                merged.append(term)
                continue
            }
            if let group = groups.firstIndex(where: { $0.query.isSameSingularQuery(as: query) }) {
                groups[group].values = groups[group].values + values
                groups[group].terms += 1
            } else {
                groups.append((merged.count, query, values, 1))
                merged.append(term)
            }
        }
        for group in groups where group.terms > 1 {
            let test = LogicalExpression.equalsAny(group.query, group.values)
            merged[group.position] = disjunction ? test : .not(test)
        }
        return merged
    }

    /// The singular query and the values `term` holds for: `q == l` (`equalsAny`), `!q`.
    private static func equality(_ term: LogicalExpression) -> (Query, EqualityLiterals)? {
        switch term {
        case .equalsAny(let query, let values): (query, values)
        case .not(.exists(let query)) where query.isSingular: (query, .nothing)
        default: nil
        }
    }

    /// The singular query and the values `term` fails for: `q != l` (`!equalsAny`), `q`.
    private static func inequality(_ term: LogicalExpression) -> (Query, EqualityLiterals)? {
        switch term {
        case .not(.equalsAny(let query, let values)): (query, values)
        case .exists(let query) where query.isSingular: (query, .nothing)
        default: nil
        }
    }

    /// `logical-and-expr = basic-expr *(S "&&" S basic-expr)`
    private mutating func andExpression() throws(JSONPathError) -> Parsed {
        let start = position
        let first = try basicExpression()
        var terms: [LogicalExpression] = []
        while true {
            let save = position
            skipBlanks()
            guard current == "&", peek(1) == "&" else {
                position = save
                break
            }
            if terms.isEmpty { terms.append(try logical(first, at: start)) }
            position += 2
            skipBlanks()
            let termStart = position
            terms.append(try logical(basicExpression(), at: termStart))
        }
        guard !terms.isEmpty else { return first }
        guard mergesEqualities else { return .logical(.and(terms)) }
        let merged = Self.mergingEqualities(terms, disjunction: false)
        return .logical(merged.count == 1 ? merged[0] : .and(merged))
    }

    /// `basic-expr = paren-expr / comparison-expr / test-expr`
    private mutating func basicExpression() throws(JSONPathError) -> Parsed {
        if current == "!" {
            position += 1
            skipBlanks()
            if current == "(" {
                return .logical(.not(try parenthesized()))
            }
            let start = position
            let operand = try self.operand(expected: "a query, a function call or '(' after '!'")
            let test = try logical(.operand(operand), at: start)
            let save = position
            skipBlanks()
            if comparisonOperatorAhead() {
                throw error("'!' cannot negate a comparison directly; write !(a == b) or a != b", at: start - 1)
            }
            position = save
            return .logical(.not(test))
        }
        if current == "(" {
            return .logical(try parenthesized())
        }
        let leftStart = position
        let left = try operand(
            expected: "a test or a comparison: a query ('@...' or '$...'), a literal, a function call, '!' or '('")
        let save = position
        skipBlanks()
        guard let comparison = comparisonOperator() else {
            position = save
            return .operand(left)
        }
        skipBlanks()
        let rightStart = position
        let right = try operand(
            expected: "a literal, a singular query or a function call after '\(comparison.rawValue)'")
        let leftOperand = try comparable(left, at: leftStart, role: "left operand of '\(comparison.rawValue)'")
        let rightOperand = try comparable(right, at: rightStart, role: "right operand of '\(comparison.rawValue)'")
        guard mergesEqualities else { return .logical(.comparison(leftOperand, comparison, rightOperand)) }
        switch (leftOperand, comparison, rightOperand) {
        case (.query(let query), .equal, .literal(let literal)), (.literal(let literal), .equal, .query(let query)):
            return .logical(.equalsAny(query, EqualityLiterals(literal)))
        case (.query(let query), .notEqual, .literal(let literal)),
            (.literal(let literal), .notEqual, .query(let query)):
            // `!=` is the negation of `==` (RFC 9535 section 2.3.5.2.2): `@.pillar != null` reads
            // the member once and compares in place, as `==` does.
            return .logical(.not(.equalsAny(query, EqualityLiterals(literal))))
        default:
            return .logical(.comparison(leftOperand, comparison, rightOperand))
        }
    }

    // paren-expr = "(" S logical-expr S ")"
    private mutating func parenthesized() throws(JSONPathError) -> LogicalExpression {
        let open = position
        position += 1
        skipBlanks()
        let start = position
        let inner = try logical(orExpression(), at: start)
        skipBlanks()
        guard current == ")" else {
            throw error("expected ')' to close the '(' at offset \(open), or '&&' / '||' to continue the expression")
        }
        position += 1
        return inner
    }

    private func comparisonOperatorAhead() -> Bool {
        switch current {
        case "<", ">": return true
        case "=", "!": return peek(1) == "="
        default: return false
        }
    }

    private mutating func comparisonOperator() -> ComparisonOperator? {
        let result: ComparisonOperator
        switch (current, peek(1)) {
        case ("=", "="): result = .equal
        case ("!", "="): result = .notEqual
        case ("<", "="): result = .lessOrEqual
        case (">", "="): result = .greaterOrEqual
        case ("<", _): result = .less
        case (">", _): result = .greater
        default: return nil
        }
        position += result.rawValue.unicodeScalars.count
        return result
    }

    /// A literal, a query or a function call.
    private mutating func operand(expected: @autoclosure () -> String) throws(JSONPathError) -> Operand {
        guard let scalar = current else { throw error("expected \(expected())") }
        switch scalar {
        case "$", "@":
            position += 1
            return .query(Query(start: scalar == "$" ? .root : .current, segments: try segments()))
        case "'", "\"":
            return .literal(.string(try stringLiteral()))
        case "-", "0"..."9":
            return .literal(try number())
        case "a"..."z":
            let start = position
            while let next = current, ("a"..."z").contains(next) || ("0"..."9").contains(next) || next == "_" {
                position += 1
            }
            let name = Self.string(scalars[start..<position])
            if current == "(" {
                return .function(try functionCall(name, at: start))
            }
            switch name {
            case "true": return .literal(.bool(true))
            case "false": return .literal(.bool(false))
            case "null": return .literal(.null)
            default:
                if isBlank(current ?? "x"), case let save = position {
                    skipBlanks()
                    let isCall = current == "("
                    position = save
                    if isCall {
                        throw error("no whitespace is allowed between a function name and '('", at: position)
                    }
                }
                throw error(
                    "unknown name '\(name)'; expected a literal (true, false, null, a number or a string), a query or a function call",
                    at: start)
            }
        default:
            throw error("expected \(expected())")
        }
    }

    // number = (int / "-0") [ frac ] [ exp ]
    private mutating func number() throws(JSONPathError) -> JSONPathNodeKind {
        let start = position
        if current == "-" { position += 1 }
        guard Self.isDigit(current) else { throw error("expected a digit after '-'") }
        if current == "0" {
            position += 1
            if Self.isDigit(current) { throw error("a number cannot have leading zeros", at: start) }
        } else {
            while Self.isDigit(current) { position += 1 }
        }
        var isInteger = true
        if current == "." {
            isInteger = false
            position += 1
            guard Self.isDigit(current) else { throw error("expected a digit after the decimal point") }
            while Self.isDigit(current) { position += 1 }
        }
        if current == "e" || current == "E" {
            isInteger = false
            position += 1
            if current == "+" || current == "-" { position += 1 }
            guard Self.isDigit(current) else { throw error("expected a digit in the exponent") }
            while Self.isDigit(current) { position += 1 }
        }
        let literal = Self.string(scalars[start..<position])
        if isInteger, let value = Int(literal) { return .int(value) }
        guard let value = Double(literal) else { throw error("'\(literal)' is not a number", at: start) }
        return .double(value)
    }

    // MARK: - Functions and well-typedness

    // function-expr = function-name "(" S [function-argument *(S "," S function-argument)] S ")"
    private mutating func functionCall(_ name: String, at start: Int) throws(JSONPathError) -> FunctionCall {
        guard let function = JSONPathFunction(rawValue: name) else {
            throw error(
                "unknown function '\(name)'; the functions are length, count, match, search and value", at: start)
        }
        depth += 1
        defer { depth -= 1 }
        position += 1  // "("
        skipBlanks()
        var arguments: [(Parsed, Int)] = []
        if current != ")" {
            while true {
                let argumentStart = position
                arguments.append((try orExpression(), argumentStart))
                skipBlanks()
                if current == "," {
                    position += 1
                    skipBlanks()
                    continue
                }
                guard current == ")" else {
                    throw error("expected ',' or ')' in the arguments of \(name)()")
                }
                break
            }
        }
        position += 1  // ")"
        let parameters = function.parameters
        guard arguments.count == parameters.count else {
            throw error(
                "\(name)() takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s") but is given \(arguments.count)",
                at: start)
        }
        var converted: [FunctionArgument] = []
        for (index, (argument, offset)) in arguments.enumerated() {
            converted.append(
                try self.argument(argument, at: offset, for: parameters[index], of: name, number: index + 1))
        }
        var call = FunctionCall(
            function: function, arguments: converted, literalPattern: nil, hasLiteralPattern: false, patternError: nil)
        if function == .match || function == .search, case .value(.literal(.string(let pattern))) = converted[1] {
            call.hasLiteralPattern = true
            do {
                call.literalPattern = try IRegexp(pattern)
            } catch {
                // The offset is exact when the literal has no escapes before the problem.
                let offset = min(arguments[1].1 + 1 + error.offset, scalars.count)
                call.patternError = JSONPathError(
                    message: "invalid I-Regexp pattern: \(error.message)", offset: offset, text: text)
            }
        }
        return call
    }

    /// Checks an argument against its parameter's declared type (RFC 9535 section 2.4.3).
    private func argument(
        _ parsed: Parsed, at offset: Int, for type: FunctionType, of name: String, number: Int
    ) throws(JSONPathError) -> FunctionArgument {
        // Spelt out only for an error: most arguments are well typed.
        func what() -> String { "argument \(number) of \(name)()" }
        switch (type, parsed) {
        case (.value, .operand(let operand)):
            return .value(try comparable(operand, at: offset, role: what()))
        case (.value, .logical):
            throw error("\(what()) must be a value (ValueType), but a logical expression is given", at: offset)
        case (.nodes, .operand(.query(let query))):
            return .nodes(query)
        case (.nodes, _):
            throw error("\(what()) must be a query (NodesType), e.g. @.items[*]", at: offset)
        case (.logical, _):
            return .logical(try logical(parsed, at: offset))
        }
    }

    /// Uses a parsed expression as a test (`LogicalType`).
    private func logical(_ parsed: Parsed, at offset: Int) throws(JSONPathError) -> LogicalExpression {
        switch parsed {
        case .logical(let expression):
            return expression
        case .operand(.query(let query)):
            return .exists(query)
        case .operand(.function(let call)):
            guard call.function.result != .value else {
                throw error(
                    "\(call.function.rawValue)() returns a value (ValueType), which cannot be used as a test; compare it, e.g. \(call.function.rawValue)(...) == 1",
                    at: offset)
            }
            return .function(call)
        case .operand(.literal):
            throw error("a literal cannot be used as a test; compare it with something, e.g. @.x == 1", at: offset)
        }
    }

    /// Uses an operand as one side of a comparison (`ValueType`).
    private func comparable(
        _ operand: Operand, at offset: Int, role: @autoclosure () -> String
    ) throws(JSONPathError) -> ComparisonOperand {
        switch operand {
        case .literal(let value):
            return .literal(value)
        case .query(let query):
            guard query.isSingular else {
                throw error(
                    "the \(role()) is a query that can select several nodes; only a singular query (made of '.name', ['name'] and [index]) gives a value",
                    at: offset)
            }
            return .query(query)
        case .function(let call):
            guard call.function.result == .value else {
                throw error(
                    "\(call.function.rawValue)() returns a logical result (LogicalType), which cannot be the \(role()); use it as a test",
                    at: offset)
            }
            return .function(call)
        }
    }
}
