import JSONPath
import YAMLSource

extension ConditionEvaluator {
    /// The number of an item: the item itself, or the first node `value` selects from it.
    private func number(of item: YAMLNode, value: RuleQuery?) -> Double? {
        guard let value else { return item.numberValue }
        return firstNode(value, current: item)?.numberValue
    }

    /// Visits the number of each item that passes `filter`; returns how many had none.
    /// Builds no paths: the passing case allocates only the query results.
    private func addNumbers(
        of items: [RuleQuery], filter: JSONPathExpression?, value: RuleQuery?, into visit: (Double) -> Void
    ) -> Int {
        var skipped = 0
        for query in items {
            for item in nodes(query) {
                if let filter, !filter.evaluate(current: item, root: root) { continue }
                if let number = number(of: item, value: value) { visit(number) } else { skipped += 1 }
            }
        }
        return skipped
    }

    /// The items without a number, as related places; only built for a finding.
    private func skippedPlaces(
        of items: [RuleQuery], filter: JSONPathExpression?, value: RuleQuery?, message: String
    ) -> [RelatedPlace] {
        var places: [RelatedPlace] = []
        for query in items {
            for match in select(query) {
                if let filter, !filter.evaluate(current: match.node, root: root) { continue }
                guard number(of: match.node, value: value) == nil else { continue }
                if let value,
                    let first = value.query.evaluate(root: root, current: match.node, currentPath: match.path).first
                {
                    places.append(RelatedPlace(node: first.node, path: first.path, message: message))
                } else if let value {
                    places.append(
                        RelatedPlace(node: match.node, path: match.path, message: "no \(value.text), not added"))
                } else {
                    places.append(RelatedPlace(node: match.node, path: match.path, message: message))
                }
            }
        }
        return places
    }

    func evaluateSum(_ sum: SumCondition) -> Failure? {
        var total = 0.0
        var added = 0
        let skipped = addNumbers(of: sum.of, filter: sum.filter, value: sum.value) { number in
            total += number
            added += 1
        }
        let tolerance = resolve(sum.tolerance) ?? 0
        var expected: Double?
        if let bound = resolve(sum.equals) {
            let slack = abs(bound) * tolerance + 1e-9 * max(1, abs(bound))
            if abs(total - bound) > slack { expected = bound }
        }
        if let bound = resolve(sum.min), total < bound - 1e-9 * max(1, abs(bound)) { expected = bound }
        if let bound = resolve(sum.max), total > bound + 1e-9 * max(1, abs(bound)) { expected = bound }
        guard let expected else { return nil }
        var place = anchorPlace(sum.of[0])
        if skipped > 0 {
            place.related = skippedPlaces(
                of: sum.of, filter: sum.filter, value: sum.value, message: "not a number, not added")
        }
        let text = ValueFormatting.number(total)
        return Failure(
            places: [place],
            values: [
                "sum": text, "value": text, "expected": ValueFormatting.number(expected),
                "count": String(added), "skipped": String(skipped),
            ])
    }

    func evaluateShare(_ share: ShareCondition) -> Failure? {
        var total = 0.0
        var part = 0.0
        var skipped = 0
        for query in share.of {
            for item in nodes(query) {
                guard let weight = number(of: item, value: share.weight) else {
                    skipped += 1
                    continue
                }
                total += weight
                if share.filter.evaluate(current: item, root: root) { part += weight }
            }
        }
        // No items or no weight: there is no share to bound (and no division by zero).
        guard total != 0 else { return nil }
        let fraction = part / total
        var expected: Double?
        if let bound = resolve(share.min), fraction < bound - 1e-12 { expected = bound }
        if let bound = resolve(share.max), fraction > bound + 1e-12 { expected = bound }
        guard let expected else { return nil }
        var place = anchorPlace(share.of[0])
        if skipped > 0 {
            place.related = skippedPlaces(
                of: share.of, filter: nil, value: share.weight, message: "no numeric weight, left out of the share")
        }
        return Failure(
            places: [place],
            values: [
                "share": ValueFormatting.percent(fraction),
                "value": String((fraction * 1000).rounded() / 1000),
                "part": ValueFormatting.number(part),
                "total": ValueFormatting.number(total),
                "expected": ValueFormatting.percent(expected),
            ])
    }

    func evaluateDistinct(_ of: [RuleQuery], maxSimilarity: Double, minWords: Int) -> Failure? {
        struct Text {
            var node: YAMLNode
            var path: NormalizedPath
            /// `nil` when the search done as the portfolio arrived kept only its result.
            var shingles: [UInt64]?
        }
        var texts: [Text] = []
        for query in of {
            for match in select(query) {
                guard let measured = measure(match) else { continue }
                guard measured.wordCount > 0, measured.wordCount >= minWords else { continue }
                texts.append(Text(node: match.node, path: absolutePath(match, of: query), shingles: measured.shingles))
            }
        }
        guard texts.count > 1 else { return nil }
        // The search done as the portfolio's documents arrived, if it compared these very texts.
        let done = cache?.portfolioSearches.first { search in
            of.count == 1 && search.plan.query == of[0].text && search.plan.minWords == minWords
                && search.entries.count == texts.count
                && zip(search.entries, texts).allSatisfy { entry, text in
                    text.path.elements.first == .index(entry.document) && entry.start == text.node.span.start.offset
                        && entry.end == text.node.span.end.offset
                }
        }
        var index = NearDuplicateIndex()
        var places: [Place] = []
        for (position, text) in texts.enumerated() {
            // One finding per text: against the most similar earlier text.
            let match =
                done.map { $0.entries[position].match }
                ?? index.add(text.shingles ?? text.node.stringContent.map(TextSimilarity.shingled)?.shingles ?? [])
            guard let best = match, best.similarity > maxSimilarity else { continue }
            var place = Place(node: text.node, path: text.path)
            place.values = [
                "similarity": format2(best.similarity),
                "other": otherDescription(texts[best.other].path),
            ]
            place.related = [
                RelatedPlace(node: texts[best.other].node, path: texts[best.other].path, message: "near-duplicate text")
            ]
            place.fingerprintExtra = texts[best.other].path.description
            places.append(place)
        }
        return places.isEmpty ? nil : Failure(places: places)
    }

    /// The word count and shingles of a matched text: measured while its file was checked when
    /// the root is a portfolio and the text was prepared (see `PortfolioProjection.texts`), else
    /// now; shingles `nil` when a search done as the portfolio arrived kept only the count (they
    /// are measured again if needed). `nil` when the node is not a string.
    private func measure(_ match: JSONPathMatch<YAMLNode>) -> (wordCount: Int, shingles: [UInt64]?)? {
        if let prepared = cache?.preparedTexts, case .index(let document)? = match.path.elements.first,
            prepared.indices.contains(document),
            let text = prepared[document].first(where: { $0.isText(of: match.node.span) })
        {
            return (text.measure.wordCount, text.isSearched ? nil : text.measure.shingles)
        }
        return match.node.stringContent.map(TextSimilarity.shingled).map { ($0.wordCount, $0.shingles) }
    }

    private func format2(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// How `{other}` names another text: its document's id when the root is a portfolio,
    /// else its path.
    private func otherDescription(_ path: NormalizedPath) -> String {
        // Through `kind` and `item(at:)`: `content` would build the list of every document for
        // each finding.
        if root.kind == .sequence, case .index(let index)? = path.elements.first, index >= 0, index < root.childCount {
            if let id = root.item(at: index).member("id")?.stringContent { return id }
            return "document \(index + 1) of the portfolio"
        }
        return path.description
    }
}
