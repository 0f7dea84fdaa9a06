import JSONPath
import YAMLSource

extension ConditionEvaluator {
    func evaluateTerms(_ condition: TermsCondition, source: SourceFile?) -> Failure? {
        var candidates: [(node: YAMLNode, path: NormalizedPath, value: String)] = []
        for query in condition.of {
            for match in select(query) {
                var elements = match.path.elements
                Self.collectCandidates(match.node, terms: condition.terms, path: &elements, into: &candidates)
            }
        }
        var places: [Place] = []
        for candidate in candidates {
            findTerms(
                condition, in: candidate.node, path: candidate.path, value: candidate.value, source: source,
                into: &places)
        }
        return places.isEmpty ? nil : Failure(places: places)
    }

    /// Collects the string scalars under `node` (values, not keys) in which a term may occur,
    /// keeping the path as a stack so that no path is built for the other strings.
    private static func collectCandidates(
        _ node: borrowing YAMLNode, terms: borrowing [TermMatcher.Term], path elements: inout [NormalizedPath.Element],
        into candidates: inout [(node: YAMLNode, path: NormalizedPath, value: String)]
    ) {
        switch node.content {
        case .scalar(let scalar):
            guard case .string(let value) = scalar.value else { return }
            if terms.contains(where: { TermMatcher.mayOccur($0, in: value) }) {
                candidates.append((copy node, NormalizedPath(elements), value))
            }
        case .sequence(let items):
            for index in items.indices {
                elements.append(.index(index))
                collectCandidates(items[index], terms: terms, path: &elements, into: &candidates)
                elements.removeLast()
            }
        case .mapping(let pairs):
            for index in pairs.indices {
                let key = pairs[index].key
                if case .scalar(let scalar) = key.content {
                    elements.append(.name(scalar.text))
                } else {
                    elements.append(.name(ValueFormatting.text(of: key)))
                }
                collectCandidates(pairs[index].value, terms: terms, path: &elements, into: &candidates)
                elements.removeLast()
            }
        }
    }

    private func findTerms(
        _ condition: TermsCondition, in node: YAMLNode, path: NormalizedPath, value: String,
        source: SourceFile?, into places: inout [Place]
    ) {
        let original = Array(value.unicodeScalars)
        let text = condition.caseSensitive ? original : TermMatcher.fold(original)
        // Cheap rejection before any work on the source text.
        var raw: RawScalarText?
        for term in condition.terms {
            let found = TermMatcher.occurrences(of: term, in: text)
            guard !found.isEmpty else { continue }
            if raw == nil, let source {
                raw = RawScalarText(source: source, span: node.span, caseSensitive: condition.caseSensitive)
            }
            let inSource = raw.map { TermMatcher.occurrences(of: term, in: $0.folded) } ?? []
            for (ordinal, occurrence) in found.enumerated() {
                var span = node.span
                if ordinal < inSource.count, let raw, let source {
                    span = raw.span(of: inSource[ordinal], in: source)
                }
                var written = String.UnicodeScalarView()
                written.append(contentsOf: original[occurrence.start..<occurrence.end])
                places.append(
                    Place(
                        node: node, path: path, span: span,
                        values: ["term": term.text, "value": String(written), "suggestion": term.suggestion],
                        fingerprintExtra: "\(term.text)#\(ordinal)"))
            }
        }
    }
}

/// A scalar's source text as written (quotes, escapes, line breaks and indentation included),
/// with each scalar's byte offset, so that a term found in it maps back to a line and column.
struct RawScalarText {
    var folded: [Unicode.Scalar]
    /// The byte offset of each scalar, and of the end of the text.
    var offsets: [Int]

    init(source: SourceFile, span: SourceSpan, caseSensitive: Bool) {
        let start = max(0, min(span.start.offset, source.bytes.count))
        let end = max(start, min(span.end.offset, source.bytes.count))
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = start
        let bytes = source.bytes[start..<end]
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offsets.append(offset)
                offset += UTF8.width(scalar)
            case .error:
                scalars.append("\u{FFFD}")
                offsets.append(offset)
                offset += 1
            case .emptyInput:
                break loop
            }
        }
        offsets.append(offset)  // the end of the last scalar
        self.folded = caseSensitive ? scalars : TermMatcher.fold(scalars)
        self.offsets = offsets
    }

    func span(of occurrence: TermMatcher.Occurrence, in source: SourceFile) -> SourceSpan {
        let startOffset = offsets[occurrence.start]
        let endOffset = offsets[occurrence.end]
        return SourceSpan(
            start: source.position(atByteOffset: startOffset), end: source.position(atByteOffset: endOffset))
    }
}
