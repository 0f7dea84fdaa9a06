import JSONPath
import YAMLSource

/// Evaluates compiled conditions for one subject of one document.
///
/// Holds only references to the document's tree (no copies); query results are the only
/// allocations on a passing path, and places, values and paths are built only on failure.
struct ConditionEvaluator {
    /// The evaluation root: a document's root, or the portfolio's list of documents.
    let root: YAMLNode
    let subject: YAMLNode
    /// The subject's path from `root`.
    let subjectPath: NormalizedPath
    let parameters: [String: ParameterValue]
    /// Results of `$` queries shared by every rule over this root; `nil` runs every query.
    var cache: QueryCache? = nil

    // MARK: Queries

    /// The nodes a query selects, with their paths from `root`.
    func select(_ query: RuleQuery) -> [JSONPathMatch<YAMLNode>] {
        // A plain path selects at most one node: followed step by step, it needs no query run
        // and nothing kept.
        if query.isPlainPath {
            let (node, elements, complete) = followAnchor(of: query)
            return complete ? [JSONPathMatch(node: node, path: NormalizedPath(elements))] : []
        }
        if !query.startsAtSubject, let cache { return cache.matches(query, root: root) }
        return query.query.evaluate(root: root, current: subject, currentPath: subjectPath)
    }

    /// The nodes a query selects, without building paths (for counts and values).
    func nodes(_ query: RuleQuery) -> [YAMLNode] {
        nodes(query, current: subject)
    }

    /// The nodes a query selects with `@` bound to `current`; a plain path is walked directly.
    /// Not kept for the document: selecting again without paths costs less than listing every
    /// result to keep it (measured), and most callers stop at the first node that matters.
    func nodes(_ query: RuleQuery, current: YAMLNode) -> [YAMLNode] {
        guard query.isPlainPath else { return query.query.nodes(root: root, current: current) }
        return query.node(atAnchorFrom: query.startsAtSubject ? current : root).map { [$0] } ?? []
    }

    /// The first node `query` selects with `@` bound to `current`: the query stops there and
    /// lists no nodes.
    func firstNode(_ query: RuleQuery, current: YAMLNode) -> YAMLNode? {
        guard query.isPlainPath else {
            var first: YAMLNode?
            _ = query.query.containsNode(root: root, current: current) { node in
                first = node
                return true
            }
            return first
        }
        return query.node(atAnchorFrom: query.startsAtSubject ? current : root)
    }

    /// How many nodes `queries` select, without listing them.
    func selectedCount(_ queries: [RuleQuery]) -> Int {
        var count = 0
        _ = queries.containsUnretained { query in
            containsNode(query) { _ in
                count += 1
                return false
            }
        }
        return count
    }

    /// Whether some node `query` selects satisfies `predicate`; stops at the first and lists
    /// no nodes.
    func containsNode(_ query: RuleQuery, where predicate: (YAMLNode) -> Bool) -> Bool {
        if query.isPlainPath {
            // The evaluator holds `root` and `subject` (and their trees) for the call; the node
            // reached is lent to `predicate` without a retain.
            let start = query.startsAtSubject ? YAMLNodeCursor(subject) : YAMLNodeCursor(root)
            return query.cursor(atAnchorFrom: start)?.withNode(predicate) ?? false
        }
        return query.query.containsNode(root: root, current: subject, where: predicate)
    }

    /// Whether some node one of `queries` selects satisfies `predicate`.
    func containsNode(_ queries: [RuleQuery], where predicate: (YAMLNode) -> Bool) -> Bool {
        queries.contains { containsNode($0, where: predicate) }
    }

    /// Whether `query` selects a node.
    func selectsAny(_ query: RuleQuery) -> Bool {
        containsNode(query) { _ in true }
    }

