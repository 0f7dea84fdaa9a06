/// A message with placeholders, parsed when the rule is loaded.
public struct MessageTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        /// `{$.a}` / `{@.id}`: the first value the query selects.
        case query(RuleQuery)
        /// `{count}` etc.: a value of the failing condition, or a parameter.
        case name(String)
    }

    /// The template as written.
    public let text: String
    let parts: [Part]

    init(text: String, parts: [Part]) {
        self.text = text
        self.parts = parts
    }
}
