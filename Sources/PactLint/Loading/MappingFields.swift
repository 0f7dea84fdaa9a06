import YAMLSource

/// The pairs of a mapping that `SchemaReader.mapping` accepted, by key name.
///
/// A rule or condition has a handful of keys: comparing names in a short list is cheaper than
/// hashing each into a dictionary, which was a tenth of compiling the pack.
struct MappingFields {
    private var names: [String] = []
    private var pairs: [YAMLPair] = []

    /// Adds `pair` under `name`; a later pair of the same name wins, as in a dictionary.
    mutating func add(_ pair: YAMLPair, named name: String) {
        names.append(name)
        pairs.append(pair)
    }

    /// The pair whose key is `name`, if the mapping has one.
    subscript(name: String) -> YAMLPair? {
        guard let index = names.lastIndex(of: name) else { return nil }
        return pairs[index]
    }
}
