import YAMLSource

extension RuleParser {
    /// `keys: {of: Q, allowed: [NAME, …]}`: a non-empty list of distinct names.
    mutating func keysCondition(_ node: YAMLNode) -> Condition? {
        guard let fields = fields(node, "keys", allowed: ["of", "allowed"], required: ["of", "allowed"]),
            let ofPair = fields["of"], let allowedPair = fields["allowed"],
            let of = queries(ofPair.value, what: "'of'"),
            let items = reader.list(allowedPair.value, what: "'allowed'")
        else { return nil }
        guard !items.isEmpty else {
            reader.error(
                "'allowed' must name at least one key", at: allowedPair.value,
                help: "list the field names the mapping may have, e.g. allowed: [country, iso3, region]")
            return nil
        }
        var names: [String] = []
        for item in items {
            guard let name = item.stringContent else {
                reader.error("each entry of 'allowed' must be a key name, not \(SchemaReader.describe(item))", at: item)
                continue
            }
            if names.contains(name) {
                reader.error("'\(name)' is listed twice in 'allowed'", at: item, help: "remove the repeated name")
                continue
            }
            names.append(name)
        }
        guard names.count == items.count else { return nil }
        return .keys(of: of, allowed: TextSet(names))
    }
}
