import JSONPath
import YAMLSource

extension ConditionEvaluator {
    // MARK: stated

    /// Whether `query` selects at least one node whose value is not null (`~`).
    func isStated(_ query: RuleQuery) -> Bool {
        containsNode(query) { !$0.isNull }
    }

    /// `stated: Q`: like `exists`, but a `~` value does not count; points at the nearest
    /// existing node along the query (the `~` value itself when the key is there).
    func evaluateStated(_ query: RuleQuery) -> Failure? {
        isStated(query) ? nil : Failure(places: [anchorPlace(query)], values: ["count": "0"])
    }

    // MARK: keys

    /// `keys: {of, allowed}`: one place per key outside `allowed`, at the key itself (a key
    /// keeps its own span), so a misspelt field name is reported where it is written.
    /// Selected values that are not mappings are passed over (`type` reports those).
    func evaluateKeys(_ of: [RuleQuery], allowed: TextSet) -> Failure? {
        // Paths are built only when some mapping has an unknown key.
        guard containsNode(of, where: { Self.hasUnknownKey($0, allowed: allowed) }) else { return nil }
        var places: [Place] = []
        for query in of {
            for match in select(query) {
                guard case .mapping(let pairs) = match.node.content else { continue }
                for pair in pairs {
                    let name = pair.key.scalarText ?? ValueFormatting.text(of: pair.key)
                    guard !allowed.contains(name) else { continue }
                    let suggestion = Suggestion.closest(to: name, among: allowed.members)
                    let hint = Suggestion.help(for: name, among: allowed.members)
                    places.append(
                        Place(
                            node: pair.key, path: NormalizedPath(match.path.elements + [.name(name)]),
                            values: ["key": name, "suggestion": suggestion ?? "", "hint": hint]))
                }
            }
        }
        return places.isEmpty
            ? nil : Failure(places: places, values: ["expected": allowed.members.joined(separator: ", ")])
    }

    /// Whether `node` is a mapping with a key outside `allowed` (what `keys` reports).
    static func hasUnknownKey(_ node: YAMLNode, allowed: TextSet) -> Bool {
        guard node.kind == .mapping else { return false }
        // A scalar key's text read from the mapping itself: no pair of nodes made per key.
        // Most keys are allowed ASCII names of at most 15 bytes, settled on the two words they
        // are stored as; then on their bytes read in place (no copy of the text); any other
        // key is compared as a string. The keys are read in one pass over the mapping's
        // entries. The cursor reads `node`, which the caller keeps alive.
        let cursor = YAMLNodeCursor(node)
        // The set reached through a pointer: a closure that captured it would copy it (a
        // retain and a release of each of its arrays) for every key read as bytes.
        return withUnsafePointer(to: allowed) { allowed in
            !cursor.allKeys { index, words in
                if let words,
                    allowed.pointee.containsASCII(prefix: words.prefix, suffix: words.suffix, count: words.count)
                        == true
                {
                    return true
                }
                if case true?? = node.withKeyUTF8(at: index, { allowed.pointee.containsASCII($0) }) { return true }
                return allowed.pointee.contains(
                    node.keyText(at: index) ?? ValueFormatting.text(of: node.pair(at: index).key))
            }
        }
    }
}
