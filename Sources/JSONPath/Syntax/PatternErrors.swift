/// Finds the literal `match`/`search` patterns of a parsed query that are not valid I-Regexp.
///
/// RFC 9535 makes such a function false rather than the query invalid; a rule loader can use
/// this to reject a rule whose pattern can never match.
enum PatternErrors {
    static func collect(in query: Query, into errors: inout [JSONPathError]) {
        for segment in query.segments {
            for case .filter(let filter) in segment.selectors {
                collect(in: filter.source, into: &errors)
            }
        }
    }

    static func collect(in expression: LogicalExpression, into errors: inout [JSONPathError]) {
        switch expression {
        case .or(let terms), .and(let terms):
            for term in terms { collect(in: term, into: &errors) }
        case .not(let term):
            collect(in: term, into: &errors)
        case .comparison(let left, _, let right):
            collect(in: left, into: &errors)
            collect(in: right, into: &errors)
        case .exists(let query):
            collect(in: query, into: &errors)
        case .function(let call):
            collect(in: call, into: &errors)
        case .equalsAny:
            break  // a singular query has no filters
        }
    }

    private static func collect(in comparable: ComparisonOperand, into errors: inout [JSONPathError]) {
        switch comparable {
        case .literal: break
        case .query(let query): collect(in: query, into: &errors)
        case .function(let call): collect(in: call, into: &errors)
        }
    }

    private static func collect(in call: FunctionCall, into errors: inout [JSONPathError]) {
        for argument in call.arguments {
            switch argument {
            case .value(let comparable): collect(in: comparable, into: &errors)
            case .nodes(let query): collect(in: query, into: &errors)
            case .logical(let expression): collect(in: expression, into: &errors)
            }
        }
        if let error = call.patternError { errors.append(error) }
    }
}
