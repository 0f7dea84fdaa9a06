import JSONPath
import YAMLSource

extension RuleParser {
    static let conditionNames = [
        "exists", "absent", "stated", "keys", "count", "matches", "not-matches", "one-of", "none-of", "type", "covers",
        "in", "not-in",
        "unique", "sum", "share", "terms", "expr", "distinct", "all", "any", "not",
    ]

    // MARK: Queries, expressions, regexes

    /// A query: a string starting with `$` or `@`, compiled now.
    mutating func query(_ node: YAMLNode, what: String) -> RuleQuery? {
        guard let text = reader.string(node, what: what) else { return nil }
        guard let first = text.unicodeScalars.first, first == "$" || first == "@" else {
            reader.error(
                "\(what) must be a JSONPath query starting with '$' (the document) or '@' (the subject)", at: node,
                help: "e.g. \"$.partner.roles\"")
            return nil
        }
        do {
            let compiled = try compiledQuery(text)
            guard acceptsPatterns(compiled.query.patternErrors, in: node, what: what) else { return nil }
            queryTexts.append(text)
            return compiled
        } catch {
            reader.error(
                "invalid JSONPath in \(what): \(error.message)",
                span: ScalarOffsets.span(ofValueIndex: error.offset, in: node, source: reader.file))
            return nil
        }
    }

    /// `of:` — one query or a list of queries.
    mutating func queries(_ node: YAMLNode, what: String) -> [RuleQuery]? {
        if case .sequence(let items) = node.content {
            guard !items.isEmpty else {
                reader.error("\(what) must name at least one query", at: node)
                return nil
            }
            let compiled = items.compactMap { query($0, what: what) }
            return compiled.count == items.count ? compiled : nil
        }
        return query(node, what: what).map { [$0] }
    }

    /// Reports the first invalid literal regex of a query or expression; RFC 9535 would make
    /// `match`/`search` silently false, which in a rule is a mistake worth stopping for.
    private mutating func acceptsPatterns(_ patternErrors: [JSONPathError], in node: YAMLNode, what: String) -> Bool {
        guard let patternError = patternErrors.first else { return true }
        reader.error(
            "invalid regular expression in \(what): \(patternError.message)",
            span: ScalarOffsets.span(ofValueIndex: patternError.offset, in: node, source: reader.file),
            help: "regular expressions are I-Regexp (RFC 9485): no anchors, no \\d, no back-references")
        return false
    }

    /// An RFC 9535 logical expression (`expr`, `where`).
    mutating func expression(_ node: YAMLNode, what: String) -> JSONPathExpression? {
        guard let text = reader.string(node, what: what) else { return nil }
        do {
            let compiled = try JSONPathExpression(text)
            guard acceptsPatterns(compiled.patternErrors, in: node, what: what) else { return nil }
            queryTexts.append(text)
            return compiled
        } catch {
            reader.error(
                "invalid expression in \(what): \(error.message)",
                span: ScalarOffsets.span(ofValueIndex: error.offset, in: node, source: reader.file))
            return nil
        }
    }

    mutating func regex(_ node: YAMLNode, what: String) -> IRegexp? {
        guard let text = reader.string(node, what: what) else { return nil }
        do {
            return try IRegexp(text)
        } catch {
            reader.error(
                "invalid regular expression in \(what): \(error.message)",
                span: ScalarOffsets.span(ofValueIndex: error.offset, in: node, source: reader.file),
                help: "regular expressions are I-Regexp (RFC 9485): no anchors, no \\d, no back-references")
            return nil
        }
    }

    // MARK: Bounds and lists

    /// A number, a query, or `{param: NAME}`.
    mutating func bound(_ node: YAMLNode, what: String, fraction: Bool = false) -> Bound? {
        if let number = node.numberValue {
            if fraction, !(0...1).contains(number) {
                reader.error(
                    "\(what) must be a fraction between 0 and 1, not \(ValueFormatting.number(number))", at: node)
                return nil
            }
            return .number(number)
        }
        if node.stringContent != nil { return query(node, what: what).map(Bound.query) }
        if let name = parameterReference(node, what: what) {
            guard parameters[name]?.number != nil else {
                reader.error("parameter '\(name)' is not a number", at: node)
                return nil
            }
            return .parameter(name)
        }
        return nil
    }

