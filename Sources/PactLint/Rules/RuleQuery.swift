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

    /// Compiles `text`; the error's offset points into `text`.
    public init(_ text: String) throws(JSONPathError) {
        self.text = text
        self.key = QueryKey(text)
        self.query = try JSONPathQuery(text, allowingCurrentNodeRoot: true)
        self.startsAtSubject = text.unicodeScalars.first == "@"
        let (anchor, consumed) = Self.anchorSteps(of: text)
        self.anchor = anchor
        self.isPlainPath = consumed
    }

    /// Reads the leading singular steps of a query that already compiled, and whether they
    /// are the whole query.
    static func anchorSteps(of text: String) -> ([NormalizedPath.Element], Bool) {
        let scalars = Array(text.unicodeScalars)
        var steps: [NormalizedPath.Element] = []
        var i = 1
        func isNameFirst(_ s: Unicode.Scalar) -> Bool {
            s == "_" || (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s.value >= 0x80
        }
        func isNameChar(_ s: Unicode.Scalar) -> Bool {
            isNameFirst(s) || (s >= "0" && s <= "9")
        }
        func skipBlank() {
            while i < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[i]) { i += 1 }
        }
        while i < scalars.count {
            skipBlank()
            guard i < scalars.count else { break }
            if scalars[i] == "." {
                guard i + 1 < scalars.count, isNameFirst(scalars[i + 1]) else { break }
                var name: [UInt8] = []
                i += 1
                while i < scalars.count, isNameChar(scalars[i]) {
                    UTF8.encode(scalars[i]) { name.append($0) }
                    i += 1
                }
                steps.append(.name(String(decoding: name, as: UTF8.self)))
            } else if scalars[i] == "[" {
                i += 1
                skipBlank()
                guard i < scalars.count else { break }
                if scalars[i] == "'" || scalars[i] == "\"" {
                    guard let (name, next) = readQuoted(scalars, from: i) else { break }
                    i = next
                    skipBlank()
                    guard i < scalars.count, scalars[i] == "]" else { break }
                    i += 1
                    steps.append(.name(name))
                } else {
                    var digits = ""
                    if scalars[i] == "-" {
                        digits.append("-")
                        i += 1
                    }
                    while i < scalars.count, scalars[i] >= "0", scalars[i] <= "9" {
                        digits.unicodeScalars.append(scalars[i])
                        i += 1
                    }
                    skipBlank()
                    guard let index = Int(digits), i < scalars.count, scalars[i] == "]" else { break }
                    i += 1
                    steps.append(.index(index))
                }
            } else {
                break
            }
        }
        skipBlank()
        return (steps, i >= scalars.count)
    }

    /// Reads a quoted member name starting at the quote at `start`; returns the name and the
    /// index after the closing quote.
    private static func readQuoted(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        let quote = scalars[start]
        var i = start + 1
        var name: [UInt8] = []
        while i < scalars.count {
            let s = scalars[i]
            if s == quote { return (String(decoding: name, as: UTF8.self), i + 1) }
            if s == "\\" {
                guard i + 1 < scalars.count else { return nil }
                let e = scalars[i + 1]
                switch e {
                case "b": name.append(0x08)
                case "f": name.append(0x0C)
                case "n": name.append(0x0A)
                case "r": name.append(0x0D)
                case "t": name.append(0x09)
                case "/", "\\", "'", "\"": UTF8.encode(e) { name.append($0) }
                default: return nil  // \uXXXX: rare in rules; stop the anchor here
                }
                i += 2
                continue
            }
            UTF8.encode(s) { name.append($0) }
            i += 1
        }
        return nil
    }

}
