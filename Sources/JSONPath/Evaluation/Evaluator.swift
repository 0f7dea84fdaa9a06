/// Runs parsed queries and filter expressions over a tree, read through `Cursor`s (RFC 9535
/// section 2): the nodes it hands out are made from the cursors only at the public entry points.
///
/// The evaluator keeps the root for `$` inside filters. Only the outermost query tracks
/// normalized paths; queries inside filters run without them.
@usableFromInline
struct Evaluator<Cursor: JSONPathNodeCursor> {
    /// A node reached by a query, with its entry in the path arena (or `PathArena.start`).
    @usableFromInline
    struct Located {
        @usableFromInline var node: Cursor
        @usableFromInline var path: Int

        @inlinable
        init(node: Cursor, path: Int) {
            self.node = node
            self.path = path
        }
    }

    @usableFromInline let root: Cursor

    @inlinable
    init(root: Cursor) {
        self.root = root
    }

    // MARK: - Queries

    /// The nodes `query` selects, in document order, with their paths recorded in `arena`:
    /// depth-first over the segments, like `forEachNode`, into one list.
    @inlinable
    func select(_ query: Query, current: Cursor, arena: inout PathArena) -> [Located] {
        let start = query.start == .root ? root : current
        var output: [Located] = []
        collect(query.segments, from: 0, at: Located(node: start, path: PathArena.start), arena: &arena, into: &output)
        return output
    }

    /// Appends the nodes the segments from `index` on select from `input`.
    ///
    /// Each selected node goes straight on to the next segment through a direct call, not a
    /// closure per segment: no context, no indirect call at every node.
    @inlinable
    func collect(
        _ segments: [Segment], from index: Int, at input: Located, arena: inout PathArena,
        into output: inout [Located]
    ) {
        guard index < segments.count else {
            output.append(input)
            return
        }
        guard segments[index].isDescendant else {
            collect(segmentAt: index, of: input, in: segments, arena: &arena, into: &output)
            return
        }
        // Descendants in document order, parents before children (RFC 9535 section 2.5.2.2),
        // with a stack rather than recursion: trees may be deep.
        var stack = [input]
        while let item = stack.popLast() {
            collect(segmentAt: index, of: item, in: segments, arena: &arena, into: &output)
            let node = item.node
            switch node.jsonPathShape {
            case .array:
                for position in (0..<node.jsonPathCount).reversed() {
                    let path = arena.add(.index(position), below: item.path)
                    stack.append(Located(node: node.jsonPathElement(at: position), path: path))
                }
            case .object:
                for position in (0..<node.jsonPathCount).reversed() {
                    let member = node.jsonPathMember(at: position)
                    let path = arena.add(.name(member.name), below: item.path)
                    stack.append(Located(node: member.value, path: path))
                }
            case .scalar:
                break
            }
        }
    }

    /// Applies the selectors of the segment at `index` to `input`, and the segments after it
    /// to each selected node. A segment of one selector is read through its own fields.
    @inlinable
    func collect(
        segmentAt index: Int, of input: Located, in segments: [Segment], arena: inout PathArena,
        into output: inout [Located]
    ) {
        let next = index + 1
        switch segments[index].kind {
        case .name:
            let node = input.node
            guard let member = Self.member(of: node, namedBy: segments, at: index) else { return }
            let path = arena.add(.name(segments[index].name.text), below: input.path)
            collect(segments, from: next, at: Located(node: member, path: path), arena: &arena, into: &output)
        case .wildcard:
            collectChildren(of: input, where: nil, then: segments, from: next, arena: &arena, into: &output)
        case .index:
            let node = input.node
            guard node.jsonPathShape == .array else { return }
            let count = node.jsonPathCount
            guard let position = Self.position(ofIndex: segments[index].index, count: count) else { return }
            let path = arena.add(.index(position), below: input.path)
            let child = Located(node: node.jsonPathElement(at: position), path: path)
            collect(segments, from: next, at: child, arena: &arena, into: &output)
        case .filter:
            collectChildren(
                of: input, where: segments[index].filterReference, then: segments, from: next, arena: &arena,
                into: &output)
        case .names:
            let node = input.node
            guard node.jsonPathShape == .object else { return }
            let names = segments[index].names
            for position in names.indices {
                guard let member = Self.member(of: node, named: names, at: position) else { continue }
                let path = arena.add(.name(names[position].text), below: input.path)
                collect(segments, from: next, at: Located(node: member, path: path), arena: &arena, into: &output)
            }
        case .general:
            for selector in segments[index].selectors {
                collect(selector, of: input, then: segments, from: next, arena: &arena, into: &output)
            }
        case .filteredMember:
            guard let filter = segments[index].filterReference else { return }
            let node = input.node
            let shape = node.jsonPathShape
            guard shape != .scalar else { return }
            Self.withExcludedValues(of: filter) { excluded in
                for position in 0..<node.jsonPathCount {
                    let child =
                        shape == .array ? node.jsonPathElement(at: position) : node.jsonPathMemberValue(at: position)
                    guard let member = Self.member(of: child, namedBy: segments, at: next),
                        !Self.isValue(member, oneOf: excluded)
                    else { continue }
                    let step: NormalizedPath.Element =
                        shape == .array ? .index(position) : .name(node.jsonPathMember(at: position).name)
                    let path = arena.add(.name(segments[next].name.text), below: arena.add(step, below: input.path))
                    collect(
                        segments, from: next + 1, at: Located(node: member, path: path), arena: &arena, into: &output)
                }
            }
        }
    }