    /// The values of the nodes `queries` select; kept per document when every query starts at
    /// `$` (a portfolio rule's `among` would otherwise be rebuilt for every subject, and a
    /// document's ids are both a pool and `unique`). A `ValueKeySet`: a pool of ids is hashed
    /// over its bytes, not through `Hasher`.
    func selectedValues(_ queries: [RuleQuery]) -> SelectedValues {
        if let cache, !queries.contains(where: \.startsAtSubject) {
            if let known = cache.selectedValues(queries) { return known }
            let made = collectSelectedValues(queries)
            cache.keep(made, for: queries)
            return made
        }
        return collectSelectedValues(queries)
    }

    /// The values of the nodes `queries` select, read as the queries visit them (no list of
    /// nodes).
    private func collectSelectedValues(_ queries: [RuleQuery]) -> SelectedValues {
        var keys = ValueKeySet(minimumCapacity: 32)
        var count = 0
        _ = queries.containsUnretained { query in
            containsNode(query) { node in
                _ = keys.insertValue(of: node)
                count += 1
                return false
            }
        }
        return SelectedValues(keys: keys, selectedCount: count)
    }

    func nodes(_ queries: [RuleQuery]) -> [YAMLNode] {
        if queries.count == 1 { return nodes(queries[0]) }
        return queries.flatMap { nodes($0) }
    }

    /// The path of a match from `root` (the evaluator already resolves `@` paths).
    func absolutePath(_ match: JSONPathMatch<YAMLNode>, of query: RuleQuery) -> NormalizedPath {
        match.path
    }

    /// The place of an offending node.
    func place(_ match: JSONPathMatch<YAMLNode>, of query: RuleQuery, values: MessageValues = [:]) -> Place {
        Place(node: match.node, path: absolutePath(match, of: query), values: values)
    }

    /// The nearest existing node along the query's leading name/index steps. The place is
    /// identified (fingerprinted) by the query, not by the node's value.
    func anchorPlace(_ query: RuleQuery) -> Place {
        let (node, elements, _) = followAnchor(of: query)
        return Place(node: node, path: NormalizedPath(elements), missing: query.text)
    }

    /// The place of the first node `query` selects; `nil` when it selects none.
    func firstPlace(_ query: RuleQuery) -> Place? {
        // A plain path (every `at:` of the default pack) is followed once, into the place:
        // no list of one match is made.
        if query.isPlainPath {
            let (node, elements, complete) = followAnchor(of: query)
            return complete ? Place(node: node, path: NormalizedPath(elements)) : nil
        }
        return select(query).first.map { place($0, of: query) }
    }

    /// Follows the query's leading name/index steps as far as they go: the last node reached,
    /// its normalized path (negative indices counted from the end), and whether every step
    /// was taken.
    private func followAnchor(of query: RuleQuery) -> (YAMLNode, [NormalizedPath.Element], Bool) {
        var elements: [NormalizedPath.Element] = []
        // Room for the whole path at once: appending to the subject's shared elements would
        // copy them, then grow again.
        elements.reserveCapacity((query.startsAtSubject ? subjectPath.elements.count : 0) + query.anchor.count)
        if query.startsAtSubject { elements.append(contentsOf: subjectPath.elements) }
        // Walked on cursors (the evaluator holds `root` and `subject`): only the node reached
        // is made.
        let start = YAMLNodeCursor(query.startsAtSubject ? subject : root)
        let (reached, complete) = query.followAnchor(from: start, appendingTo: &elements)
        return (reached.node, elements, complete)
    }

    var subjectPlace: Place { Place(node: subject, path: subjectPath) }

    // MARK: Parameters and bounds

    /// The number a bound stands for; `nil` when a query selects no number.
    func resolve(_ bound: Bound) -> Double? {
        switch bound {
        case .number(let value): return value
        case .parameter(let name): return parameters[name]?.number
        case .query(let query):
            var number: Double?
            _ = containsNode(query) { node in
                number = node.numberValue
                return number != nil
            }
            return number
        }
    }

