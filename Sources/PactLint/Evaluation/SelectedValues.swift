import YAMLSource

/// The values of the nodes some queries select, as one reference: what an `in`/`not-in` pool
/// and a `unique` check read, kept per document when the queries start at `$` (see
/// `QueryCache`), so that several checks over the same ids (a reference, and the ids' own
/// uniqueness) select and hash them once.
final class SelectedValues {
    /// The distinct values.
    let keys: ValueKeySet
    /// How many nodes were selected, repeats included: more than `keys` holds when some value
    /// repeats.
    let selectedCount: Int

    init(keys: ValueKeySet, selectedCount: Int) {
        self.keys = keys
        self.selectedCount = selectedCount
    }

    /// Whether `key` is among the values (read in place: no copy of the set's storage).
    func contains(_ key: ValueKey) -> Bool { keys.contains(key) }

    /// Whether the value of `node` is among the values (`contains(node.valueKey)`, a short
    /// string looked up by the words the tree holds it in).
    func containsValue(of node: YAMLNode) -> Bool { keys.containsValue(of: node) }

    /// Whether some value was selected more than once (`NaN` is never a repeat of itself, as
    /// `Set` has it).
    var hasRepeats: Bool { selectedCount != keys.count }
}
