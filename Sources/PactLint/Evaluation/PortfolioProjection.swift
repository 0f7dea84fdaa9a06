import YAMLSource

/// What portfolio rules keep of one document: its place and the members they can reach.
///
/// Only those members are kept, so memory grows with what the portfolio rules read, not with
/// the size of the documents (see `docs/rule-language.md`, section 8).
public struct PortfolioProjection: Sendable {
    /// The file's path as given.
    public var file: String
    /// 0-based index of the document in the file's stream.
    public var document: Int
    /// The document's root, reduced to the members portfolio rules read.
    public var root: YAMLNode
    /// The texts of the document that `distinct` conditions of portfolio rules compare, measured
    /// while the file was checked (on the worker threads), so that the portfolio rules, which
    /// run after every file on one thread, only search. A text not here is measured when it is
    /// compared.
    var texts: [PreparedText] = []

    /// Creates a projection of the document at `document` in `file`.
    public init(file: String, document: Int, root: YAMLNode) {
        self.file = file
        self.document = document
        self.root = root
    }
}

/// A text of one document that `distinct` compares, measured in advance; found again by its
/// node's span (the same node in the projection as in the document, so the same span).
struct PreparedText: Sendable {
    /// The member chain it was found at (an index into `ProjectionPlan.textChains`).
    var chain: Int
    /// The node's span, as byte offsets.
    var start: Int
    var end: Int
    var measure: TextSimilarity.Shingled
    /// Whether a search run as the portfolio arrived took the shingles (`PortfolioCollection`),
    /// which are then no longer kept here: only the word count is.
    var isSearched = false

    /// Whether this is the text of a node spanning `span`.
    func isText(of span: SourceSpan) -> Bool {
        start == span.start.offset && end == span.end.offset
    }
}

/// Which members of a document the portfolio rules can reach, as a tree of member names.
///
/// Read from the rules' query texts: a chain of member names below a document (`.partner.roles`,
/// `['context']['summary']`) keeps the node it ends at, whole, with every key and span on the
/// way; a chain that goes on with any other step (an index, a wildcard, a filter, a slice) keeps
/// the node where the chain stopped, whole. `id` and `title` are always kept (findings name
/// documents by them). A query that can read a whole document (`$[*]` as a value, a descendant
/// or wildcard right below a document) keeps whole documents.
struct ProjectionPlan: Sendable {
    /// What to keep below one mapping.
    indirect enum Keep: Sendable, Equatable {
        /// The node and everything below it.
        case whole
        /// Only these members, each with what to keep below it.
        case members([String: Keep])
    }

    /// What to keep of a document's root; `nil` keeps whole documents.
    let root: [String: Keep]?
    /// `root` as the pruned copy of a document reads it (made once for every document).
    private let pruning: YAMLPruning?
    /// The member chains below a document at which `distinct` conditions read one text of each
    /// document (`$[*].context.summary`: `["context", "summary"]`); see `prepareTexts`.
    var textChains: [[String]] = []
    /// The near-duplicate searches that can run as documents arrive (see `PortfolioCollection`):
    /// one for each `distinct` condition with one `of` query that reads a chain of every
    /// document and a `min-words` known in advance.
    var searches: [PortfolioSearch.Plan] = []

    /// The plan for `rules` (the portfolio rules).
    init(rules: [Rule]) {
        guard !rules.isEmpty else {
            root = [:]
            pruning = .members([:])
            return
        }
        for rule in rules {
            var conditions = rule.checks.flatMap { [$0.assert] + ($0.when.map { [$0] } ?? []) }
            conditions += rule.when.map { [$0] } ?? []
            for (of, minWords) in conditions.flatMap(Self.distinctConditions) {
                for query in of {
                    if let chain = Self.documentMemberChain(query.text)?.names, !textChains.contains(chain) {
                        textChains.append(chain)
                    }
                }
                // Searched as documents arrive only when the query reads every document.
                guard of.count == 1, let query = of.first,
                    let found = Self.documentMemberChain(query.text), found.everyDocument,
                    let chain = textChains.firstIndex(of: found.names),
                    let minWords = Self.minWords(minWords, parameters: rule.parameters)
                else { continue }
                let plan = PortfolioSearch.Plan(query: query.text, chain: chain, minWords: minWords)
                if !searches.contains(plan) { searches.append(plan) }
            }
        }
        var reach = Reach()
        reach.keep(["id"])
        reach.keep(["title"])
        for rule in rules {
            var texts = rule.queryTexts
            var subject = Reach.Base.portfolio
            if let given = rule.given?.text {
                if let index = texts.firstIndex(of: given) { texts.remove(at: index) }
                subject = reach.scanQuery(given, subject: .portfolio, isGiven: true)
            }
            for text in texts { _ = reach.scanQuery(text, subject: subject, isGiven: false) }
        }
        root = reach.wholeDocuments ? nil : reach.root
        pruning = root.map(Self.pruning)
    }

