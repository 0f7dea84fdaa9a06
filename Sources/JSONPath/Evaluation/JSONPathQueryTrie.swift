/// Several plain queries walked together: a prefix tree of their segments, so that the steps
/// they share (`$.actions[*]` in `$.actions[*].title` and `$.actions[*].sources[*]`) are taken
/// once per node instead of once per query.
///
/// A query is *plain* (`JSONPathQuery.isPlain`) when every segment is a child segment of
/// names, indices, wildcards and slices: no filter, no descendant segment. Two queries share
/// a step only where their segments select the same way (the same selectors in the same
/// order), so each query's own walk is the one the evaluator takes, in the same order: a
/// query's nodes are handed out in its document order, as `JSONPathQuery.nodes(root:current:)`
/// lists them; the nodes of different queries are interleaved.
public struct JSONPathQueryTrie: Sendable {
    /// A node of the tree: the queries that end there (positions in `ends`) and the steps that
    /// leave it (positions in `segments` and `targets`).
    @usableFromInline
    struct Node: Sendable {
        @usableFromInline var ends: Range<Int>
        @usableFromInline var edges: Range<Int>
    }

    /// The nodes; `rootNode` starts the queries that start at `$`, `currentNode` those at `@`.
    @usableFromInline let nodes: [Node]
    /// The positions (in the list the tree was made from) of the queries that end at each node,
    /// node after node, in list order within a node.
    @usableFromInline let ends: [Int]
    /// Each step's segment, the steps of a node one after another in the order first written.
    @usableFromInline let segments: [Segment]
    /// The node each step leads to.
    @usableFromInline let targets: [Int]
    /// How many queries the tree was made from.
    public let queryCount: Int

    @usableFromInline static var rootNode: Int { 0 }
    @usableFromInline static var currentNode: Int { 1 }

    /// The tree of `queries`, or `nil` unless every one is plain. A query's position in
    /// `queries` is the number the walk hands out with its nodes.
    public init?(_ queries: [JSONPathQuery]) {
        guard queries.allSatisfy(\.isPlain) else { return nil }
        // Built as flat lists (each node's steps chained by number, each query's end noted),
        // then laid out so that each node's steps and ends are contiguous: no list per node,
        // and a segment copied only for a new step.
        var edgeSegments: [Segment] = []
        var edgeTargets: [Int] = []
        // Each step's segment summed up in a word, compared before the segments themselves:
        // a pack's few hundred queries search a few dozen steps at the root.
        var edgeSummaries: [UInt64] = []
        var nextEdge: [Int] = []
        var firstEdge = [-1, -1]
        var lastEdge = [-1, -1]
        var endNodes: [Int] = []
        endNodes.reserveCapacity(queries.count)
        for position in queries.indices {
            var node = queries[position].query.start == .root ? Self.rootNode : Self.currentNode
            for index in queries[position].query.segments.indices {
                let summary = queries[position].query.segments[index].selectionSummary
                var edge = firstEdge[node]
                while edge >= 0,
                    edgeSummaries[edge] != summary
                        || !edgeSegments[edge].selectsAsSame(queries[position].query.segments[index])
                {
                    edge = nextEdge[edge]
                }
                if edge < 0 {
                    edge = edgeSegments.count
                    edgeSegments.append(queries[position].query.segments[index])
                    edgeTargets.append(firstEdge.count)
                    edgeSummaries.append(summary)
                    nextEdge.append(-1)
                    if lastEdge[node] < 0 { firstEdge[node] = edge } else { nextEdge[lastEdge[node]] = edge }
                    lastEdge[node] = edge
                    firstEdge.append(-1)
                    lastEdge.append(-1)
                }
                node = edgeTargets[edge]
            }
            endNodes.append(node)
        }
        // The ends by node, each node's in list order: counted, then placed.
        var endStarts = [Int](repeating: 0, count: firstEdge.count + 1)
        for node in endNodes { endStarts[node + 1] += 1 }
        for node in firstEdge.indices { endStarts[node + 1] += endStarts[node] }
        var placed = endStarts
        var ends = [Int](repeating: 0, count: queries.count)
        for (position, node) in endNodes.enumerated() {
            ends[placed[node]] = position
            placed[node] += 1
        }
        var nodes: [Node] = []
        nodes.reserveCapacity(firstEdge.count)
        var segments: [Segment] = []
        segments.reserveCapacity(edgeSegments.count)
        var targets: [Int] = []
        targets.reserveCapacity(edgeSegments.count)
        for node in firstEdge.indices {
            let first = segments.count
            var edge = firstEdge[node]
            while edge >= 0 {
                segments.append(edgeSegments[edge])
                targets.append(edgeTargets[edge])
                edge = nextEdge[edge]
            }
            nodes.append(Node(ends: endStarts[node]..<endStarts[node + 1], edges: first..<segments.count))
        }
        self.nodes = nodes
        self.ends = ends
        self.segments = segments
        self.targets = targets
        self.queryCount = queries.count
    }