    /// Applies `selector` to `input` and the segments from `next` on to each selected node.
    @inlinable
    func collect(
        _ selector: Selector, of input: Located, then segments: [Segment], from next: Int,
        arena: inout PathArena, into output: inout [Located]
    ) {
        let node = input.node
        switch selector {
        case .name(let name):
            guard node.jsonPathShape == .object, let member = node.jsonPathMember(named: name) else { return }
            let path = arena.add(.name(name.text), below: input.path)
            collect(segments, from: next, at: Located(node: member, path: path), arena: &arena, into: &output)

        case .wildcard:
            collectChildren(of: input, where: nil, then: segments, from: next, arena: &arena, into: &output)

        case .index(let index):
            guard node.jsonPathShape == .array else { return }
            let count = node.jsonPathCount
            guard let position = Self.position(ofIndex: index, count: count) else { return }
            let path = arena.add(.index(position), below: input.path)
            let child = Located(node: node.jsonPathElement(at: position), path: path)
            collect(segments, from: next, at: child, arena: &arena, into: &output)

        case .slice(let start, let end, let step):
            guard node.jsonPathShape == .array else { return }
            for position in Self.slicePositions(start: start, end: end, step: step, count: node.jsonPathCount) {
                let path = arena.add(.index(position), below: input.path)
                let child = Located(node: node.jsonPathElement(at: position), path: path)
                collect(segments, from: next, at: child, arena: &arena, into: &output)
            }

        case .filter(let filter):
            // A filter among other selectors (rare): its segment holds it, as it holds
            // `filterReference`, for the whole of any evaluation of its query.
            collectChildren(
                of: input, where: Unmanaged.passUnretained(filter), then: segments, from: next, arena: &arena,
                into: &output)
        }
    }

    /// Goes on from each element or member value of `input` (that passes `filter`, if any).
    /// A child's path is recorded only once it passes.
    @inlinable
    func collectChildren(
        of input: Located, where filter: Unmanaged<FilterNode>?, then segments: [Segment], from next: Int,
        arena: inout PathArena, into output: inout [Located]
    ) {
        let node = input.node
        switch node.jsonPathShape {
        case .array:
            for position in 0..<node.jsonPathCount {
                let child = node.jsonPathElement(at: position)
                if let filter, !test(filter, current: child) { continue }
                let path = arena.add(.index(position), below: input.path)
                collect(segments, from: next, at: Located(node: child, path: path), arena: &arena, into: &output)
            }
        case .object:
            for position in 0..<node.jsonPathCount {
                let child = node.jsonPathMemberValue(at: position)
                if let filter, !test(filter, current: child) { continue }
                let path = arena.add(.name(node.jsonPathMember(at: position).name), below: input.path)
                collect(segments, from: next, at: Located(node: child, path: path), arena: &arena, into: &output)
            }
        case .scalar:
            break
        }
    }

