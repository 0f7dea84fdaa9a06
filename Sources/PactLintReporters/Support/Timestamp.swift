import Foundation

/// The run's timestamp (`ReportContext.timestamp`, ISO 8601) in the forms formats require.
enum Timestamp {
    /// `iso8601` as a UTC date-time with a `Z` suffix (`2026-11-29T10:00:00Z`), or `nil` when
    /// it is not an ISO 8601 date-time.
    static func utc(_ iso8601: String) -> String? {
        date(iso8601).map { formatter(fractionalSeconds: false).string(from: $0) }
    }

    /// `iso8601` in UTC without a zone designator (`2026-11-29T10:00:00`), the form the
    /// windyroad JUnit schema requires; the Unix epoch when `iso8601` cannot be read.
    static func utcWithoutZone(_ iso8601: String) -> String {
        let text = utc(iso8601) ?? "1970-01-01T00:00:00Z"
        return String(text.dropLast())
    }

    private static func date(_ text: String) -> Date? {
        formatter(fractionalSeconds: false).date(from: text) ?? formatter(fractionalSeconds: true).date(from: text)
    }

    private static func formatter(fractionalSeconds: Bool) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions =
            fractionalSeconds ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        return formatter
    }
}
