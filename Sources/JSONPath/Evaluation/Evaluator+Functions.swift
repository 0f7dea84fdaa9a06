/// The function extensions of RFC 9535 section 2.4.
extension Evaluator {
    /// The result of `length`, `count` or `value`.
    @inlinable
    func valueResult(of call: FunctionCall, current: Cursor) -> FilterValue<Cursor> {
        switch call.function {
        case .length:
            guard case .value(let argument) = call.arguments[0] else { return .nothing }
            let result = value(argument, current: current)
            switch result.kind {
            case .string(let string)?: return .literal(.int(string.unicodeScalars.count))
            case .array?, .object?:
                guard case .node(let node) = result else { return .nothing }
                return .literal(.int(node.jsonPathCount))
            default: return .nothing
            }
        case .count:
            guard case .nodes(let query) = call.arguments[0] else { return .nothing }
            return .literal(.int(count(query, current: current)))
        case .value:
            guard case .nodes(let query) = call.arguments[0] else { return .nothing }
            var selected: Cursor?
            var seen = 0
            _ = forEachNode(query, current: current) { node in
                selected = node
                seen += 1
                return seen < 2  // a second node already makes the result Nothing
            }
            return seen == 1 ? selected.map { .node($0) } ?? .nothing : .nothing
        case .match, .search:
            // Well-typedness keeps LogicalType functions out of value positions.
            return .nothing
        }
    }

    /// The result of `match` or `search`: false unless both arguments are strings and the
    /// pattern is valid I-Regexp.
    @inlinable
    func logicalResult(of call: FunctionCall, current: Cursor) -> Bool {
        guard call.function == .match || call.function == .search,
            case .value(let subject) = call.arguments[0],
            case .string(let string)? = value(subject, current: current).kind
        else { return false }
        let regexp: IRegexp?
        if call.hasLiteralPattern {
            regexp = call.literalPattern
        } else if case .value(let pattern) = call.arguments[1],
            case .string(let text)? = value(pattern, current: current).kind
        {
            regexp = try? IRegexp(text)
        } else {
            regexp = nil
        }
        guard let regexp else { return false }
        return call.function == .match ? regexp.matches(string) : regexp.containsMatch(in: string)
    }
}