    /// The number an optional bound stands for: `bound.flatMap(resolve)` without a closure
    /// over the evaluator (it copied the evaluator, a retain of each of its references).
    func resolve(_ bound: Bound?) -> Double? {
        guard let bound else { return nil }
        return resolve(bound)
    }

    /// The values `items` stand for, in their order (a parameter's list in its own order).
    func resolve(_ items: [ListItem]) -> [ValueKey] {
        var keys: [ValueKey] = []
        keys.reserveCapacity(items.count)
        forEachKey(in: items) { keys.append($0) }
        return keys
    }

    /// Calls `body` with each value `items` stand for, in the order of `resolve(items)`,
    /// without building that list.
    func forEachKey(in items: [ListItem], _ body: (ValueKey) -> Void) {
        for item in items {
            switch item {
            case .value(let key): body(key)
            case .parameter(let name):
                switch parameters[name] {
                case .list(let values): for value in values { body(value.key) }
                case let value?: body(value.key)
                case nil: break
                }
            }
        }
    }

    /// Whether `key` is among the values `items` stand for: `resolve(items).contains(key)`
    /// without building the list. A subject tests a handful of nodes against a list of a
    /// few dozen values, so searching it costs less than hashing it into a set each time.
    func list(_ items: [ListItem], contains key: ValueKey) -> Bool {
        items.contains { item in
            switch item {
            case .value(let value): return value == key
            case .parameter(let name):
                switch parameters[name] {
                case .list(let values): return values.contains { $0.key == key }
                case let value?: return value.key == key
                case nil: return false
                }
            }
        }
    }

    /// Whether `node`'s value is among `values`: a string is looked up among the strings
    /// written in the list; other values, and lists with parameters, are searched entry by
    /// entry.
    func list(_ values: ValueList, contains node: YAMLNode) -> Bool {
        guard values.hasParameters else { return Self.parameterFreeList(values, contains: node) }
        return list(values.items, contains: node.valueKey)
    }

    /// `list(values, contains: node)` for a list without parameters.
    static func parameterFreeList(_ values: ValueList, contains node: YAMLNode) -> Bool {
        // A short string (most values) is looked up on the words it is stored as, a longer one
        // on its bytes where they lie, without a copy of either; the others, and the rare ones
        // not found so, as strings.
        let cursor = YAMLNodeCursor(node)
        if let words = cursor.stringWords {
            if values.strings.containsASCII(prefix: words.prefix, suffix: words.suffix, count: words.count) == true {
                return true
            }
        } else if case true?? = cursor.withStringValueUTF8({ values.strings.containsASCII($0) }) {
            return true
        }
        if let string = node.stringValue { return values.strings.contains(string) }
        let key = node.valueKey
        return values.items.contains { item in
            guard case .value(let value) = item else { return false }
            return value == key
        }
    }

    // MARK: Conditions

    /// Whether a condition holds, without building places for the common guards (`when`).
    func holds(_ condition: borrowing Condition, source: SourceFile?) -> Bool {
        switch condition {
        case .exists(let query): return selectsAny(query)
        case .absent(let query): return !selectsAny(query)
        case .stated(let query): return isStated(query)
        case .expr(let expression, _): return expression.evaluate(current: subject, root: root)
        case .all(let members): return members.allSatisfy { holds($0, source: source) }
        case .any(let members): return members.contains { holds($0, source: source) }
        case .not(let member): return !holds(member, source: source)
        default: return evaluate(condition, source: source) == nil
        }
    }