    /// The plan that keeps the given member paths (for tests).
    init(paths: [[String]]) {
        var reach = Reach()
        for path in paths { reach.keep(path) }
        root = reach.root
        pruning = Self.pruning(reach.root)
    }

    /// The pruning that keeps `members` of a mapping.
    private static func pruning(_ members: [String: Keep]) -> YAMLPruning {
        .members(
            members.mapValues { keep in
                switch keep {
                case .whole: .whole
                case .members(let below): pruning(below)
                }
            })
    }

    /// The `of` queries and `min-words` of the `distinct` conditions in `condition`.
    private static func distinctConditions(_ condition: Condition) -> [(of: [RuleQuery], minWords: Bound)] {
        switch condition {
        case .distinct(let of, _, let minWords): [(of, minWords)]
        case .all(let conditions), .any(let conditions): conditions.flatMap(distinctConditions)
        case .not(let condition): distinctConditions(condition)
        default: []
        }
    }

    /// `min-words` as the condition will resolve it (`Int(value ?? 1)`), when that does not
    /// depend on the portfolio; `nil` for a query or a value that is not a whole number's range.
    private static func minWords(_ bound: Bound, parameters: [String: ParameterValue]) -> Int? {
        let value: Double?
        switch bound {
        case .number(let number): value = number
        case .parameter(let name): value = parameters[name]?.number
        case .query: return nil
        }
        let words = value ?? 1
        guard words.isFinite, abs(words) < 1e15 else { return nil }
        return Int(words)
    }

    /// The member names after the first step of a portfolio query made of one step that selects
    /// documents (`[*]`, `.*`, a bracketed index or filter) and then only member names
    /// (`.name`, `['name']`); `nil` for any other shape. Texts found elsewhere are measured
    /// when they are compared, so this only needs to recognise the common shape.
    /// `everyDocument` tells whether that first step is a wildcard (`.*`, `[*]`).
    static func documentMemberChain(_ text: String) -> (names: [String], everyDocument: Bool)? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 2, scalars[0] == "$" else { return nil }
        var index: Int
        let everyDocument: Bool
        if scalars[1] == ".", scalars[2] == "*" {
            index = 3
            everyDocument = true
        } else if scalars[1] == "[" {
            guard let close = Reach.closingBracket(scalars, at: 1) else { return nil }
            index = close + 1
            // `[*]`, with the blanks RFC 9535 allows inside brackets.
            everyDocument = scalars[2..<close].filter { !" \t\n\r".unicodeScalars.contains($0) } == ["*"]
        } else {
            return nil
        }
        var chain: [String] = []
        while index < scalars.count {
            if scalars[index] == "." {
                let end = Reach.skipName(scalars, at: index + 1, end: scalars.count)
                guard end > index + 1 else { return nil }
                chain.append(Reach.text(of: scalars[(index + 1)..<end]))
                index = end
            } else if scalars[index] == "[", let close = Reach.closingBracket(scalars, at: index),
                let name = Reach.singleName(scalars[(index + 1)..<close])
            {
                chain.append(name)
                index = close + 1
            } else {
                return nil
            }
        }
        return chain.isEmpty ? nil : (chain, everyDocument)
    }

    /// The measured texts of `root` (a document's root) at the plan's text chains.
    func prepareTexts(_ root: YAMLNode) -> [PreparedText] {
        var texts: [PreparedText] = []
        for (index, chain) in textChains.enumerated() {
            var node: YAMLNode? = root
            for name in chain { node = node?.member(name) }
            guard let node, let string = node.stringContent else { continue }
            texts.append(
                PreparedText(
                    chain: index, start: node.span.start.offset, end: node.span.end.offset,
                    measure: TextSimilarity.shingled(string)))
        }
        return texts
    }

    /// `root` reduced to what the plan keeps. Kept nodes are copied, all into one small tree, so
    /// that a projection never holds on to the rest of its document.
    func project(_ root: YAMLNode) -> YAMLNode {
        guard let pruning else { return root }
        return root.detachedCopy(keeping: pruning)
    }
}

