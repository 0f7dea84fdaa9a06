import PactLint
import PactLintReporters

/// Hands each event of a check run to a report writer as it comes, so the report is written
/// file by file and no finding is held after its file is written. A writer that renders ahead
/// (JSON) renders each file's findings on the thread that checked it.
struct StreamingReportSink: RenderingReportSink {
    /// The writer, when it does not render ahead; exactly one of the two is set.
    private var writer: (any ReportWriter)?
    /// The writer, when it renders ahead.
    private var renderingWriter: (any RenderingReportWriter)?
    /// Where the report goes; `nil` writes nothing (`--quiet`).
    var output: BufferedOutput?
    /// Whether the run fails (`Report.fails`), known at the end.
    private(set) var fails = false

    init(writer: any ReportWriter, output: BufferedOutput?) {
        if let rendering = writer as? any RenderingReportWriter {
            renderingWriter = rendering
        } else {
            self.writer = writer
        }
        self.output = output
    }

    /// The writer's renderer; none when nothing is written.
    var findingsRenderer: (any FindingsRenderer)? {
        output == nil ? nil : renderingWriter?.findingsRenderer
    }

    mutating func receive(_ event: ReportEvent) {
        if case .end(let summary) = event { fails = summary.counts.failing }
        guard var destination = output else { return }
        // Taken out while it is written to, so that the buffer is not copied on write.
        output = nil
        writer?.write(event, to: &destination)
        renderingWriter?.write(event, to: &destination)
        output = destination
    }

    mutating func receive(_ file: CheckedFile, rendered: RenderedFindings) {
        guard var destination = output else { return }
        output = nil
        renderingWriter?.write(file, rendered: rendered, to: &destination)
        output = destination
    }
}
