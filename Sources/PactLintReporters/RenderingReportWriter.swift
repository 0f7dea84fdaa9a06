import PactLint

/// A report writer that can render each file's findings ahead, on the thread that checked the
/// file (see `RenderingReportSink`): the thread that writes the report then appends bytes.
public protocol RenderingReportWriter: ReportWriter {
    /// The renderer for this report's files, once the header (`ReportEvent.begin`) is written;
    /// `nil` before.
    var findingsRenderer: (any FindingsRenderer)? { get }

    /// Writes the next file, whose findings `findingsRenderer` rendered, in place of its
    /// `ReportEvent.file`.
    mutating func write<Output: TextOutputStream>(
        _ file: CheckedFile, rendered: RenderedFindings, to output: inout Output)
}
