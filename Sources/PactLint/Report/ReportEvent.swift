/// One step of a report as a check run delivers it: the header, each file's findings in file
/// order, the portfolio (cross-document) findings, and the totals.
///
/// A run delivers exactly one `begin`, then one `file` per checked file (sorted by path), then
/// one `portfolio`, then one `end`, so a reporter can write each file as it comes and hold
/// nothing that grows with the portfolio.
public enum ReportEvent: Sendable {
    /// What is known before the first file: the files, the rules, the principles.
    case begin(ReportHeader)
    /// One file's findings (waivers applied, the baseline's hidden), sorted by line, column,
    /// rule id, and the summaries of its documents.
    case file(CheckedFile, findings: [Finding])
    /// The portfolio rules' findings, sorted by file, line, column, rule id, with the waiver
    /// findings decided with them (waivers that name portfolio rules).
    case portfolio([Finding])
    /// The totals, once every finding has been delivered.
    case end(ReportSummary)
}
