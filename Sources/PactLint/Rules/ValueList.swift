/// A `one-of` or `none-of` condition's `values:`, compiled: the string values written in the
/// list are looked up in a `TextSet` instead of compared with each selected value in turn.
public struct ValueList: Sendable {
    /// The entries as written.
    public let items: [ListItem]
    /// The string values among `items`.
    let strings: TextSet
    /// Whether some entry is a parameter: those are resolved against the rule's parameters
    /// at each evaluation, so such a list is searched entry by entry.
    let hasParameters: Bool

    /// Compiles `items`.
    public init(_ items: [ListItem]) {
        self.items = items
        var strings: [String] = []
        var hasParameters = false
        for item in items {
            switch item {
            case .value(.string(let text)): strings.append(text)
            case .value: break
            case .parameter: hasParameters = true
            }
        }
        self.strings = TextSet(strings)
        self.hasParameters = hasParameters
    }
}
