import Foundation

/// The run's date and time. `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
/// convention) fixes it, so reports can be compared byte for byte.
struct RunClock {
    /// ISO 8601, UTC, whole seconds: `2026-11-29T10:00:00Z`.
    var timestamp: String
    /// `YYYY-MM-DD`, UTC.
    var date: String

    static func now() -> RunClock {
        let seconds = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
        let instant = seconds.map(Date.init(timeIntervalSince1970:)) ?? Date()
        let timestamp = instant.formatted(.iso8601)
        return RunClock(timestamp: timestamp, date: String(timestamp.prefix(10)))
    }
}