    /// Whether `query` selects at least one node; stops at the first.
    @inlinable
    func selectsAny(_ query: Query, current: Cursor) -> Bool {
        !forEachNode(query, current: current) { _ in false }
    }

    /// How many nodes `query` selects, without listing them.
    @inlinable
    func count(_ query: Query, current: Cursor) -> Int {
        var count = 0
        _ = forEachNode(query, current: current) { _ in
            count += 1
            return true
        }
        return count
    }

    // MARK: - Selection without paths

    /// Calls `body` with each node `query` selects, in document order, until it returns
    /// false; false if it was stopped.
    ///
    /// Depth-first over the segments: a node goes through every remaining segment before the
    /// next node of its own segment is looked at. Segments only map each input node to a list
    /// and concatenate the lists, so the order is the same as segment by segment, without a
    /// list per segment.
    @inlinable
    func forEachNode(_ query: Query, current: Cursor, _ body: (Cursor) -> Bool) -> Bool {
        // A singular query (names and indices only) is followed step by step: no walk.
        if query.isSingular { return singular(query, current: current).map(body) ?? true }
        return forEachNode(query.segments, from: 0, at: query.start == .root ? root : current, body)
    }

    /// Calls `body` with each node the segments from `index` on select from `node`.
    ///
    /// Each selected node goes straight on to the next segment through a direct call, not a
    /// closure per segment: no context, no indirect call at every node.
    @inlinable
    func forEachNode(_ segments: [Segment], from index: Int, at node: Cursor, _ body: (Cursor) -> Bool) -> Bool {
        guard index < segments.count else { return body(node) }
        guard segments[index].isDescendant else {
            return forEachNode(segmentAt: index, of: node, in: segments, body)
        }
        if index + 1 == segments.count, segments[index].kind == .wildcard {
            return forEachDescendant(of: node, body)
        }
        // Descendants in document order, parents before children (RFC 9535 section 2.5.2.2),
        // with a stack rather than recursion: trees may be deep.
        var stack = [node]
        while let item = stack.popLast() {
            guard forEachNode(segmentAt: index, of: item, in: segments, body) else { return false }
            switch item.jsonPathShape {
            case .array:
                for position in (0..<item.jsonPathCount).reversed() {
                    stack.append(item.jsonPathElement(at: position))
                }
            case .object:
                for position in (0..<item.jsonPathCount).reversed() {
                    stack.append(item.jsonPathMemberValue(at: position))
                }
            case .scalar:
                break
            }
        }
        return true
    }

    /// A final `..*`: the children of `node` and of each of its descendants, taken parents
    /// first, as the general walk gives them, but each child read once and handed to `body`
    /// directly (a document-wide check visits every node this way).
    @inlinable
    func forEachDescendant(of node: Cursor, _ body: (Cursor) -> Bool) -> Bool {
        var stack = [node]
        while let item = stack.popLast() {
            let start = stack.count
            switch item.jsonPathShape {
            case .array:
                for position in 0..<item.jsonPathCount {
                    let child = item.jsonPathElement(at: position)
                    guard body(child) else { return false }
                    stack.append(child)
                }
            case .object:
                for position in 0..<item.jsonPathCount {
                    let child = item.jsonPathMemberValue(at: position)
                    guard body(child) else { return false }
                    stack.append(child)
                }
            case .scalar:
                continue
            }
            // Reversed in place, so that the first child is taken next.
            var low = start
            var high = stack.count - 1
            while low < high {
                stack.swapAt(low, high)
                low += 1
                high -= 1
            }
        }
        return true
    }

