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
        var waivers = FileWaivers(file: file, comments: comments, applier: self, lineText: lineText)
        var result = findings
        waivers.apply(to: &result)
        return result + waivers.problems + waivers.unused(rulesRun: rulesRun)
    }
}