    /// `nil` when the condition holds.
    func evaluate(_ condition: borrowing Condition, source: SourceFile?) -> Failure? {
        switch condition {
        case .exists(let query):
            return selectsAny(query) ? nil : Failure(places: [anchorPlace(query)], values: ["count": "0"])

        case .absent(let query):
            guard selectsAny(query) else { return nil }
            // Selected for this failure only, not kept for the document: in the default pack no
            // other check selects an `absent` query's nodes with paths, so keeping them would
            // hash and store a table entry that is never read.
            let matches =
                query.isPlainPath
                ? select(query) : query.query.evaluate(root: root, current: subject, currentPath: subjectPath)
            return Failure(
                places: matches.map { place($0, of: query, values: ["value": ValueFormatting.text(of: $0.node)]) },
                values: ["count": String(matches.count)])

        case .stated(let query):
            return evaluateStated(query)

        case .keys(let of, let allowed):
            return evaluateKeys(of, allowed: allowed)

        case .count(let of, let min, let max):
            let count = selectedCount(of)
            var violated: Double?
            if let min, let bound = resolve(min), Double(count) < bound { violated = bound }
            if let max, let bound = resolve(max), Double(count) > bound { violated = bound }
            guard let violated else { return nil }
            var values: MessageValues = ["count": String(count), "expected": ValueFormatting.number(violated)]
            if let min, let bound = resolve(min) { values["min"] = ValueFormatting.number(bound) }
            if let max, let bound = resolve(max) { values["max"] = ValueFormatting.number(bound) }
            return Failure(places: [anchorPlace(of[0])], values: values)

        case .matches(let of, let regex, let whole):
            return perNode(of, expected: regex.pattern) { Self.node($0, matches: regex, whole: whole) }

        case .notMatches(let of, let regex, let whole):
            // Most documents hold no string a match could lie in (no `TODO` anywhere): told by
            // one pass over the document's texts, without a walk over its nodes.
            guard mayHoldMatch(of: regex) else { return nil }
            return perNode(of, expected: regex.pattern) { !Self.node($0, matches: regex, whole: whole) }

        case .oneOf(let of, let values):
            return perNode(of, expected: resolve(values.items).map(\.text).joined(separator: ", ")) {
                list(values, contains: $0)
            }

        case .noneOf(let of, let values):
            return perNode(of, expected: resolve(values.items).map(\.text).joined(separator: ", ")) {
                !list(values, contains: $0)
            }

        case .type(let of, let types):
            return perNode(of, expected: types.map(\.rawValue).joined(separator: " or ")) {
                Self.node($0, isOneOf: types)
            }

        case .covers(let of, let items, let min):
            // The values selected once per document when the queries start at `$` (a rule
            // often bounds one coverage twice, for an error and for a warning). The listed
            // values are counted where they are written; their list, and that of the missing
            // ones, are made only for a failure.
            let present = selectedValues(of)
            var listedCount = 0
            var covered = 0
            forEachKey(in: items) { key in
                listedCount += 1
                if present.contains(key) { covered += 1 }
            }
            let required = resolve(min) ?? Double(listedCount)
            guard Double(covered) < required else { return nil }
            let missing = resolve(items).filter { !present.contains($0) }
            return Failure(
                places: [anchorPlace(of[0])],
                values: [
                    "missing": missing.map(\.text).joined(separator: ", "),
                    "count": String(covered),
                    "expected": ValueFormatting.number(required),
                ])

        case .isIn(let value, let among):
            return evaluateMembership(value, among: among, wanted: true)

        case .notIn(let value, let among):
            return evaluateMembership(value, among: among, wanted: false)

        case .unique(let of):
            // Paths and places are built only when some value repeats. The values are those an
            // `in` pool over the same ids reads (selected once per document).
            guard selectedValues(of).hasRepeats else { return nil }
            var first: [ValueKey: Place] = [:]
            var places: [Place] = []
            for query in of {
                for match in select(query) {
                    let key = match.node.valueKey
                    if let earlier = first[key] {
                        var repeated = place(match, of: query, values: ["value": key.text])
                        repeated.related = [
                            RelatedPlace(node: earlier.node, path: earlier.path, message: "first occurrence")
                        ]
                        places.append(repeated)
                    } else {
                        first[key] = place(match, of: query)
                    }
                }
            }
            return places.isEmpty ? nil : Failure(places: places)

        case .sum(let sum):
            return evaluateSum(sum)

        case .share(let share):
            return evaluateShare(share)

        case .terms(let terms):
            return evaluateTerms(terms, source: source)

        case .expr(let expression, _):
            return expression.evaluate(current: subject, root: root) ? nil : Failure(places: [subjectPlace])

        case .distinct(let of, let maxSimilarity, let minWords):
            return evaluateDistinct(
                of, maxSimilarity: resolve(maxSimilarity) ?? 0.8, minWords: Int(resolve(minWords) ?? 1))

        case .all(let members):
            var failure: Failure?
            for member in members {
                guard let failed = evaluate(member, source: source) else { continue }
                if failure == nil {
                    failure = failed
                } else {
                    failure?.places.append(contentsOf: failed.places)
                }
            }
            return failure

        case .any(let members):
            guard !members.contains(where: { holds($0, source: source) }) else { return nil }
            let firstFailure = members.first.flatMap { evaluate($0, source: source) }
            return Failure(places: [subjectPlace], values: firstFailure?.values ?? [:])

        case .not(let member):
            return holds(member, source: source) ? Failure(places: [subjectPlace]) : nil
        }
    }

