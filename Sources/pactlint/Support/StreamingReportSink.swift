import PactLint
import PactLintReporters

/// Hands each event of a check run to a report writer as it comes, so the report is written
/// file by file and no finding is held after its file is written.
struct StreamingReportSink: ReportSink {
    var writer: any ReportWriter
    /// Where the report goes; `nil` writes nothing (`--quiet`).
    var output: BufferedOutput?
    /// Whether the run fails (`Report.fails`), known at the end.
    private(set) var fails = false

    mutating func receive(_ event: ReportEvent) {
        if case .end(let summary) = event { fails = summary.counts.failing }
        guard var destination = output else { return }
        output = nil
        writer.write(event, to: &destination)
        output = destination
    }
}
