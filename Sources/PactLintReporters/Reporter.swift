import PactLint

/// Renders a `Report` in one output format.
///
/// Reporters are stateless values: a reporter's stored properties are its options, and
/// `write(_:context:to:)` is a pure function of the report, the injected context and those
/// options. Nothing is read from the clock, the environment or the file system, so the same
/// inputs always give byte-identical output (which the golden-file tests rely on).
public protocol Reporter: Sendable {
    /// Writes `report` to `output`, in the order it is produced, so large reports stream.
    func write<Output: TextOutputStream>(_ report: Report, context: ReportContext, to output: inout Output)
}

extension Reporter {
    /// Renders `report` into a string.
    public func render(_ report: Report, context: ReportContext) -> String {
        var output = ""
        write(report, context: context, to: &output)
        return output
    }
}