    /// The bits (`1 << RuleCheck.index`) of the checks of the rule at `slot` in `combined`
    /// that hold for this subject, told by one walk over all the combined checks' queries (for
    /// a walk shared by the rules that run on each document's root, once per document): each
    /// node is tested as its check tests it, and a check stops being tested at its first
    /// failing node. A check not among the bits is to be run on its own, which finds the same
    /// nodes and builds its places.
    func holdingChecks(_ combined: CombinedChecks, slot: Int) -> UInt64 {
        guard combined.isPerDocument, let cache else {
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: combined.bits.count) { failing in
                walk(combined, failing: failing)
                return combined.bits[slot] & ~failing[slot]
            }
        }
        if let known = cache.failingChecks(of: combined, slot: slot) { return combined.bits[slot] & ~known }
        let failing = [UInt64](unsafeUninitializedCapacity: combined.bits.count) { buffer, count in
            walk(combined, failing: buffer)
            count = buffer.count
        }
        cache.keep(failing, of: combined)
        return combined.bits[slot] & ~failing[slot]
    }

    /// Walks the queries of `combined` and sets in `failing` (by slot, all of it written) the
    /// bits of the checks some node fails.
    private func walk(_ combined: CombinedChecks, failing: UnsafeMutableBufferPointer<UInt64>) {
        guard let failingBits = failing.baseAddress else { return }
        failingBits.initialize(repeating: 0, count: failing.count)
        combined.tests.withUnsafeBufferPointer { tests in
            var walk = CombinedWalk(
                tests: UnsafeRawPointer(tests.baseAddress), failing: failingBits, unsettled: combined.checkCount)
            // The cursors read `root` and `subject`, which the evaluator holds for the call.
            _ = combined.trie.forEachNode(
                root: YAMLNodeCursor(root), current: YAMLNodeCursor(subject), visitor: &walk)
        }
    }

    /// The visitor of `walk(_:failing:)`: tests each node it is handed for its query's check,
    /// until every check has failed. It holds no reference (nothing to retain when the walk
    /// passes it on or calls it).
    private struct CombinedWalk: JSONPathQueryTrieVisitor {
        /// The tests of `CombinedChecks.tests`, read as unmanaged references: the array, kept
        /// alive by its rules and not mutated, holds each of them for the whole walk.
        let tests: UnsafeRawPointer?
        /// The bits of the checks some node failed, by slot: the caller's buffer, valid for
        /// the whole walk.
        let failing: UnsafeMutablePointer<UInt64>
        /// How many checks no node has failed yet.
        var unsettled: Int

        mutating func visit(query: Int, at cursor: YAMLNodeCursor) -> Bool {
            guard let tests else { return false }
            let test = tests.load(
                fromByteOffset: query &* MemoryLayout<CombinedChecks.NodeTest>.stride,
                as: Unmanaged<CombinedChecks.NodeTest>.self)
            let failing = failing
            // The test is borrowed, and the node lent to it, without a retain.
            return test._withUnsafeGuaranteedRef { test in
                guard failing[test.slot] & test.bit == 0, !cursor.withNode({ test.passes($0) }) else { return true }
                failing[test.slot] |= test.bit
                unsettled -= 1
                return unsettled > 0
            }
        }
    }

    /// `in` (`wanted`) or `not-in`: every value `value` selects must (or must not) be among
    /// the values `among` selects.
    private func evaluateMembership(_ value: RuleQuery, among: [RuleQuery], wanted: Bool) -> Failure? {
        let pool = selectedValues(among)
        // Paths are built only when some value fails.
        guard containsNode(value, where: { pool.containsValue(of: $0) != wanted }) else { return nil }
        var places: [Place] = []
        for match in select(value) where pool.containsValue(of: match.node) != wanted {
            places.append(place(match, of: value, values: ["value": ValueFormatting.text(of: match.node)]))
        }
        return places.isEmpty ? nil : Failure(places: places)
    }

    /// Whether a string that a query may select may hold a match of `regex`: `false` when no
    /// string of the tree of `root` (which `subject` shares) may, screened once per root.
    /// Every node a query selects lies below `root` or `subject`, so in that tree or in a tree
    /// it refers to, and the screen answers `true` for a tree that refers to others.
    func mayHoldMatch(of regex: IRegexp) -> Bool {
        guard subject.sharesTree(with: root) else { return true }
        if let cache { return cache.mayHoldMatch(of: regex, in: root) }
        return root.treeMayHoldString(acceptedBy: { regex.mayMatch(utf8: $0) })
    }

    /// Reports every node of `of` that fails `holds`.
    /// `expected` is spelt out only for a failure.
    private func perNode(
        _ of: [RuleQuery], expected: @autoclosure () -> String, _ holds: (YAMLNode) -> Bool
    ) -> Failure? {
        // Paths are built only when some node fails.
        guard containsNode(of, where: { !holds($0) }) else { return nil }
        var places: [Place] = []
        for query in of {
            for match in select(query) where !holds(match.node) {
                places.append(place(match, of: query, values: ["value": ValueFormatting.text(of: match.node)]))
            }
        }
        return places.isEmpty ? nil : Failure(places: places, values: ["expected": expected()])
    }

    /// Whether `node` is of one of `types` (`type`).
    static func node(_ node: YAMLNode, isOneOf types: [ValueType]) -> Bool {
        types.contains { Self.node(node, is: $0) }
    }

    /// Whether `node` is a string that `regex` matches as a whole, or (not `whole`) holds a
    /// match of it (`matches`).
    static func node(_ node: YAMLNode, matches regex: IRegexp, whole: Bool) -> Bool {
        guard let string = node.stringContent else { return false }
        return whole ? regex.matches(string) : regex.containsMatch(in: string)
    }

    static func node(_ node: YAMLNode, is type: ValueType) -> Bool {
        switch (type, node.kind) {
        case (.list, .sequence), (.map, .mapping): return true
        case (_, .scalar):
            // Through the typed accessors: the scalar's value (and its string) is not built.
            switch type {
            case .string: return !node.isNull && node.boolValue == nil && node.doubleValue == nil
            case .boolean: return node.boolValue != nil
            case .null: return node.isNull
            case .number: return node.doubleValue != nil
            case .integer:
                if node.intValue != nil { return true }
                guard let value = node.doubleValue else { return false }
                return value.isFinite && value == value.rounded()
            case .date: return node.stringValue.map(isISODate) ?? false
            case .list, .map: return false
            }
        default: return false
        }
    }

    /// `YYYY-MM-DD` naming a real calendar day.
    static func isISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard bytes[i] >= 48, bytes[i] <= 57 else { return nil }
                value = value * 10 + Int(bytes[i] - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}
