import PactLint

// MARK: - Reporter Conformance

extension HTMLReporter: Reporter {
    /// Writes the page in one piece: its summary sections come before the findings they count.
    public func write<Output: TextOutputStream>(_ report: Report, context: ReportContext, to output: inout Output) {
        output.write(render(report, context: context))
    }
}
