/// Receives a check run's events in order (see `ReportEvent`).
public protocol ReportSink {
    /// Takes the next event.
    mutating func receive(_ event: ReportEvent)
}