    /// Applies the selectors of the segment at `index` to `node`, and the segments after it to
    /// each selected node, until `body` returns false; false if it was stopped. A segment of
    /// one selector is read through its own fields.
    @inlinable
    func forEachNode(
        segmentAt index: Int, of node: Cursor, in segments: [Segment], _ body: (Cursor) -> Bool
    ) -> Bool {
        let next = index + 1
        switch segments[index].kind {
        case .name:
            guard let member = Self.member(of: node, namedBy: segments, at: index) else { return true }
            return forEachNode(segments, from: next, at: member, body)
        case .wildcard:
            return forEachChild(of: node, where: nil, then: segments, from: next, body)
        case .index:
            guard node.jsonPathShape == .array else { return true }
            let count = node.jsonPathCount
            guard let position = Self.position(ofIndex: segments[index].index, count: count) else { return true }
            return forEachNode(segments, from: next, at: node.jsonPathElement(at: position), body)
        case .filter:
            return forEachChild(of: node, where: segments[index].filterReference, then: segments, from: next, body)
        case .names:
            guard node.jsonPathShape == .object else { return true }
            let names = segments[index].names
            for position in names.indices {
                guard let member = Self.member(of: node, named: names, at: position) else { continue }
                guard forEachNode(segments, from: next, at: member, body) else { return false }
            }
            return true
        case .general:
            for selector in segments[index].selectors {
                guard forEachNode(selector, of: node, then: segments, from: next, body) else { return false }
            }
            return true
        case .filteredMember:
            guard let filter = segments[index].filterReference else { return true }
            let shape = node.jsonPathShape
            guard shape != .scalar else { return true }
            return Self.withExcludedValues(of: filter) { excluded in
                for position in 0..<node.jsonPathCount {
                    let child =
                        shape == .array ? node.jsonPathElement(at: position) : node.jsonPathMemberValue(at: position)
                    guard let member = Self.member(of: child, namedBy: segments, at: next),
                        !Self.isValue(member, oneOf: excluded)
                    else { continue }
                    guard forEachNode(segments, from: next + 1, at: member, body) else { return false }
                }
                return true
            }
        }
    }

    /// The values the filter of a `filteredMember` segment (`!(@.m == l || …)`) excludes, read
    /// in place; `filter` is alive (see `FilterNode`).
    @inlinable
    static func withExcludedValues<Result>(
        of filter: Unmanaged<FilterNode>, _ body: (EqualityLiterals) -> Result
    ) -> Result {
        filter._withUnsafeGuaranteedRef { filter in
            filter.terms[0]._withUnsafeGuaranteedRef { body($0.literals) }
        }
    }

    /// Applies `selector` to `node` and the segments from `next` on to each selected node,
    /// until `body` returns false; false if it was stopped.
    @inlinable
    func forEachNode(
        _ selector: Selector, of node: Cursor, then segments: [Segment], from next: Int, _ body: (Cursor) -> Bool
    ) -> Bool {
        switch selector {
        case .name(let name):
            guard node.jsonPathShape == .object, let member = node.jsonPathMember(named: name) else { return true }
            return forEachNode(segments, from: next, at: member, body)

        case .wildcard:
            return forEachChild(of: node, where: nil, then: segments, from: next, body)

        case .index(let index):
            guard node.jsonPathShape == .array else { return true }
            let count = node.jsonPathCount
            guard let position = Self.position(ofIndex: index, count: count) else { return true }
            return forEachNode(segments, from: next, at: node.jsonPathElement(at: position), body)

        case .slice(let start, let end, let step):
            guard node.jsonPathShape == .array else { return true }
            for position in Self.slicePositions(start: start, end: end, step: step, count: node.jsonPathCount) {
                guard forEachNode(segments, from: next, at: node.jsonPathElement(at: position), body) else {
                    return false
                }
            }
            return true

        case .filter(let filter):
            // A filter among other selectors (rare): its segment holds it, as it holds
            // `filterReference`, for the whole of any evaluation of its query.
            return forEachChild(of: node, where: Unmanaged.passUnretained(filter), then: segments, from: next, body)
        }
    }

    /// Goes on from each element or member value of `node` (that passes `filter`, if any).
    @inlinable
    func forEachChild(
        of node: Cursor, where filter: Unmanaged<FilterNode>?, then segments: [Segment], from next: Int,
        _ body: (Cursor) -> Bool
    ) -> Bool {
        switch node.jsonPathShape {
        case .array:
            for position in 0..<node.jsonPathCount {
                let child = node.jsonPathElement(at: position)
                if let filter, !test(filter, current: child) { continue }
                guard forEachNode(segments, from: next, at: child, body) else { return false }
            }
        case .object:
            for position in 0..<node.jsonPathCount {
                let child = node.jsonPathMemberValue(at: position)
                if let filter, !test(filter, current: child) { continue }
                guard forEachNode(segments, from: next, at: child, body) else { return false }
            }
        case .scalar:
            break
        }
        return true
    }

