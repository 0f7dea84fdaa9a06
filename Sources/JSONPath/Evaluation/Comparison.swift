/// Comparison of filter values (RFC 9535 section 2.3.5.2.2).
@usableFromInline
enum Comparison {
    /// Whether `left comparison right` holds.
    @inlinable
    static func holds<Cursor: JSONPathNodeCursor>(
        _ left: FilterValue<Cursor>, _ comparison: ComparisonOperator, _ right: FilterValue<Cursor>
    ) -> Bool {
        switch comparison {
        case .equal: equal(left, right)
        case .notEqual: !equal(left, right)
        case .less: less(left, right)
        case .lessOrEqual: less(left, right) || equal(left, right)
        case .greater: less(right, left)
        case .greaterOrEqual: less(right, left) || equal(left, right)
        }
    }

    /// `==`: Nothing equals only Nothing; numbers compare by value; arrays and objects deeply.
    @inlinable
    static func equal<Cursor: JSONPathNodeCursor>(_ left: FilterValue<Cursor>, _ right: FilterValue<Cursor>) -> Bool {
        guard let leftKind = left.kind, let rightKind = right.kind else {
            return left.kind == nil && right.kind == nil
        }
        switch (leftKind, rightKind) {
        case (.array, .array), (.object, .object):
            // Literals are never containers, so both sides are nodes here.
            guard case .node(let leftNode) = left, case .node(let rightNode) = right else { return false }
            return deepEqual(leftNode, rightNode)
        default:
            return scalarsEqual(leftKind, rightKind)
        }
    }

    /// `<`: defined for two numbers and for two strings; false otherwise.
    @inlinable
    static func less<Cursor: JSONPathNodeCursor>(_ left: FilterValue<Cursor>, _ right: FilterValue<Cursor>) -> Bool {
        guard let leftKind = left.kind, let rightKind = right.kind else { return false }
        if case .string(let a) = leftKind, case .string(let b) = rightKind {
            // UTF-8 byte order is Unicode scalar order, with no normalization.
            return a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        return compareNumbers(leftKind, rightKind) == .less
    }

    @inlinable
    static func deepEqual<Cursor: JSONPathNodeCursor>(_ left: Cursor, _ right: Cursor) -> Bool {
        let leftKind = left.jsonPathKind
        let rightKind = right.jsonPathKind
        switch (leftKind, rightKind) {
        case (.array, .array):
            let count = left.jsonPathCount
            guard count == right.jsonPathCount else { return false }
            for index in 0..<count where !deepEqual(left.jsonPathElement(at: index), right.jsonPathElement(at: index)) {
                return false
            }
            return true
        case (.object, .object):
            let count = left.jsonPathCount
            guard count == right.jsonPathCount else { return false }
            for index in 0..<count {
                let member = left.jsonPathMember(at: index)
                guard let other = right.jsonPathMember(named: member.name), deepEqual(member.value, other) else {
                    return false
                }
            }
            return true
        default:
            return scalarsEqual(leftKind, rightKind)
        }
    }

    @inlinable
    static func scalarsEqual(_ left: JSONPathNodeKind, _ right: JSONPathNodeKind) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a.hasSameScalars(as: b)
        default: return compareNumbers(left, right) == .equal
        }
    }

    @usableFromInline
    enum Order { case less, equal, greater }

    /// The order of two numbers, exact across `Int` and `Double`; nil if either is not a
    /// number or is NaN.
    @inlinable
    static func compareNumbers(_ left: JSONPathNodeKind, _ right: JSONPathNodeKind) -> Order? {
        switch (left, right) {
        case (.int(let a), .int(let b)):
            return a < b ? .less : a == b ? .equal : .greater
        case (.double(let a), .double(let b)):
            if a.isNaN || b.isNaN { return nil }
            return a < b ? .less : a == b ? .equal : .greater
        case (.int(let a), .double(let b)):
            return compare(a, b)
        case (.double(let a), .int(let b)):
            return compare(b, a).map { order in
                switch order {
                case .less: .greater
                case .equal: .equal
                case .greater: .less
                }
            }
        default:
            return nil
        }
    }

    /// Compares an integer with a double without the rounding of converting the integer.
    @inlinable
    static func compare(_ integer: Int, _ double: Double) -> Order? {
        if double.isNaN { return nil }
        // Doubles at or beyond ±2^63 are outside Int's range.
        if double >= 9_223_372_036_854_775_808.0 { return .less }
        if double < -9_223_372_036_854_775_808.0 { return .greater }
        // Int(_:) truncates toward zero (and needs no libm, unlike `rounded`); the fraction
        // left over decides ties.
        let truncated = Int(double)
        if integer < truncated { return .less }
        if integer > truncated { return .greater }
        let fraction = double - Double(truncated)
        return fraction == 0 ? .equal : fraction > 0 ? .less : .greater
    }
}