/// Collects the member paths a set of queries can reach below a document.
private struct Reach {
    /// What a path expression stands on while it is read.
    enum Base {
        /// The list of documents (`$` in a portfolio rule).
        case portfolio
        /// A node of every document, at this chain of member names (empty: the root).
        case document([String])
        /// A node inside a subtree already kept whole: nothing more to keep.
        case kept
    }

    var root: [String: ProjectionPlan.Keep] = [:]
    var wholeDocuments = false

    /// Keeps the node at `path` (member names from a document's root) and everything below it.
    mutating func keep(_ path: [String]) {
        guard !path.isEmpty else {
            wholeDocuments = true
            return
        }
        Self.keep(path[...], in: &root)
    }

    private static func keep(_ path: ArraySlice<String>, in members: inout [String: ProjectionPlan.Keep]) {
        guard let name = path.first else { return }
        let rest = path.dropFirst()
        if rest.isEmpty {
            members[name] = .whole
            return
        }
        switch members[name] {
        case .whole?: return
        case .members(var below)?:
            keep(rest, in: &below)
            members[name] = .members(below)
        case nil:
            var below: [String: ProjectionPlan.Keep] = [:]
            keep(rest, in: &below)
            members[name] = .members(below)
        }
    }

    /// Reads one query or expression text; `@` at its top level stands on `subject`. Returns
    /// what the text's first path ends on (for a rule's `given`: what `@` stands on).
    mutating func scanQuery(_ text: String, subject: Base, isGiven: Bool) -> Base {
        let scalars = Array(text.unicodeScalars)
        if isGiven, let start = scalars.first, start == "$" || start == "@" {
            var index = 1
            let end = scanPath(scalars, at: &index, base: start == "$" ? .portfolio : subject, isGiven: true)
            scanExpression(scalars, from: index, to: scalars.count, current: subject)
            return end
        }
        scanExpression(scalars, from: 0, to: scalars.count, current: subject)
        return subject
    }

    /// Every path in `scalars[start..<end]` (a logical expression, function arguments, a query).
    private mutating func scanExpression(
        _ scalars: [Unicode.Scalar], from start: Int, to end: Int, current: Base
    ) {
        var index = start
        while index < end {
            let scalar = scalars[index]
            if scalar == "'" || scalar == "\"" {
                index = Self.skipString(scalars, at: index, end: end)
            } else if scalar == "$" || scalar == "@" {
                index += 1
                _ = scanPath(scalars, at: &index, base: scalar == "$" ? .portfolio : current, isGiven: false, end: end)
            } else {
                index += 1
            }
        }
    }

    /// Reads the segments after `$` or `@`, keeping what they reach; returns the final base.
    private mutating func scanPath(
        _ scalars: [Unicode.Scalar], at index: inout Int, base: Base, isGiven: Bool, end: Int? = nil
    ) -> Base {
        let end = end ?? scalars.count
        var state = base
        while true {
            // Blanks may separate segments.
            var next = index
            while next < end, scalars[next] == " " || scalars[next] == "\t" || scalars[next] == "\n" { next += 1 }
            guard next < end, scalars[next] == "." || scalars[next] == "[" else { break }
            index = next
            if scalars[index] == "." {
                if index + 1 < end, scalars[index + 1] == "." {
                    // A descendant segment reads everything below where it stands.
                    state = step(state, member: nil, keepAll: true)
                    index += 2
                    if index < end, scalars[index] == "[" {
                        index = scanBracket(scalars, at: index, end: end, state: .kept).next
                    } else {
                        index = Self.skipName(scalars, at: index, end: end)
                    }
                } else if index + 1 < end, scalars[index + 1] == "*" {
                    state = step(state, member: nil)
                    index += 2
                } else {
                    let nameEnd = Self.skipName(scalars, at: index + 1, end: end)
                    guard nameEnd > index + 1 else { break }
                    state = step(state, member: Self.text(of: scalars[(index + 1)..<nameEnd]))
                    index = nameEnd
                }
            } else {
                let bracket = scanBracket(scalars, at: index, end: end, state: state)
                state = step(state, member: bracket.name)
                index = bracket.next
            }
        }
        finish(state, isGiven: isGiven)
        switch state {
        case .document(let path) where !path.isEmpty: return .kept
        default: return state
        }
    }

