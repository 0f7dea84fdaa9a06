import JSONPath
import YAMLSource

extension ConditionEvaluator {
    /// The number of an item: the item itself, or the first node `value` selects from it.
    private func number(of item: YAMLNode, value: RuleQuery?) -> Double? {
        guard let value else { return item.numberValue }
        return nodes(value, current: item).first?.numberValue
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
        let tolerance = sum.tolerance.flatMap(resolve) ?? 0
        var expected: Double?
        if let bound = sum.equals.flatMap(resolve) {
            let slack = abs(bound) * tolerance + 1e-9 * max(1, abs(bound))
            if abs(total - bound) > slack { expected = bound }
        }
        if let bound = sum.min.flatMap(resolve), total < bound - 1e-9 * max(1, abs(bound)) { expected = bound }
        if let bound = sum.max.flatMap(resolve), total > bound + 1e-9 * max(1, abs(bound)) { expected = bound }
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
        if let bound = share.min.flatMap(resolve), fraction < bound - 1e-12 { expected = bound }
        if let bound = share.max.flatMap(resolve), fraction > bound + 1e-12 { expected = bound }
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
            var shingles: [UInt64]
        }
        var texts: [Text] = []
        for query in of {
            for match in select(query) {
                guard let string = match.node.stringContent else { continue }
                let words = TextSimilarity.words(string)
                guard !words.isEmpty, words.count >= minWords else { continue }
                texts.append(
                    Text(
                        node: match.node, path: absolutePath(match, of: query), shingles: TextSimilarity.shingles(words)
                    ))
            }
        }
        guard texts.count > 1 else { return nil }
        // Inverted index: only texts that share a shingle are compared. A shingle found in more
        // than `postingLimit` texts is boilerplate: later texts find candidates through it only
        // among the first ones, which keeps a portfolio of near-identical texts linear; the
        // similarity itself is always measured on the whole sets. Each
        // shingle's postings are a list threaded through one array (8 bytes a posting, no
        // array per shingle): the index is most of what a portfolio run holds per document.
        let postingLimit: Int32 = 64
        var postingHeads: [UInt64: Posting] = [:]
        var postings: [Posting] = []
        var firstWithSameSet: [[UInt64]: Int] = [:]
        var places: [Place] = []
        // Shared-shingle counts per earlier text, in an array reset through the list of the
        // texts it touched (a dictionary here cost more than everything else together).
        var sharedCounts = [Int](repeating: 0, count: texts.count)
        var touched: [Int] = []
        for (index, text) in texts.enumerated() {
            var best: (other: Int, similarity: Double)?
            if let same = firstWithSameSet[text.shingles] {
                best = (same, 1)
            } else {
                firstWithSameSet[text.shingles] = index
                // Through a full list, shared shingles of later texts go uncounted: then the
                // candidates' intersections are counted on the sets themselves.
                var countsAreExact = true
                for shingle in text.shingles {
                    var posting = postingHeads[shingle]
                    if let head = posting, head.count >= postingLimit { countsAreExact = false }
                    while let earlier = posting {
                        let other = Int(earlier.text)
                        if sharedCounts[other] == 0 { touched.append(other) }
                        sharedCounts[other] += 1
                        posting = earlier.next >= 0 ? postings[Int(earlier.next)] : nil
                    }
                }
                // The tie-break on the lower index makes the result independent of the order.
                for other in touched {
                    let intersection =
                        countsAreExact
                        ? sharedCounts[other] : TextSimilarity.sharedCount(text.shingles, texts[other].shingles)
                    sharedCounts[other] = 0
                    let similarity = TextSimilarity.jaccard(
                        text.shingles.count, texts[other].shingles.count, intersection: intersection)
                    if similarity > (best?.similarity ?? -1)
                        || (similarity == best?.similarity && other < (best?.other ?? 0))
                    {
                        best = (other, similarity)
                    }
                }
                touched.removeAll(keepingCapacity: true)
            }
            for shingle in text.shingles {
                let head = postingHeads[shingle]
                guard (head?.count ?? 0) < postingLimit else { continue }
                if let head { postings.append(head) }
                postingHeads[shingle] = Posting(
                    text: Int32(index), next: head == nil ? -1 : Int32(postings.count - 1),
                    count: (head?.count ?? 0) + 1)
            }
            // One finding per text: against the most similar earlier text.
            guard let best, best.similarity > maxSimilarity else { continue }
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

    private func format2(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// How `{other}` names another text: its document's id when the root is a portfolio,
    /// else its path.
    private func otherDescription(_ path: NormalizedPath) -> String {
        if case .sequence(let documents) = root.content, case .index(let index)? = path.elements.first,
            documents.indices.contains(index)
        {
            if let id = documents[index].member("id")?.stringContent { return id }
            return "document \(index + 1) of the portfolio"
        }
        return path.description
    }
}

/// One text in a shingle's posting list (see `evaluateDistinct`): the list's head sits in a
/// dictionary by shingle, the rest in one array, each entry naming the next (-1 at the end).
private struct Posting {
    var text: Int32
    var next: Int32
    /// How many postings the list holds from this entry on (kept on the head).
    var count: Int32
}
