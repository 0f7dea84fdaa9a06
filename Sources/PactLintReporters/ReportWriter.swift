import PactLint

/// Writes a report event by event, as a check run delivers it (see `ReportEvent`): each file's
/// findings as they arrive, the totals at the end.
///
/// A writer holds what its format needs between events (a separator, a running index), never
/// the findings already written.
public protocol ReportWriter {
    /// Writes the part of the report `event` brings.
    mutating func write<Output: TextOutputStream>(_ event: ReportEvent, to output: inout Output)
}

/// A reporter whose format can be written as the findings arrive.
///
/// Its `write(_:context:to:)` replays the report through its writer, so a whole report and a
/// stream give the same output.
public protocol StreamingReporter: Reporter {
    /// The writer this reporter streams with.
    associatedtype Writer: ReportWriter

    /// A writer for one report rendered with `context`.
    func makeWriter(context: ReportContext) -> Writer
}

extension StreamingReporter {
    /// Writes `report` through `makeWriter(context:)`, event by event.
    public func write<Output: TextOutputStream>(_ report: Report, context: ReportContext, to output: inout Output) {
        var writer = makeWriter(context: context)
        report.replay { writer.write($0, to: &output) }
    }
}
