import JSONPath
import YAMLSource

/// A JSONPath query of a rule, compiled once when the rule is loaded.
///
/// Besides the compiled query it keeps the query's leading name/index steps (its *anchor*),
/// so that a finding about something missing can point at the nearest existing ancestor
/// without running any other query.
///
/// A class: rules are shared by every worker thread and their queries are passed around in
/// the evaluator's inner loops, where copying a struct of five references would retain and
/// release each of them (atomically, contended between threads); an instance is one reference.
public final class RuleQuery: Sendable {
    /// The query as written in the rule.
    public let text: String
    /// The compiled query.
    public let query: JSONPathQuery
    /// True when the query starts at the subject (`@`), false when at the root (`$`).
    public let startsAtSubject: Bool
    /// The leading steps that name one member or one element (`.a`, `['a']`, `[0]`), up to the
    /// first step that selects otherwise (wildcard, filter, slice, union, descendant).
    let anchor: [NormalizedPath.Element]
    /// True when the anchor is the whole query (`@.amount`, `$.partner.country`): such a
    /// query is answered by walking the tree, without the JSONPath evaluator.
    let isPlainPath: Bool
    /// The text with its hash, for the per-document query caches.
    let key: QueryKey
    /// The anchor's steps as `cursor(atAnchorFrom:)` and `followAnchor(from:appendingTo:)`
    /// follow them, names with their bytes read once.
    private let steps: [Step]

    /// One step of the anchor: a name, or an index when `isName` is false. A struct whose
    /// fields are read in place: taking the name out of an enum case copies its text.
    private struct Step {
        let isName: Bool
        let name: JSONPathString
        let index: Int
    }

    /// Compiles `text`; the error's offset points into `text`.
    public init(_ text: String) throws(JSONPathError) {
        self.text = text
        self.key = QueryKey(text)
        self.query = try JSONPathQuery(text, allowingCurrentNodeRoot: true)
        self.startsAtSubject = text.unicodeScalars.first == "@"
        let (anchor, consumed) = Self.anchorSteps(of: text)
        self.anchor = anchor
        self.isPlainPath = consumed
        self.steps = anchor.map { element in
            switch element {
            case .name(let name): Step(isName: true, name: JSONPathString(name), index: 0)
            case .index(let index): Step(isName: false, name: JSONPathString(""), index: index)
            }
        }
    }

    /// The node a plain path's steps reach from `start` (a name in a mapping, an index —
    /// negative from the end — in a sequence), or `nil` where a step finds nothing; `start`
    /// itself for other queries.
    ///
    /// The steps are taken on cursors: only the node reached is made (one retain), and each
    /// name is compared by the bytes read when the query was compiled.
    func node(atAnchorFrom start: YAMLNode) -> YAMLNode? {
        // The cursors read `start`'s tree, which `start` keeps alive until the node is made.
        withExtendedLifetime(start) { cursor(atAnchorFrom: YAMLNodeCursor(start))?.node }
    }

    /// `node(atAnchorFrom:)` on cursors, valid while the node `start` reads stays alive: the
    /// node reached is not made (no retain) unless the caller makes it.
    func cursor(atAnchorFrom start: YAMLNodeCursor) -> YAMLNodeCursor? {
        guard isPlainPath else { return start }
        var cursor = start
        for position in steps.indices {
            guard let next = step(at: position, from: cursor) else { return nil }
            cursor = next
        }
        return cursor
    }

    /// Follows the anchor's steps from `start` as far as they go, appending each step taken to
    /// `elements` (a negative index counted from the end): the last node reached, and whether
    /// every step was taken. Valid while the node `start` reads stays alive.
    func followAnchor(
        from start: YAMLNodeCursor, appendingTo elements: inout [NormalizedPath.Element]
    ) -> (YAMLNodeCursor, Bool) {
        var cursor = start
        for position in steps.indices {
            guard let next = step(at: position, from: cursor) else { return (cursor, false) }
            if !steps[position].isName, steps[position].index < 0 {
                elements.append(.index(cursor.childCount + steps[position].index))
            } else {
                elements.append(anchor[position])
            }
            cursor = next
        }
        return (cursor, true)
    }