    /// The base after one segment: a member name extends a chain below a document; any other
    /// step keeps whole the node the chain stopped at.
    private mutating func step(_ state: Base, member: String?, keepAll: Bool = false) -> Base {
        switch state {
        case .portfolio:
            if keepAll { wholeDocuments = true }
            // A member of the list of documents is nothing; any other step selects documents.
            return member == nil ? .document([]) : .kept
        case .document(let path):
            if let member, !keepAll { return .document(path + [member]) }
            keep(path)
            return .kept
        case .kept:
            return .kept
        }
    }

    /// What a path that ends here reads: the node it ends on, whole. The documents a rule's
    /// `given` selects are only its subjects: what the rule reads of them is in its other queries.
    private mutating func finish(_ state: Base, isGiven: Bool) {
        switch state {
        case .portfolio: wholeDocuments = true
        case .document(let path): if !(isGiven && path.isEmpty) { keep(path) }
        case .kept: break
        }
    }

    /// Reads a bracketed selection: a single quoted name is a member; anything else is another
    /// step, and the paths in it (filters) are read with `@` on the selected children.
    private mutating func scanBracket(
        _ scalars: [Unicode.Scalar], at start: Int, end: Int, state: Base
    ) -> (name: String?, next: Int) {
        var depth = 0
        var index = start
        while index < end {
            let scalar = scalars[index]
            if scalar == "'" || scalar == "\"" {
                index = Self.skipString(scalars, at: index, end: end)
                continue
            }
            if scalar == "[" || scalar == "(" { depth += 1 }
            if scalar == "]" || scalar == ")" {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        let close = min(index, end)
        let next = min(close + 1, end)
        if let name = Self.singleName(scalars[(start + 1)..<close]) { return (name, next) }
        // `@` in a filter stands on each child of the node the bracket applies to.
        let children: Base
        switch state {
        case .portfolio: children = .document([])
        case .document, .kept: children = .kept
        }
        scanExpression(scalars, from: start + 1, to: close, current: children)
        return (nil, next)
    }

    /// The name in `['name']` or `["name"]`; `nil` for any other selection (and for names with
    /// escapes, which are then kept conservatively as another step).
    static func singleName(_ content: ArraySlice<Unicode.Scalar>) -> String? {
        let trimmed = content.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
        guard let quote = trimmed.first, quote == "'" || quote == "\"", trimmed.count >= 2, trimmed.last == quote
        else { return nil }
        let inner = trimmed.dropFirst().dropLast()
        guard !inner.contains(quote), !inner.contains("\\") else { return nil }
        return text(of: inner)
    }

    /// The text of `scalars`, appended one by one: `append(contentsOf:)` on a scalar view
    /// looked its conformances up at run time on its first call (a third of a million
    /// instructions at every start).
    static func text(of scalars: some Sequence<Unicode.Scalar>) -> String {
        var text = ""
        for scalar in scalars { text.unicodeScalars.append(scalar) }
        return text
    }

    /// The index after a member-name shorthand starting at `start`.
    static func skipName(_ scalars: [Unicode.Scalar], at start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            let scalar = scalars[index]
            let isNameScalar =
                scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar.value >= 0x80
            guard isNameScalar else { break }
            index += 1
        }
        return index
    }

    /// The index of the `]` that closes the bracket at `start` (strings and nested brackets
    /// skipped); `nil` when it is not closed.
    static func closingBracket(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "'" || scalar == "\"" {
                index = skipString(scalars, at: index, end: scalars.count)
                continue
            }
            if scalar == "[" || scalar == "(" { depth += 1 }
            if scalar == "]" || scalar == ")" {
                depth -= 1
                if depth == 0 { return scalar == "]" ? index : nil }
            }
            index += 1
        }
        return nil
    }

    /// The index after the string literal starting at `start`.
    private static func skipString(_ scalars: [Unicode.Scalar], at start: Int, end: Int) -> Int {
        let quote = scalars[start]
        var index = start + 1
        while index < end, scalars[index] != quote {
            if scalars[index] == "\\" { index += 1 }
            index += 1
        }
        return min(index + 1, end)
    }
}
