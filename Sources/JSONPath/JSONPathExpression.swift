/// A compiled standalone RFC 9535 logical expression, such as `@.period.end > @.period.start`
/// or `length(@.actions) >= 2`: the language of a filter selector, outside any query.
///
/// `@` is the current node and `$` the root. Surrounding whitespace is allowed.
public struct JSONPathExpression: Sendable, Hashable {
    /// The expression as written.
    public let text: String
    @usableFromInline let expression: LogicalExpression

    /// Parses and type-checks `text` as a `logical-expr`; a bare literal or a function that
    /// returns a value (e.g. `length(@)`) is not a logical expression.
    public init(_ text: String) throws(JSONPathError) {
        try self.init(text, mergingEqualities: true)
    }

    /// Parses `text`; with `mergingEqualities` false, every comparison is evaluated as
    /// written (see `JSONPathQuery.init(_:allowingCurrentNodeRoot:mergingEqualities:)`).
    init(_ text: String, mergingEqualities: Bool) throws(JSONPathError) {
        var parser = Parser(text, mergesEqualities: mergingEqualities)
        self.expression = try parser.parseLogicalExpression()
        self.text = text
    }

    /// The literal `match`/`search` patterns in the expression that are not valid I-Regexp,
    /// each pointing into the expression (see `JSONPathQuery.patternErrors`).
    public var patternErrors: [JSONPathError] {
        var errors: [JSONPathError] = []
        PatternErrors.collect(in: expression, into: &errors)
        return errors
    }

    /// Whether the expression holds with `current` as `@` and `root` as `$`.
    @inlinable
    public func evaluate<Node: JSONPathNode>(current: Node, root: Node) -> Bool {
        withExtendedLifetime((root, current)) {
            Evaluator(root: root.jsonPathCursor).test(expression, current: current.jsonPathCursor)
        }
    }

    /// Two expressions are equal when their text is.
    public static func == (lhs: JSONPathExpression, rhs: JSONPathExpression) -> Bool {
        lhs.text == rhs.text
    }

    /// Hashes the text.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }
}
