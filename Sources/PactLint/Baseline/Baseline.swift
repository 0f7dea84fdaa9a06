import Foundation
import YAMLSource

/// The findings a repository has accepted for now: a CI gate fails only on findings that are
/// not in the baseline.
///
/// Entries match by fingerprint (rule id, file, normalized path and a hash of the node's value),
/// never by line number, so moving a block of YAML keeps its findings matched while changing the
/// offending value does not. Matching counts: two identical findings need two entries.
public struct Baseline: Sendable, Codable, Equatable {
    /// One recorded finding. Only `fingerprint` matches; the rest helps a reader of the file.
    public struct Entry: Sendable, Codable, Hashable {
        public var fingerprint: String
        public var ruleID: String
        public var file: String
        public var path: String?
        public var message: String

        enum CodingKeys: String, CodingKey {
            case fingerprint, ruleID = "ruleId", file, path, message
        }
    }

    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var entries: [Entry]

    /// A baseline recording `findings` (waived findings are not recorded: their waiver already
    /// covers them).
    public init(recording findings: [Finding]) {
        self.schemaVersion = Self.currentSchemaVersion
        self.entries = findings.filter { !$0.isWaived }.map {
            Entry(
                fingerprint: $0.fingerprint, ruleID: $0.ruleID, file: $0.location.file, path: $0.location.path,
                message: $0.message)
        }
        .sorted { ($0.file, $0.ruleID, $0.fingerprint) < ($1.file, $1.ruleID, $1.fingerprint) }
    }

    /// Splits `findings` into those the baseline does not cover and the number it hides.
    /// Waived findings are kept as they are: they already do not count.
    public func filter(_ findings: [Finding]) -> (kept: [Finding], hidden: Int) {
        var matcher = Matcher(self)
        var kept = findings
        let hidden = matcher.filter(&kept)
        return (kept, hidden)
    }

    /// Counted matching over findings that arrive a few at a time: each entry hides one
    /// finding, the first that comes with its fingerprint.
    public struct Matcher: Sendable {
        /// Entries not yet matched, by fingerprint.
        private var remaining: [String: Int] = [:]

        /// A matcher for every entry of `baseline`.
        public init(_ baseline: Baseline) {
            for entry in baseline.entries { remaining[entry.fingerprint, default: 0] += 1 }
        }

        /// Removes from `findings` those an unmatched entry covers (not waived ones) and
        /// returns how many it removed.
        public mutating func filter(_ findings: inout [Finding]) -> Int {
            guard !remaining.isEmpty else { return 0 }
            let kept = keptIndices(findings)
            let hidden = findings.count - kept.count
            guard hidden > 0 else { return 0 }
            findings = kept.map { findings[$0] }
            return hidden
        }

        /// The positions in `findings` of those no unmatched entry covers (waived ones
        /// included), ascending; the entries that cover the others are matched.
        public mutating func keptIndices(_ findings: [Finding]) -> [Int] {
            guard !remaining.isEmpty else { return Array(findings.indices) }
            // In order, so that the first findings with a fingerprint are the ones hidden.
            var kept: [Int] = []
            kept.reserveCapacity(findings.count)
            for (index, finding) in findings.enumerated() {
                let fingerprint = finding.fingerprint
                if !finding.isWaived, let count = remaining[fingerprint], count > 0 {
                    remaining[fingerprint] = count - 1
                    continue
                }
                kept.append(index)
            }
            return kept
        }
    }

    /// The baseline as pretty-printed JSON with sorted keys, ending in a newline.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Reads a baseline file's contents.
    ///
    /// - Throws: `BaselineError` saying what is wrong with the file and where (line and column,
    ///   found by reading the JSON as YAML, which keeps positions).
    public static func decode(_ data: Data, file: String) throws(BaselineError) -> Baseline {
        let source = SourceFile(path: file, bytes: [UInt8](data))
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            let explained = Self.explain(error)
            let place = Self.place(at: explained.path, in: source)
            throw BaselineError(
                message: "not a pactlint baseline (\(place.syntaxError ?? explained.text))",
                help: "write one with `pactlint check --write-baseline \(file)`",
                span: place.span, source: source)
        }
        guard baseline.schemaVersion == currentSchemaVersion else {
            throw BaselineError(
                message:
                    "baseline schema version \(baseline.schemaVersion) is not supported (this pactlint reads \(currentSchemaVersion))",
                help: "write it again with `pactlint check --write-baseline \(file)`",
                span: Self.place(at: ["schemaVersion"], in: source).span, source: source)
        }
        return baseline
    }

    /// Where in the JSON a decoding error is (keys and indices), and what it says.
    private static func explain(_ error: Error) -> (path: [String], text: String) {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.keyNotFound(_, let context),
            DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            let text =
                path.isEmpty
                ? context.debugDescription : "at \(path.joined(separator: ".")): \(context.debugDescription)"
            return (path, text)
        default:
            return ([], "\(error)")
        }
    }

    /// The place of the value at `path` (keys and indices) in the file, or of its nearest
    /// existing ancestor; for text that is not even JSON, where the parser stopped and why.
    private static func place(at path: [String], in source: SourceFile) -> (span: SourceSpan, syntaxError: String?) {
        let start = SourceSpan(at: SourcePosition.fileStart)
        let root: YAMLNode
        do {
            guard let document = try YAMLLoader().load(source).documents.first else { return (start, nil) }
            root = document.root
        } catch {
            return (error.span, "not valid JSON: \(error.message)")
        }
        var node = root
        for element in path {
            if let index = Int(element), let item = node[index: index] {
                node = item
            } else if let value = node[key: element] {
                node = value
            } else {
                break
            }
        }
        return (node.span, nil)
    }
}

/// A baseline file that cannot be used, located in the file.
public struct BaselineError: Error, Sendable, CustomStringConvertible {
    public var diagnostic: SourceDiagnostic
    let source: SourceFile

    init(message: String, help: String, span: SourceSpan, source: SourceFile) {
        self.diagnostic = SourceDiagnostic(message: message, file: source.path, span: span, help: help)
        self.source = source
    }

    /// Compiler-style: `file:line:col: error: message`, the source line, a caret, the help.
    public var description: String { diagnostic.rendered(source: source) }
}