    /// The node the step at `position` reaches from `cursor` (a name in a mapping, an index —
    /// negative from the end — in a sequence), or `nil`.
    @inline(__always)
    private func step(at position: Int, from cursor: YAMLNodeCursor) -> YAMLNodeCursor? {
        if steps[position].isName {
            // A short name's words are read in place; a longer one's text is passed.
            let count = steps[position].name.utf8Count
            return count <= JSONPathString.wordsCapacity
                ? cursor.value(
                    forKeyUTF8Prefix: steps[position].name.utf8Prefix, suffix: steps[position].name.utf8Suffix,
                    count: count)
                : cursor.value(
                    forKeyText: steps[position].name.text, utf8Prefix: steps[position].name.utf8Prefix,
                    utf8Count: count)
        }
        let index = steps[position].index
        guard cursor.kind == .sequence else { return nil }
        let count = cursor.childCount
        let resolved = index < 0 ? count + index : index
        guard resolved >= 0 && resolved < count else { return nil }
        return cursor.item(at: resolved)
    }

    /// Reads the leading singular steps of a query that already compiled, and whether they
    /// are the whole query. The text is read as UTF-8 bytes: every character that delimits a
    /// step is ASCII, and a name's non-ASCII characters (all bytes 0x80 and above) belong to it.
    static func anchorSteps(of text: String) -> ([NormalizedPath.Element], Bool) {
        var text = text
        return text.withUTF8 { anchorSteps(of: $0) }
    }

    private static func anchorSteps(of bytes: UnsafeBufferPointer<UInt8>) -> ([NormalizedPath.Element], Bool) {
        var steps: [NormalizedPath.Element] = []
        var i = 1
        func isNameFirst(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                || byte >= 0x80
        }
        func isNameChar(_ byte: UInt8) -> Bool {
            isNameFirst(byte) || isDigit(byte)
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func skipBlank() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D {
                i += 1
            }
        }
        while i < bytes.count {
            skipBlank()
            guard i < bytes.count else { break }
            if bytes[i] == UInt8(ascii: ".") {
                guard i + 1 < bytes.count, isNameFirst(bytes[i + 1]) else { break }
                i += 1
                let start = i
                while i < bytes.count, isNameChar(bytes[i]) { i += 1 }
                steps.append(.name(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)))
            } else if bytes[i] == UInt8(ascii: "[") {
                i += 1
                skipBlank()
                guard i < bytes.count else { break }
                if bytes[i] == UInt8(ascii: "'") || bytes[i] == UInt8(ascii: "\"") {
                    guard let (name, next) = readQuoted(bytes, from: i) else { break }
                    i = next
                    skipBlank()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "]") else { break }
                    i += 1
                    steps.append(.name(name))
                } else {
                    let start = i
                    if bytes[i] == UInt8(ascii: "-") { i += 1 }
                    while i < bytes.count, isDigit(bytes[i]) { i += 1 }
                    let digits = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    skipBlank()
                    guard let index = Int(digits), i < bytes.count, bytes[i] == UInt8(ascii: "]") else { break }
                    i += 1
                    steps.append(.index(index))
                }
            } else {
                break
            }
        }
        skipBlank()
        return (steps, i >= bytes.count)
    }

    /// Reads a quoted member name starting at the quote at `start`; returns the name and the
    /// index after the closing quote.
    private static func readQuoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
        let quote = bytes[start]
        var i = start + 1
        var name: [UInt8] = []
        while i < bytes.count {
            let byte = bytes[i]
            if byte == quote { return (String(decoding: name, as: UTF8.self), i + 1) }
            if byte == UInt8(ascii: "\\") {
                guard i + 1 < bytes.count else { return nil }
                switch bytes[i + 1] {
                case UInt8(ascii: "b"): name.append(0x08)
                case UInt8(ascii: "f"): name.append(0x0C)
                case UInt8(ascii: "n"): name.append(0x0A)
                case UInt8(ascii: "r"): name.append(0x0D)
                case UInt8(ascii: "t"): name.append(0x09)
                case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                    name.append(bytes[i + 1])
                default: return nil  // \uXXXX: rare in rules; stop the anchor here
                }
                i += 2
                continue
            }
            name.append(byte)
            i += 1
        }
        return nil
    }

}
