import PactLint
import YAMLSource

/// Renders a file's findings as the JSON writer writes them, on the thread that checked the
/// file (see `RenderingReportSink`): each finding a piece that starts with the `,` after a
/// previous element.
///
/// Every rule the header names (the packs' rules and the tool's own) is rendered once, when
/// the renderer is made, into one buffer that the workers only read. A finding of another
/// rule (which the writer would list under a stand-in made from the first such finding) or in
/// another file leaves its file to the writer.
///
/// A final class: every worker holds the renderer, and a copy of a reference is one retain
/// of one object, where a copy of a structure of three was three (atomic operations on
/// objects every worker shares, twice a file).
final class JSONFindingsRenderer: FindingsRenderer {
    /// Every rule's parts, one after another (never written once the renderer is made).
    private let rules: ByteBuffer
    /// Each rendered rule: where its parts are in `rules`, and the rule they were rendered from.
    private let renderedRules: [RenderedRule]
    /// The position of each rule in `renderedRules`, by rule id.
    private let indexByID: [String: Int]
    /// `indexByID` by the two words of each header rule's id (see `RuleIDTable`).
    private let indexByIDWords: RuleIDTable

    /// A rule whose parts are in `rules`.
    private struct RenderedRule {
        var parts: JSONReporter.RuleParts
        var rule: RuleMetadata
    }

    /// The most bytes rendered ahead for one file (estimated before rendering).
    static let largestRendering = 4 << 20

    /// A renderer for the rules and principles of `header`, looked up as `RuleCatalog` does:
    /// the first rule and principle with an id wins, and the packs' rules before the tool's.
    init(_ header: ReportHeader) {
        var principles: [String: Principle] = [:]
        principles.reserveCapacity(header.principles.count)
        for principle in header.principles where principles[principle.id] == nil {
            principles[principle.id] = principle
        }
        var bytes = ByteBuffer(capacity: 64 * 1024)
        var renderedRules: [RenderedRule] = []
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(header.rules.count + header.toolRules.count)
        renderedRules.reserveCapacity(header.rules.count + header.toolRules.count)
        // A principle's part is the same for each of its rules: rendered once, shared by range.
        // (Two tables, not one keyed by `String?`: that dictionary type cost 0.35 M
        // instructions to instantiate at start-up.)
        var principleParts: [String: Range<Int>] = [:]
        var unlistedPrinciplePart: Range<Int>?
        var table = RuleIDTable(capacity: header.rules.count + header.toolRules.count)
        for rule in header.rules + header.toolRules where indexByID[rule.id] == nil {
            let principle = principles[rule.principle]
            let principlePart: Range<Int>
            if let rendered = principle == nil ? unlistedPrinciplePart : principleParts[rule.principle] {
                principlePart = rendered
            } else {
                principlePart = JSONReporter.appendPrinciplePart(principle, to: &bytes)
                if principle == nil {
                    unlistedPrinciplePart = principlePart
                } else {
                    principleParts[rule.principle] = principlePart
                }
            }
            indexByID[rule.id] = renderedRules.count
            // Noted only for the rule kept in `renderedRules`, which keeps its id alive.
            table.insert(rule.id, index: renderedRules.count)
            renderedRules.append(
                RenderedRule(
                    parts: JSONReporter.appendRulePart(of: rule, principle: principlePart, to: &bytes), rule: rule))
        }
        self.rules = bytes
        self.renderedRules = renderedRules
        self.indexByID = indexByID
        self.indexByIDWords = table
    }

    /// The position in `renderedRules` of the rule with id `id`, as `indexByID` gives it.
    @inline(__always)
    private func ruleIndex(of id: String) -> Int? {
        indexByIDWords.index(of: id) ?? indexByID[id]
    }

    /// Appends `rule`'s object as the report's `rules` member lists it (indentation level 2)
    /// from the bytes rendered for findings (level 3), if this renderer rendered that very
    /// rule; returns whether it did.
    ///
    /// Every line break in a rendered object is one the layout made (strings escape theirs),
    /// and each line after the first starts with at least two more spaces at level 3 than at
    /// level 2: dropping two spaces after each line break gives the level-2 object, some ten
    /// times cheaper than rendering it again.
    func appendListedRule(_ rule: RuleMetadata, to bytes: inout ByteBuffer) -> Bool {
        guard let index = indexByID[rule.id], renderedRules[index].rule == rule else { return false }
        let object = renderedRules[index].parts.object
        return rules.withUnsafeBytes { rules in
            bytes.appendDedented(UnsafeBufferPointer(rebasing: rules[object]), by: 2)
        }
    }

    /// The findings, one piece each; `nil` if one names a rule the header does not or
    /// another file than `path`, or if they would take more than `largestRendering` bytes.
    func render(_ findings: [Finding], path: String) -> RenderedFindings? {
        guard !findings.isEmpty else { return RenderedFindings(bytes: [], ends: []) }
        // Each finding's rule (its position in `renderedRules`) first, to size the buffer once:
        // the rule's object is most of a finding's bytes. Kept in temporary memory.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: findings.count) { ruleAt in
            var size = 0
            // Fields are read where each finding keeps them: a finding taken out of the array
            // was retained and released, and so was each string read out of it.
            for index in findings.indices {
                guard let rule = ruleIndex(of: findings[index].ruleID) else { return nil }
                ruleAt[index] = rule
                size += renderedRules[rule].parts.count + 1024
            }
            // A file with thousands of findings is left to the writer, which writes them in
            // chunks: rendered whole, they would be held until the file is delivered, several
            // times the size of the findings themselves (each repeats its rule's object).
            guard size <= Self.largestRendering else { return nil }
            var quotedFile = ByteBuffer()
            quotedFile.appendQuoted(path)
            var bytes = ByteBuffer(capacity: size)
            var ends: [Int] = []
            ends.reserveCapacity(findings.count)
            let complete = rules.withUnsafeBytes { rules in
                quotedFile.withUnsafeBytes { quotedFile in
                    for index in findings.indices {
                        // Byte for byte: `==` would take two canonically equivalent spellings
                        // (two files) for one.
                        guard findings[index].location.file.hasSameUTF8(as: path) else { return false }
                        JSONReporter.appendFinding(
                            findings[index], parts: renderedRules[ruleAt[index]].parts, rules: rules,
                            quotedFile: quotedFile, to: &bytes)
                        ends.append(bytes.count)
                    }
                    return true
                }
            }
            return complete ? bytes.rendered(ends: ends) : nil
        }
    }
}
