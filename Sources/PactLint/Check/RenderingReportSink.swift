/// A sink whose writer can render each file's findings ahead, on the worker thread that
/// checked the file, so that the thread delivering files in order only appends bytes.
///
/// A check run asks for `findingsRenderer` once, after `begin`. For each file the renderer
/// renders, the sink receives `receive(_:rendered:)` in place of `ReportEvent.file`, in the
/// same order; other files (and the portfolio findings) still come as events.
public protocol RenderingReportSink: ReportSink {
    /// The renderer for this run's files, or `nil` to receive every file as an event.
    var findingsRenderer: (any FindingsRenderer)? { get }

    /// Takes the next file, whose findings are `rendered` (those the baseline hid left out).
    mutating func receive(_ file: CheckedFile, rendered: RenderedFindings)
}
