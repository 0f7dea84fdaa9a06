/// Renders a file's findings the way a report writer would write them, on the thread that
/// checked the file (see `RenderingReportSink`).
///
/// A renderer is shared by every worker: it must hold only what it reads.
public protocol FindingsRenderer: Sendable {
    /// The findings of the file at `path` (sorted, waivers applied, the baseline not yet),
    /// one piece each; `nil` when a piece would depend on what came before in the run (a
    /// rule the renderer does not know, a finding in another file): the file's findings are
    /// then delivered as a `ReportEvent.file` instead.
    func render(_ findings: [Finding], path: String) -> RenderedFindings?
}