    /// `{param: NAME}` naming a declared parameter.
    mutating func parameterReference(_ node: YAMLNode, what: String) -> String? {
        guard case .mapping(let pairs) = node.content, pairs.count == 1, pairs[0].key.scalarText == "param",
            let name = pairs[0].value.stringContent
        else {
            reader.error(
                "\(what) must be a number, a query (\"$...\") or {param: NAME}, not \(SchemaReader.describe(node))",
                at: node)
            return nil
        }
        guard parameters[name] != nil else {
            reader.error(
                "'\(name)' is not a parameter of this rule", at: pairs[0].value,
                help: parameters.isEmpty
                    ? "declare it under 'parameters:' with a default value"
                    : Suggestion.help(for: name, among: parameters.keys.sorted()))
            return nil
        }
        return name
    }

    /// `values:` — a list of scalars and `{param: NAME}`, or `{param: NAME}` for the whole list.
    mutating func listItems(_ node: YAMLNode, what: String) -> [ListItem]? {
        if case .mapping = node.content {
            return parameterReference(node, what: what).map { [.parameter($0)] }
        }
        guard let items = reader.list(node, what: what) else { return nil }
        var result: [ListItem] = []
        for item in items {
            switch item.content {
            case .scalar: result.append(.value(item.valueKey))
            case .mapping:
                if let name = parameterReference(item, what: "each entry of \(what)") {
                    result.append(.parameter(name))
                }
            case .sequence:
                reader.error("each entry of \(what) must be a scalar or {param: NAME}", at: item)
            }
        }
        return result
    }

    // MARK: Conditions

