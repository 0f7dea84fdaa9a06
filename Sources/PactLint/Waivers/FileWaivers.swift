import YAMLSource

/// The waiver comments of one file, read once, applied to the file's findings as they come: the
/// document rules' findings when the file is checked, the portfolio rules' findings after the
/// last file.
///
/// A waiver that is malformed, has no reason, names an unknown rule or has expired waives
/// nothing: it becomes a finding of its own (`problems`) as soon as the file is read.
public struct FileWaivers: Sendable {
    /// The file the comments are in.
    public let file: String
    /// Findings about waivers that waive nothing because they are malformed, name an unknown
    /// rule, give no reason or have expired.
    public private(set) var problems: [Finding] = []
    private var waivers: [ActiveWaiver] = []
    /// Indices into `waivers` of the next-line waivers, by the line they cover.
    private var waiversByLine: [Int: [Int]] = [:]
    /// Indices into `waivers` of the whole-file waivers, in file order.
    private var fileWaivers: [Int] = []

    /// Reads the waiver comments among `comments` (text after `#`, as the YAML loader found
    /// them). `lineText` gives a 1-based line's text, or `nil` past the end of the file; it is
    /// read here only, so the source need not be kept.
    public init(
        file: String, comments: [(text: String, span: SourceSpan)], applier: WaiverApplier,
        lineText: (Int) -> String?
    ) {
        self.file = file
        var lines = NextContentLine()
        for comment in comments {
            guard let directive = WaiverDirective(comment: comment.text) else { continue }
            let location = Location(file: file, span: comment.span)
            var complaints = directive.problems
            let ids = directive.rules.compactMap { written -> String? in
                if let id = applier.ruleIDs[written] { return id }
                complaints.append("it names `\(written)`, which is not a loaded rule (see `pactlint rules`)")
                return nil
            }
            if directive.reason == nil {
                complaints.append("it gives no reason; add one after `--`")
            }
            if let until = directive.until, until < applier.today {
                complaints.append("it expired on \(until)")
            }
            let located = Self.withExcerpt(location, lineText: lineText)
            if !complaints.isEmpty {
                problems.append(
                    Self.waiverFinding(
                        "This waiver waives nothing: \(complaints.joined(separator: "; ")).", at: located))
                continue
            }
            let targetLine: Int? =
                directive.scope == .nextLine ? lines.after(comment.span.start.line, lineText: lineText) : nil
            let waiver = Waiver(
                scope: directive.scope, reason: directive.reason ?? "", until: directive.until, location: location)
            waivers.append(ActiveWaiver(waiver: waiver, ruleIDs: Set(ids), line: targetLine, located: located))
        }
        indexWaivers()
    }

    /// True when the file has no waiver comment at all (well-formed or not).
    public var isEmpty: Bool { waivers.isEmpty && problems.isEmpty }

    /// Marks each finding of this file that a waiver covers, and the waiver as used.
    ///
    /// Each finding looks only at the waivers of its own line and the whole-file ones (in file
    /// order, the first that names its rule wins): scanning every waiver for every finding was
    /// quadratic, minutes for a file with thousands of waived lines.
    public mutating func apply(to findings: inout [Finding]) {
        guard !waivers.isEmpty else { return }
        for index in findings.indices where findings[index].ruleID != WaiverApplier.ruleID {
            let finding = findings[index]
            let onLine = waiversByLine[finding.location.span.start.line] ?? []
            let matches = { (candidate: Int) in waivers[candidate].ruleIDs.contains(finding.ruleID) }
            let candidates = [onLine.first(where: matches), fileWaivers.first(where: matches)].compactMap { $0 }
            guard let match = candidates.min() else { continue }
            findings[index].waiver = waivers[match].waiver
            waivers[match].used = true
        }
    }

    /// "Unused waiver" findings for the waivers that waived nothing and name a rule that ran.
    public func unused(rulesRun: Set<String>) -> [Finding] {
        waivers.filter { !$0.used && !$0.ruleIDs.isDisjoint(with: rulesRun) }.map { waiver in
            let rules = waiver.ruleIDs.sorted().joined(separator: ", ")
            let place = waiver.line.map { "line \($0)" } ?? "this file"
            return Self.waiverFinding(
                "Unused waiver: \(rules) reports nothing on \(place); remove the comment.", at: waiver.located)
        }
    }

    /// Splits off the waivers that name one of `rules`: they may still waive a finding of those
    /// rules, so whether they are used is decided later. Returns them (without `problems`);
    /// `self` keeps the others.
    public mutating func split(naming rules: Set<String>) -> FileWaivers {
        var deferred = self
        deferred.problems = []
        deferred.waivers = waivers.filter { !$0.ruleIDs.isDisjoint(with: rules) }
        deferred.indexWaivers()
        waivers.removeAll { !$0.ruleIDs.isDisjoint(with: rules) }
        indexWaivers()
        return deferred
    }

    private mutating func indexWaivers() {
        waiversByLine = [:]
        fileWaivers = []
        for (index, waiver) in waivers.enumerated() {
            if let line = waiver.line {
                waiversByLine[line, default: []].append(index)
            } else if waiver.waiver.scope == .file {
                fileWaivers.append(index)
            }
        }
    }

    /// The comment's location with its line and two lines around it, as the engine's findings
    /// have, so that reporters show the source line and a caret.
    private static func withExcerpt(_ location: Location, lineText: (Int) -> String?) -> Location {
        let start = location.span.start.line
        let first = max(1, start - 2)
        var lines: [String] = []
        for number in first...max(first, location.span.end.line + 2) {
            guard let text = lineText(number) else { break }
            lines.append(text)
        }
        var located = location
        if !lines.isEmpty { located.excerpt = SourceExcerpt(firstLine: first, lines: lines) }
        return located
    }

    private static func waiverFinding(_ message: String, at location: Location) -> Finding {
        var fingerprint = Fingerprint()
        for part in [WaiverApplier.ruleID, location.file, message] { fingerprint.add(part) }
        return Finding(
            ruleID: WaiverApplier.ruleID, severity: .warning, message: message, location: location,
            fingerprint: fingerprint.hex)
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
}

private struct ActiveWaiver: Sendable {
    var waiver: Waiver
    var ruleIDs: Set<String>
    /// The line a next-line waiver covers; `nil` for a whole-file waiver.
    var line: Int?
    /// The comment's location with its excerpt, for an "unused waiver" finding.
    var located: Location
    var used = false
}