    /// The node a singular query selects, or nil (Nothing), without building lists.
    @inlinable
    func singular(_ query: Query, current: Cursor) -> Cursor? {
        var node = query.start == .root ? root : current
        let segments = query.segments
        for index in segments.indices {
            switch segments[index].kind {
            case .name:
                guard let member = Self.member(of: node, namedBy: segments, at: index) else { return nil }
                node = member
            case .index:
                guard node.jsonPathShape == .array else { return nil }
                let count = node.jsonPathCount
                guard let position = Self.position(ofIndex: segments[index].index, count: count) else { return nil }
                node = node.jsonPathElement(at: position)
            case .wildcard, .filter, .names, .general, .filteredMember:
                return nil
            }
        }
        return node
    }

    /// The member of `node` named by the `name` segment at `index`, or `nil` (also if `node`
    /// is not an object). A short name's words are read from the segment in place: taking its
    /// `JSONPathString` out copies its text, a retain and a release at each node; and the
    /// cursor tells a node that is not an object itself, as it reads the node for the lookup.
    @inlinable @inline(__always)
    static func member(of node: Cursor, namedBy segments: [Segment], at index: Int) -> Cursor? {
        let count = segments[index].name.utf8Count
        guard count <= JSONPathString.wordsCapacity else {
            return node.jsonPathShape == .object ? node.jsonPathMember(named: segments[index].name) : nil
        }
        return node.jsonPathMember(
            utf8Prefix: segments[index].name.utf8Prefix, utf8Suffix: segments[index].name.utf8Suffix, utf8Count: count)
    }

    /// The member of `node` named `name`, or `nil`; a short name's words are read in place,
    /// as above (`name` is a stored field of a live filter node).
    @inlinable @inline(__always)
    static func member(of node: Cursor, named name: JSONPathString) -> Cursor? {
        let count = name.utf8Count
        guard count <= JSONPathString.wordsCapacity else {
            return node.jsonPathShape == .object ? node.jsonPathMember(named: name) : nil
        }
        return node.jsonPathMember(utf8Prefix: name.utf8Prefix, utf8Suffix: name.utf8Suffix, utf8Count: count)
    }

    /// The member of the object `node` named `names[position]`, a short name read in place as
    /// above.
    @inlinable @inline(__always)
    static func member(of node: Cursor, named names: [JSONPathString], at position: Int) -> Cursor? {
        let count = names[position].utf8Count
        guard count <= JSONPathString.wordsCapacity else { return node.jsonPathMember(named: names[position]) }
        return node.jsonPathMember(
            utf8Prefix: names[position].utf8Prefix, utf8Suffix: names[position].utf8Suffix, utf8Count: count)
    }

    /// The position of the array index `index` (negative: from the end) among `count`
    /// elements; `nil` outside the array.
    @inlinable
    static func position(ofIndex index: Int, count: Int) -> Int? {
        let position = index >= 0 ? index : count + index
        return position >= 0 && position < count ? position : nil
    }

    /// The positions a slice selects, in selection order (RFC 9535 section 2.3.4.2.2).
    @inlinable
    static func slicePositions(start: Int?, end: Int?, step: Int?, count: Int) -> StrideTo<Int> {
        let step = step ?? 1
        func normalize(_ index: Int) -> Int { index >= 0 ? index : count + index }
        if step == 0 {
            return stride(from: 0, to: 0, by: 1)
        }
        if step > 0 {
            let lower = min(max(normalize(start ?? 0), 0), count)
            let upper = min(max(normalize(end ?? count), 0), count)
            return stride(from: lower, to: upper, by: step)
        }
        let upper = min(max(normalize(start ?? count - 1), -1), count - 1)
        let lower = min(max(normalize(end ?? -count - 1), -1), count - 1)
        return stride(from: upper, to: lower, by: step)
    }

    // MARK: - Filter expressions

    /// Whether the filter `filter` holds with `current` as `@`; `filter` is alive (see
    /// `FilterNode`).
    @inlinable
    func test(_ filter: Unmanaged<FilterNode>, current: Cursor) -> Bool {
        filter._withUnsafeGuaranteedRef { test($0, current: current) }
    }