    /// Calls `body` with the position of a query and each node it selects, until `body`
    /// returns false; false if it was stopped. The queries that start at `$` are walked from
    /// `root`, then those that start at `@` from `current`. Each query's nodes come in its
    /// document order; a node two queries select is handed out for each.
    @inlinable
    public func forEachNode<Node: JSONPathNode>(
        root: Node, current: Node? = nil, _ body: (Int, Node) -> Bool
    ) -> Bool {
        // The cursors read `root` and `current` without owning them: both are kept alive until
        // the walk ends, and each node handed out is made from its cursor.
        withExtendedLifetime(root) {
            withExtendedLifetime(current) {
                withoutActuallyEscaping(body) { body in
                    var visitor = ClosureVisitor<Node.JSONPathCursor>(body: body)
                    return forEachNode(
                        root: root.jsonPathCursor, current: (current ?? root).jsonPathCursor, visitor: &visitor)
                }
            }
        }
    }

    /// Hands each node to `visitor` (see `forEachNode(root:current:_:)`), on cursors valid while
    /// the nodes `root` and `current` read stay alive: no node is made. The visitor is passed
    /// along the walk in place, never copied (a closure's context was copied at every step).
    @inlinable
    public func forEachNode<Visitor: JSONPathQueryTrieVisitor>(
        root: Visitor.Cursor, current: Visitor.Cursor, visitor: inout Visitor
    ) -> Bool {
        guard walk(from: Self.rootNode, at: root, &visitor) else { return false }
        return walk(from: Self.currentNode, at: current, &visitor)
    }

    /// The nodes each query selects, by the queries' positions: for each query the list
    /// `JSONPathQuery.nodes(root:current:)` gives.
    @inlinable
    public func nodesByQuery<Node: JSONPathNode>(root: Node, current: Node? = nil) -> [[Node]] {
        var lists = [[Node]](repeating: [], count: queryCount)
        _ = forEachNode(root: root, current: current) { query, node in
            lists[query].append(node)
            return true
        }
        return lists
    }

    /// A visitor that hands each node, made from its cursor, to a closure.
    @usableFromInline
    struct ClosureVisitor<Cursor: JSONPathNodeCursor>: JSONPathQueryTrieVisitor {
        @usableFromInline let body: (Int, Cursor.Node) -> Bool

        @inlinable
        init(body: @escaping (Int, Cursor.Node) -> Bool) {
            self.body = body
        }

        @inlinable
        mutating func visit(query: Int, at cursor: Cursor) -> Bool {
            body(query, cursor.jsonPathNode)
        }
    }

    /// Hands out the queries that end at `node` with `cursor`, then takes each step from it.
    @inlinable
    func walk<Visitor: JSONPathQueryTrieVisitor>(
        from node: Int, at cursor: Visitor.Cursor, _ visitor: inout Visitor
    ) -> Bool {
        for position in nodes[node].ends {
            guard visitor.visit(query: ends[position], at: cursor) else { return false }
        }
        for edge in nodes[node].edges {
            guard step(edge, from: cursor, &visitor) else { return false }
        }
        return true
    }

    /// `walk(from:at:_:)` for a node a step reaches: a node that only ends queries (most of
    /// them: the last step of each query) hands them out here, without a call.
    @inlinable @inline(__always)
    func arrive<Visitor: JSONPathQueryTrieVisitor>(
        at node: Int, with cursor: Visitor.Cursor, _ visitor: inout Visitor
    ) -> Bool {
        guard nodes[node].edges.isEmpty else { return walk(from: node, at: cursor, &visitor) }
        for position in nodes[node].ends {
            guard visitor.visit(query: ends[position], at: cursor) else { return false }
        }
        return true
    }

    /// Applies the segment of step `edge` to `cursor`, and walks on from each node it selects,
    /// in the order the evaluator selects them (`Evaluator.forEachNode(segmentAt:of:in:_:)`).
    @inlinable
    func step<Visitor: JSONPathQueryTrieVisitor>(
        _ edge: Int, from cursor: Visitor.Cursor, _ visitor: inout Visitor
    ) -> Bool {
        typealias Cursor = Visitor.Cursor
        let target = targets[edge]
        switch segments[edge].kind {
        case .name:
            guard let member = Evaluator<Cursor>.member(of: cursor, namedBy: segments, at: edge) else { return true }
            return arrive(at: target, with: member, &visitor)
        case .wildcard:
            return walkChildren(of: cursor, to: target, &visitor)
        case .index:
            guard cursor.jsonPathShape == .array else { return true }
            let count = cursor.jsonPathCount
            guard let position = Evaluator<Cursor>.position(ofIndex: segments[edge].index, count: count) else {
                return true
            }
            return arrive(at: target, with: cursor.jsonPathElement(at: position), &visitor)
        case .names:
            guard cursor.jsonPathShape == .object else { return true }
            let names = segments[edge].names
            for position in names.indices {
                guard let member = Evaluator<Cursor>.member(of: cursor, named: names, at: position) else { continue }
                guard arrive(at: target, with: member, &visitor) else { return false }
            }
            return true
        case .general:
            for selector in segments[edge].selectors {
                guard step(selector, from: cursor, to: target, &visitor) else { return false }
            }
            return true
        case .filter, .filteredMember:
            // Not plain: never in a tree.
            return true
        }
    }

