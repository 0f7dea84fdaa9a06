import YAMLSource

/// Applies the waiver comments of one file to the findings in it, and reports waivers that are
/// malformed, name an unknown rule, have no reason, have expired, or waive nothing.
///
/// A waiver that is malformed, has no reason, names an unknown rule or has expired waives
/// nothing: the finding it meant to hide stays visible next to the waiver's own finding.
public struct WaiverApplier: Sendable {
    /// The rule id under which problems with waivers are reported.
    public static let ruleID = "pactlint/waiver"

    /// Maps an id or a name slug to the rule's id, for every loaded rule (disabled ones too).
    public var ruleIDs: [String: String]
    /// Ids of the rules that ran; a waiver of a rule that did not run is not "unused".
    public var rulesRun: Set<String>
    /// Today, as `YYYY-MM-DD` (injected so that expiry is testable).
    public var today: String

    public init(ruleIDs: [String: String], rulesRun: Set<String>, today: String) {
        self.ruleIDs = ruleIDs
        self.rulesRun = rulesRun
        self.today = today
    }

    /// Returns `findings` (all in `file`) with waivers applied, followed by the findings about
    /// the waivers themselves.
    ///
    /// - Parameters:
    ///   - comments: the file's comments, as the YAML loader found them (text after `#`).
    ///   - lineText: the text of a 1-based line, or `nil` past the end of the file.
    public func apply(
        to findings: [Finding],
        file: String,
        comments: [(text: String, span: SourceSpan)],
        lineText: (Int) -> String?
    ) -> [Finding] {
        var waivers: [ActiveWaiver] = []
        var problems: [Finding] = []
        var lines = NextContentLine()

        for comment in comments {
            guard let directive = WaiverDirective(comment: comment.text) else { continue }
            let location = Location(file: file, span: comment.span)
            var complaints = directive.problems
            let ids = directive.rules.compactMap { written -> String? in
                if let id = ruleIDs[written] { return id }
                complaints.append("it names `\(written)`, which is not a loaded rule (see `pactlint rules`)")
                return nil
            }
            if directive.reason == nil {
                complaints.append("it gives no reason; add one after `--`")
            }
            if let until = directive.until, until < today {
                complaints.append("it expired on \(until)")
            }
            if !complaints.isEmpty {
                problems.append(
                    waiverFinding(
                        "This waiver waives nothing: \(complaints.joined(separator: "; ")).", at: location,
                        lineText: lineText))
                continue
            }
            let targetLine: Int? =
                directive.scope == .nextLine ? lines.after(comment.span.start.line, lineText: lineText) : nil
            let waiver = Waiver(
                scope: directive.scope, reason: directive.reason ?? "", until: directive.until, location: location)
            waivers.append(ActiveWaiver(waiver: waiver, ruleIDs: Set(ids), line: targetLine))
        }

        // Each finding looks only at the waivers of its own line and the whole-file ones (in
        // file order, the first that names its rule wins): scanning every waiver for every
        // finding was quadratic, minutes for a file with thousands of waived lines.
        var waiversByLine: [Int: [Int]] = [:]
        var fileWaivers: [Int] = []
        for (index, waiver) in waivers.enumerated() {
            if let line = waiver.line {
                waiversByLine[line, default: []].append(index)
            } else if waiver.waiver.scope == .file {
                fileWaivers.append(index)
            }
        }
        var result = findings
        for index in result.indices where result[index].ruleID != Self.ruleID {
            let finding = result[index]
            let onLine = waiversByLine[finding.location.span.start.line] ?? []
            let matches = { (candidate: Int) in waivers[candidate].ruleIDs.contains(finding.ruleID) }
            let candidates = [onLine.first(where: matches), fileWaivers.first(where: matches)].compactMap { $0 }
            guard let match = candidates.min() else { continue }
            result[index].waiver = waivers[match].waiver
            waivers[match].used = true
        }

        for waiver in waivers where !waiver.used && !waiver.ruleIDs.isDisjoint(with: rulesRun) {
            let rules = waiver.ruleIDs.sorted().joined(separator: ", ")
            let place = waiver.line.map { "line \($0)" } ?? "this file"
            problems.append(
                waiverFinding(
                    "Unused waiver: \(rules) reports nothing on \(place); remove the comment.",
                    at: waiver.waiver.location, lineText: lineText))
        }
        return result + problems
    }

    /// Finds the first line after a comment that holds something other than blanks and
    /// comments. Comments come in file order, so a run of stacked comment lines is scanned once,
    /// not once per comment (which was quadratic in the length of the run).
    private struct NextContentLine {
        /// The last question and its answer: lines `asked + 1 ..< answer` hold no content.
        private var asked = Int.max
        private var answer: Int?

        mutating func after(_ line: Int, lineText: (Int) -> String?) -> Int? {
            if line >= asked, answer.map({ line < $0 }) ?? true {
                asked = line
                return answer
            }
            var candidate = line + 1
            var found: Int?
            while let text = lineText(candidate) {
                let content = text.trimmingWhitespace()
                if !content.isEmpty && !content.hasPrefix("#") {
                    found = candidate
                    break
                }
                candidate += 1
            }
            asked = line
            answer = found
            return found
        }
    }

    private func waiverFinding(_ message: String, at location: Location, lineText: (Int) -> String?) -> Finding {
        var fingerprint = Fingerprint()
        for part in [Self.ruleID, location.file, message] { fingerprint.add(part) }
        // The comment's line with two lines around it, as the engine's findings have, so that
        // reporters show the source line and a caret.
        let start = location.span.start.line
        let first = max(1, start - 2)
        var lines: [String] = []
        for number in first...(location.span.end.line + 2) {
            guard let text = lineText(number) else { break }
            lines.append(text)
        }
        var located = location
        if !lines.isEmpty { located.excerpt = SourceExcerpt(firstLine: first, lines: lines) }
        return Finding(
            ruleID: Self.ruleID, severity: .warning, message: message, location: located,
            fingerprint: fingerprint.hex)
    }
}

private struct ActiveWaiver {
    var waiver: Waiver
    var ruleIDs: Set<String>
    /// The line a next-line waiver covers; `nil` for a whole-file waiver.
    var line: Int?
    var used = false
}
