import PactLint
import PactLintReporters

/// Hands each event of a check run to a report writer as it comes, so the report is written
/// file by file and no finding is held after its file is written. The JSON writer renders each
/// file's findings ahead, on the thread that checked the file.
struct StreamingReportSink: RenderingReportSink {
    /// The writer of any other format; exactly one of the two is set.
    private var writer: (any ReportWriter)?
    /// The JSON writer, which renders ahead. Known by its type: asking any writer for a
    /// protocol conformance costs a scan of every conformance in the binary (0.4 M
    /// instructions, once, at every start).
    private var renderingWriter: JSONReporter.Writer?
    /// Where the report goes; `nil` writes nothing (`--quiet`).
    var output: BufferedOutput?
    /// Whether the run fails (`Report.fails`), known at the end.
    private(set) var fails = false

    init(writer: any ReportWriter, output: BufferedOutput?) {
        if let rendering = writer as? JSONReporter.Writer {
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
