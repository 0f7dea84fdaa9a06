import JSONPath

/// A compiled condition of the rule language (see `docs/rule-language.md`, section 4).
public indirect enum Condition: Sendable {
    /// `exists: Q`
    case exists(RuleQuery)
    /// `absent: Q`
    case absent(RuleQuery)
    /// `stated: Q` — Q selects a node whose value is not null.
    case stated(RuleQuery)
    /// `keys: {of, allowed}` — every mapping Q selects has only the allowed keys.
    case keys(of: [RuleQuery], allowed: TextSet)
    /// `count: {of, min, max}`
    case count(of: [RuleQuery], min: Bound?, max: Bound?)
    /// `matches: {of, regex | search}`; `whole` for `regex`.
    case matches(of: [RuleQuery], regex: IRegexp, whole: Bool)
    /// `not-matches: {of, regex | search}`
    case notMatches(of: [RuleQuery], regex: IRegexp, whole: Bool)
    /// `one-of: {of, values}`
    case oneOf(of: [RuleQuery], values: ValueList)
    /// `none-of: {of, values}`
    case noneOf(of: [RuleQuery], values: ValueList)
    /// `type: {of, is}`
    case type(of: [RuleQuery], types: [ValueType])
    /// `covers: {of, values, min}`
    case covers(of: [RuleQuery], values: [ListItem], min: Bound?)
    /// `in: {value, among}`
    case isIn(value: RuleQuery, among: [RuleQuery])
    /// `not-in: {value, among}`
    case notIn(value: RuleQuery, among: [RuleQuery])
    /// `unique: Q`
    case unique([RuleQuery])
    /// `sum: {…}`
    case sum(SumCondition)
    /// `share: {…}`
    case share(ShareCondition)
    /// `terms: {of, avoid, case-sensitive}`
    case terms(TermsCondition)
    /// `expr: E`, with its text.
    case expr(JSONPathExpression, text: String)
    /// `distinct: {of, max-similarity, min-words}`
    case distinct(of: [RuleQuery], maxSimilarity: Bound, minWords: Bound)
    /// `all: [...]`
    case all([Condition])
    /// `any: [...]`
    case any([Condition])
    /// `not: C`
    case not(Condition)

    /// The names of the values this condition (and its members) can give to a message. Keep
    /// `RuleParser.conditionValueNames` in step: parameters may not take these names.
    var providedValues: Set<String> {
        switch self {
        case .exists, .stated: ["count"]
        case .keys: ["key", "expected", "suggestion", "hint"]
        case .absent: ["count", "value"]
        case .count: ["count", "expected", "min", "max"]
        case .matches, .notMatches, .oneOf, .noneOf, .type: ["value", "expected"]
        case .covers: ["missing", "count", "expected"]
        case .isIn, .notIn, .unique: ["value"]
        case .sum: ["sum", "value", "expected", "count", "skipped"]
        case .share: ["share", "value", "part", "total", "expected"]
        case .terms: ["term", "value", "suggestion"]
        case .expr: []
        case .distinct: ["similarity", "other"]
        case .all(let members), .any(let members): members.reduce(into: []) { $0.formUnion($1.providedValues) }
        case .not(let member): member.providedValues
        }
    }

    /// True when the condition reads only from `$`: its result is the same for every subject,
    /// so a rule's `when` of this kind is evaluated once per document. (`expr` and filters
    /// with `@` count as subject-dependent.)
    var isSubjectIndependent: Bool {
        func independent(_ queries: [RuleQuery]) -> Bool { queries.allSatisfy { !$0.startsAtSubject } }
        switch self {
        case .exists(let query), .absent(let query), .stated(let query): return !query.startsAtSubject
        case .keys(let of, _): return independent(of)
        case .count(let of, let min, let max):
            return independent(of) && [min, max].allSatisfy { $0?.isSubjectIndependent ?? true }
        case .matches(let of, _, _), .notMatches(let of, _, _), .oneOf(let of, _), .noneOf(let of, _), .type(let of, _),
            .unique(let of), .distinct(let of, _, _):
            return independent(of)
        case .covers(let of, _, let min): return independent(of) && (min?.isSubjectIndependent ?? true)
        case .isIn(let value, let among), .notIn(let value, let among):
            return !value.startsAtSubject && independent(among)
        case .sum, .share, .terms, .expr: return false
        case .all(let members), .any(let members): return members.allSatisfy(\.isSubjectIndependent)
        case .not(let member): return member.isSubjectIndependent
        }
    }
}

/// `sum: {of, where, value, equals|min|max, tolerance}`.
public struct SumCondition: Sendable {
    var of: [RuleQuery]
    var filter: JSONPathExpression?
    var value: RuleQuery?
    var equals: Bound?
    var min: Bound?
    var max: Bound?
    var tolerance: Bound?
}

/// `share: {of, weight, where, min|max}`.
public struct ShareCondition: Sendable {
    var of: [RuleQuery]
    var weight: RuleQuery?
    var filter: JSONPathExpression
    var min: Bound?
    var max: Bound?
}

/// `terms: {of, avoid, case-sensitive}`.
public struct TermsCondition: Sendable {
    var of: [RuleQuery]
    var terms: [TermMatcher.Term]
    var caseSensitive: Bool
    /// The terms' distinct first words, to pass over strings that hold none of them.
    var screen: TermMatcher.Screen

    init(of: [RuleQuery], terms: [TermMatcher.Term], caseSensitive: Bool) {
        self.of = of
        self.terms = terms
        self.caseSensitive = caseSensitive
        self.screen = TermMatcher.Screen(terms: terms, caseSensitive: caseSensitive)
    }
}

/// The types `type:` can ask for.
public enum ValueType: String, Sendable, CaseIterable {
    case string, number, integer, boolean, null, date, list, map
}