    /// Applies one selector of a union or a slice to `cursor`, and walks on from each node it
    /// selects.
    @inlinable
    func step<Visitor: JSONPathQueryTrieVisitor>(
        _ selector: Selector, from cursor: Visitor.Cursor, to target: Int, _ visitor: inout Visitor
    ) -> Bool {
        typealias Cursor = Visitor.Cursor
        switch selector {
        case .name(let name):
            guard cursor.jsonPathShape == .object, let member = cursor.jsonPathMember(named: name) else { return true }
            return arrive(at: target, with: member, &visitor)
        case .wildcard:
            return walkChildren(of: cursor, to: target, &visitor)
        case .index(let index):
            guard cursor.jsonPathShape == .array else { return true }
            guard let position = Evaluator<Cursor>.position(ofIndex: index, count: cursor.jsonPathCount) else {
                return true
            }
            return arrive(at: target, with: cursor.jsonPathElement(at: position), &visitor)
        case .slice(let start, let end, let step):
            guard cursor.jsonPathShape == .array else { return true }
            let count = cursor.jsonPathCount
            for position in Evaluator<Cursor>.slicePositions(start: start, end: end, step: step, count: count) {
                guard arrive(at: target, with: cursor.jsonPathElement(at: position), &visitor) else { return false }
            }
            return true
        case .filter:
            // Not plain: never in a tree.
            return true
        }
    }

    /// Walks on from each element or member value of `cursor`.
    @inlinable
    func walkChildren<Visitor: JSONPathQueryTrieVisitor>(
        of cursor: Visitor.Cursor, to target: Int, _ visitor: inout Visitor
    ) -> Bool {
        switch cursor.jsonPathShape {
        case .array:
            for position in 0..<cursor.jsonPathCount {
                guard arrive(at: target, with: cursor.jsonPathElement(at: position), &visitor) else { return false }
            }
        case .object:
            for position in 0..<cursor.jsonPathCount {
                guard arrive(at: target, with: cursor.jsonPathMemberValue(at: position), &visitor) else { return false }
            }
        case .scalar:
            break
        }
        return true
    }
}

extension JSONPathQuery {
    /// True when every segment is a child segment of names, indices, wildcards and slices (no
    /// filter, no descendant segment): such queries can be walked together
    /// (`JSONPathQueryTrie`).
    public var isPlain: Bool {
        query.segments.allSatisfy { segment in
            !segment.isDescendant
                && segment.selectors.allSatisfy { selector in
                    if case .filter = selector { return false }
                    return true
                }
        }
    }
}

extension Segment {
    /// True when both segments select the same nodes from any node, in the same order: the same
    /// selectors in the same order (names compared byte for byte, as member names are). A
    /// segment of one name or of names is told apart by the names' first bytes and lengths.
    func selectsAsSame(_ other: Segment) -> Bool {
        guard kind == other.kind, isDescendant == other.isDescendant else { return false }
        switch kind {
        case .name: return name.isSameName(as: other.name)
        case .wildcard: return true
        case .index: return index == other.index
        case .names:
            return names.count == other.names.count
                && names.indices.allSatisfy { names[$0].isSameName(as: other.names[$0]) }
        case .general, .filter, .filteredMember:
            guard selectors.count == other.selectors.count else { return false }
            return zip(selectors, other.selectors).allSatisfy { mine, theirs in
                switch (mine, theirs) {
                case (.name(let a), .name(let b)): return a.isSameName(as: b)
                case (.wildcard, .wildcard): return true
                case (.index(let a), .index(let b)): return a == b
                case (.slice(let a, let b, let c), .slice(let d, let e, let f)): return a == d && b == e && c == f
                default: return false
                }
            }
        }
    }
}

extension Segment {
    /// A word that segments selecting the same way (`selectsAsSame`) share: their kind with
    /// the first bytes and length of their name or names, or their index.
    var selectionSummary: UInt64 {
        var summary = UInt64(truncatingIfNeeded: selectors.count) &* 0x9E37_79B9_7F4A_7C15
        func mix(_ word: UInt64) {
            summary = (summary ^ word) &* 0xBF58_476D_1CE4_E5B9
        }
        switch kind {
        case .name: mix(name.utf8Prefix ^ UInt64(truncatingIfNeeded: name.utf8Count) &<< 56 ^ name.utf8Suffix)
        case .index: mix(UInt64(bitPattern: Int64(index)) ^ 0x1D)
        case .names:
            for name in names { mix(name.utf8Prefix ^ UInt64(truncatingIfNeeded: name.utf8Count) &<< 56) }
        case .wildcard: mix(0x2A)
        case .general, .filter, .filteredMember: mix(0x47)
        }
        return summary
    }
}

extension JSONPathString {
    /// True when both are the same bytes: told by the first sixteen and the length, and only
    /// for a longer name by the text.
    func isSameName(as other: JSONPathString) -> Bool {
        utf8Count == other.utf8Count && utf8Prefix == other.utf8Prefix && utf8Suffix == other.utf8Suffix
            && (utf8Count <= Self.wordsCapacity || text.hasSameScalars(as: other.text))
    }
}
