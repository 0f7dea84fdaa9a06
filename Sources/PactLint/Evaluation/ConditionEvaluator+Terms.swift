import JSONPath
import YAMLSource

extension ConditionEvaluator {
    func evaluateTerms(_ condition: TermsCondition, source: SourceFile?) -> Failure? {
        var places: [Place] = []
        var candidates: [(node: YAMLNode, steps: [Int], value: String)] = []
        let screen = condition.screen
        // The last tree screened as a whole, and whether some string of it may hold a term:
        // most documents hold none, and are told so by one pass over their texts, without a
        // walk. The node keeps its tree alive, so that another tree is never taken for it.
        var screened: (node: YAMLNode, mayHoldTerm: Bool)?
        for query in condition.of {
            for match in select(query) {
                if !(screened.map { $0.node.sharesTree(with: match.node) } ?? false) {
                    let mayHoldTerm = match.node.treeMayHoldString(acceptedBy: { screen.mayMatch(utf8: $0) })
                    screened = (match.node, mayHoldTerm)
                }
                guard screened?.mayHoldTerm == true else { continue }
                candidates.removeAll(keepingCapacity: true)
                // The string values under the match (not its keys) in which a term may occur,
                // screened on their bytes in place: only a candidate's node, value and path are
                // made. The cursor reads the match's tree, which `match.node` keeps alive.
                withExtendedLifetime(match.node) {
                    YAMLNodeCursor(match.node).forEachStringValue(where: { screen.mayMatch(utf8: $0) }) {
                        scalar, steps in
                        candidates.append((scalar.node, steps, scalar.stringValue ?? ""))
                    }
                }
                for candidate in candidates {
                    let path = Self.path(from: match.node, at: match.path, steps: candidate.steps)
                    findTerms(
                        condition, in: candidate.node, path: path, value: candidate.value, source: source,
                        into: &places)
                }
            }
        }
        return places.isEmpty ? nil : Failure(places: places)
    }

    /// The normalized path of the node reached from `start` (at `base`) by child positions.
    private static func path(from start: YAMLNode, at base: NormalizedPath, steps: [Int]) -> NormalizedPath {
        var elements = base.elements
        var node = start
        for step in steps {
            switch node.content {
            case .sequence(let items):
                elements.append(.index(step))
                node = items[step]
            case .mapping(let pairs):
                let key = pairs[step].key
                elements.append(.name(key.scalarText ?? ValueFormatting.text(of: key)))
                node = pairs[step].value
            case .scalar:
                return NormalizedPath(elements)
            }
        }
        return NormalizedPath(elements)
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