    mutating func condition(_ node: YAMLNode) -> Condition? {
        guard node.kind == .mapping else {
            reader.error(
                "a condition must be a mapping with one key (exists, count, all, …), not \(SchemaReader.describe(node))",
                at: node)
            return nil
        }
        guard node.childCount == 1 else {
            let pairs = node.pairs ?? []
            let keys = pairs.compactMap(\.key.scalarText).joined(separator: ", ")
            reader.error(
                pairs.isEmpty
                    ? "a condition must not be empty"
                    : "a condition has exactly one key, found \(pairs.count): \(keys)",
                at: node, help: "combine conditions with 'all: [...]' or 'any: [...]'")
            return nil
        }
        let pair = node.pair(at: 0)
        let key = pair.key.scalarText ?? ""
        let value = pair.value
        switch key {
        case "exists": return query(value, what: "'exists'").map(Condition.exists)
        case "absent": return query(value, what: "'absent'").map(Condition.absent)
        case "stated": return query(value, what: "'stated'").map(Condition.stated)
        case "keys": return keysCondition(value)
        case "unique": return queries(value, what: "'unique'").map(Condition.unique)
        case "expr":
            guard let text = value.stringContent else {
                _ = reader.string(value, what: "'expr'")
                return nil
            }
            return expression(value, what: "'expr'").map { Condition.expr($0, text: text) }
        case "all", "any":
            guard let items = reader.list(value, what: "'\(key)'") else { return nil }
            guard !items.isEmpty else {
                reader.error("'\(key)' needs at least one condition", at: value)
                return nil
            }
            let members = items.compactMap { condition($0) }
            guard members.count == items.count else { return nil }
            return key == "all" ? .all(members) : .any(members)
        case "not": return condition(value).map(Condition.not)
        case "count":
            guard let f = fields(value, key, allowed: ["of", "min", "max"], required: ["of"]),
                let of = f["of"].flatMap({ queries($0.value, what: "'of'") })
            else { return nil }
            let min = f["min"].flatMap { bound($0.value, what: "'min'") }
            let max = f["max"].flatMap { bound($0.value, what: "'max'") }
            guard needsBound(value, key, [f["min"], f["max"]], names: "'min' or 'max'") else { return nil }
            return .count(of: of, min: min, max: max)
        case "matches", "not-matches":
            guard let f = fields(value, key, allowed: ["of", "regex", "search"], required: ["of"]),
                let of = f["of"].flatMap({ queries($0.value, what: "'of'") })
            else { return nil }
            let (pattern, whole): (YAMLPair?, Bool) = f["regex"] != nil ? (f["regex"], true) : (f["search"], false)
            if f["regex"] != nil, f["search"] != nil {
                reader.error("'\(key)' takes 'regex' (whole string) or 'search' (anywhere), not both", at: value)
                return nil
            }
            guard let pattern else {
                reader.error("'\(key)' needs 'regex' (whole string) or 'search' (anywhere)", at: value)
                return nil
            }
            guard let regex = regex(pattern.value, what: "'\(pattern.key.scalarText ?? "regex")'") else { return nil }
            return key == "matches"
                ? .matches(of: of, regex: regex, whole: whole) : .notMatches(of: of, regex: regex, whole: whole)
        case "one-of", "none-of":
            guard let f = fields(value, key, allowed: ["of", "values"], required: ["of", "values"]),
                let of = f["of"].flatMap({ queries($0.value, what: "'of'") }),
                let values = f["values"].flatMap({ listItems($0.value, what: "'values'") })
            else { return nil }
            let list = ValueList(values)
            return key == "one-of" ? .oneOf(of: of, values: list) : .noneOf(of: of, values: list)
        case "type":
            guard let f = fields(value, key, allowed: ["of", "is"], required: ["of", "is"]),
                let of = f["of"].flatMap({ queries($0.value, what: "'of'") })
            else { return nil }
            let typeNames = ValueType.allCases.map(\.rawValue)
            guard let isNode = f["is"]?.value else { return nil }
            let nodes: [YAMLNode]
            if case .sequence(let items) = isNode.content { nodes = items } else { nodes = [isNode] }
            let types = nodes.compactMap {
                reader.word($0, what: "'is'", among: typeNames).flatMap { ValueType(rawValue: $0) }
            }
            guard types.count == nodes.count, !types.isEmpty else { return nil }
            return .type(of: of, types: types)
        case "covers":
            guard let f = fields(value, key, allowed: ["of", "values", "min"], required: ["of", "values"]),
                let of = f["of"].flatMap({ queries($0.value, what: "'of'") }),
                let values = f["values"].flatMap({ listItems($0.value, what: "'values'") })
            else { return nil }
            let min = f["min"].flatMap { bound($0.value, what: "'min'") }
            if f["min"] != nil, min == nil { return nil }
            return .covers(of: of, values: values, min: min)
        case "in", "not-in":
            guard let f = fields(value, key, allowed: ["value", "among"], required: ["value", "among"]),
                let item = f["value"].flatMap({ query($0.value, what: "'value'") }),
                let among = f["among"].flatMap({ queries($0.value, what: "'among'") })
            else { return nil }
            return key == "in" ? .isIn(value: item, among: among) : .notIn(value: item, among: among)
        case "sum":
            guard
                let f = fields(
                    value, key, allowed: ["of", "where", "value", "equals", "min", "max", "tolerance"], required: ["of"]
                ),
                let of = f["of"].flatMap({ queries($0.value, what: "'of'") })
            else { return nil }
            var sum = SumCondition(of: of)
            sum.filter = f["where"].flatMap { expression($0.value, what: "'where'") }
            sum.value = f["value"].flatMap { query($0.value, what: "'value'") }
            sum.equals = f["equals"].flatMap { bound($0.value, what: "'equals'") }
            sum.min = f["min"].flatMap { bound($0.value, what: "'min'") }
            sum.max = f["max"].flatMap { bound($0.value, what: "'max'") }
            sum.tolerance = f["tolerance"].flatMap { bound($0.value, what: "'tolerance'") }
            guard needsBound(value, key, [f["equals"], f["min"], f["max"]], names: "'equals', 'min' or 'max'") else {
                return nil
            }
            return .sum(sum)
        case "share":
            guard
                let f = fields(
                    value, key, allowed: ["of", "weight", "where", "min", "max"], required: ["of", "where"]),
                let of = f["of"].flatMap({ queries($0.value, what: "'of'") }),
                let filter = f["where"].flatMap({ expression($0.value, what: "'where'") })
            else { return nil }
            var share = ShareCondition(of: of, filter: filter)
            share.weight = f["weight"].flatMap { query($0.value, what: "'weight'") }
            share.min = f["min"].flatMap { bound($0.value, what: "'min'", fraction: true) }
            share.max = f["max"].flatMap { bound($0.value, what: "'max'", fraction: true) }
            guard needsBound(value, key, [f["min"], f["max"]], names: "'min' or 'max'") else { return nil }
            return .share(share)
        case "terms":
            guard let f = fields(value, key, allowed: ["of", "avoid", "case-sensitive"], required: ["of", "avoid"]),
                let of = f["of"].flatMap({ queries($0.value, what: "'of'") })
            else { return nil }
            let caseSensitive = f["case-sensitive"].flatMap { reader.bool($0.value, what: "'case-sensitive'") } ?? false
            guard let avoid = f["avoid"]?.value else { return nil }
            guard case .mapping(let pairs) = avoid.content, !pairs.isEmpty else {
                reader.error(
                    "'avoid' must be a mapping of terms to suggestions", at: avoid,
                    help: "e.g. avoid: {illegal migrant: irregular migrant}")
                return nil
            }
            var terms: [TermMatcher.Term] = []
            for pair in pairs {
                guard let term = pair.key.scalarText, term.contains(where: { !$0.isWhitespace }),
                    let suggestion = reader.string(
                        pair.value, what: "the suggestion for '\(pair.key.scalarText ?? "")'")
                else {
                    if !(pair.key.scalarText?.contains(where: { !$0.isWhitespace }) ?? false) {
                        reader.error("a term to avoid must be non-empty text", at: pair.key)
                    }
                    continue
                }
                terms.append(TermMatcher.Term(text: term, suggestion: suggestion, caseSensitive: caseSensitive))
            }
            guard terms.count == pairs.count else { return nil }
            return .terms(TermsCondition(of: of, terms: terms, caseSensitive: caseSensitive))
        case "distinct":
            guard let f = fields(value, key, allowed: ["of", "max-similarity", "min-words"], required: ["of"]),
                let of = f["of"].flatMap({ queries($0.value, what: "'of'") })
            else { return nil }
            var maxSimilarity = Bound.number(0.8)
            var minWords = Bound.number(1)
            if let pair = f["max-similarity"] {
                guard let parsed = bound(pair.value, what: "'max-similarity'", fraction: true) else { return nil }
                maxSimilarity = parsed
            }
            if let pair = f["min-words"] {
                guard let parsed = bound(pair.value, what: "'min-words'") else { return nil }
                minWords = parsed
            }
            return .distinct(of: of, maxSimilarity: maxSimilarity, minWords: minWords)
        default:
            reader.error(
                "unknown condition '\(key)'", at: pair.key,
                help: Suggestion.help(for: key, among: Self.conditionNames))
            return nil
        }
    }

    /// The fields of a condition's mapping.
    mutating func fields(
        _ node: YAMLNode, _ name: String, allowed: [String], required: [String]
    ) -> MappingFields? {
        guard node.kind == .mapping else {
            reader.error(
                "'\(name)' takes a mapping {\(allowed.joined(separator: ", "))}, not \(SchemaReader.describe(node))",
                at: node)
            return nil
        }
        let before = reader.collector.diagnostics.count
        let fields = reader.mapping(node, what: "'\(name)'", allowed: allowed, required: required)
        return reader.collector.diagnostics.count == before ? fields : nil
    }

    private mutating func needsBound(_ node: YAMLNode, _ name: String, _ bounds: [YAMLPair?], names: String) -> Bool {
        if bounds.allSatisfy({ $0 == nil }) {
            reader.error("'\(name)' needs a bound: \(names)", at: node)
            return false
        }
        return true
    }
}