    /// The value of a filter's node with `current` as `@`. Its terms are read in place,
    /// unretained: the node holds them.
    @inlinable
    func test(_ node: FilterNode, current: Cursor) -> Bool {
        switch node.kind {
        case .or:
            for term in node.terms.indices where test(node.terms[term], current: current) { return true }
            return false
        case .and:
            for term in node.terms.indices where !test(node.terms[term], current: current) { return false }
            return true
        case .not:
            return !test(node.terms[0], current: current)
        case .exists:
            return selectsAny(node.query, current: current)
        case .equalsAny:
            return equalsAny(node.query, node.literals, current: current)
        case .currentEqualsAny:
            return Self.isValue(current, oneOf: node.literals)
        case .memberEqualsAny:
            guard let member = Self.member(of: current, named: node.member) else {
                return node.literals.includesNothing
            }
            return Self.isValue(member, oneOf: node.literals)
        case .childEqualsAny:
            let container =
                node.isMemberQuery
                ? Self.member(of: current, named: node.member) : singular(node.query, current: current)
            guard let container else { return false }
            return Self.hasChild(of: container, oneOf: node.literals)
        case .other:
            return test(node.source, current: current)
        }
    }

    /// Whether an element or member value of `node` equals one of `literals`: what
    /// `node[?@ == l1 || @ == l2 …]` selecting some node means. A scalar has no children.
    @inlinable
    static func hasChild(of node: Cursor, oneOf literals: EqualityLiterals) -> Bool {
        switch node.jsonPathShape {
        case .array:
            for position in 0..<node.jsonPathCount where isValue(node.jsonPathElement(at: position), oneOf: literals) {
                return true
            }
        case .object:
            for position in 0..<node.jsonPathCount
            where isValue(node.jsonPathMemberValue(at: position), oneOf: literals) {
                return true
            }
        case .scalar:
            break
        }
        return false
    }

    /// `q == l1 || q == l2 || …`: literals are scalars, so a container equals none of them, as
    /// `==` says; Nothing equals none of them either, but is one of the values for `!q`. A
    /// string literal is compared with the node's bytes, without making the node's value.
    @inlinable
    func equalsAny(_ query: Query, _ literals: EqualityLiterals, current: Cursor) -> Bool {
        guard let node = singular(query, current: current) else { return literals.includesNothing }
        return Self.isValue(node, oneOf: literals)
    }

    /// Whether `node` equals one of the literals of `literals` (Nothing aside).
    @inlinable
    static func isValue(_ node: Cursor, oneOf literals: EqualityLiterals) -> Bool {
        if !literals.strings.isEmpty, node.jsonPathIsString(anyOf: literals.strings) { return true }
        // A string equals none of the other literals: it is not made.
        guard !literals.others.isEmpty, let kind = node.jsonPathKindUnlessString else { return false }
        return literals.others.contains { Comparison.scalarsEqual(kind, $0) }
    }

    /// The value of a logical expression with `current` as `@`.
    @inlinable
    func test(_ expression: LogicalExpression, current: Cursor) -> Bool {
        switch expression {
        case .or(let terms):
            return terms.contains { test($0, current: current) }
        case .and(let terms):
            return terms.allSatisfy { test($0, current: current) }
        case .not(let term):
            return !test(term, current: current)
        case .exists(let query):
            return selectsAny(query, current: current)
        case .equalsAny(let query, let literals):
            return equalsAny(query, literals, current: current)
        case .function(let call):
            return logicalResult(of: call, current: current)
        case .comparison(let left, let comparison, let right):
            return Comparison.holds(value(left, current: current), comparison, value(right, current: current))
        }
    }

    /// The value of one side of a comparison or of a `ValueType` argument.
    @inlinable
    func value(_ comparable: ComparisonOperand, current: Cursor) -> FilterValue<Cursor> {
        switch comparable {
        case .literal(let literal):
            return .literal(literal)
        case .query(let query):
            return singular(query, current: current).map { .node($0) } ?? .nothing
        case .function(let call):
            return valueResult(of: call, current: current)
        }
    }
}
