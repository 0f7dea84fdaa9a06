import Foundation

/// The run's timestamp (`ReportContext.timestamp`, ISO 8601) in the forms formats require.
enum Timestamp {
    /// `iso8601` as a UTC date-time with a `Z` suffix (`2026-11-29T10:00:00Z`), or `nil` when
    /// it is not an ISO 8601 date-time.
    static func utc(_ iso8601: String) -> String? {
        // The form `check` writes its timestamps in is already the answer: Foundation's
        // formatters cost some 10 M instructions to make and use, once a SARIF or JUnit run.
        isUTC(iso8601) ? iso8601 : parsedUTC(iso8601)
    }

    /// `utc(_:)` by Foundation's parser and formatter, whatever the form of `iso8601`.
    static func parsedUTC(_ iso8601: String) -> String? {
        date(iso8601).map { formatter(fractionalSeconds: false).string(from: $0) }
    }

    /// Whether `text` is a valid UTC date-time as `utc` spells one, `YYYY-MM-DDTHH:MM:SSZ`
    /// (a year from 1970 on, a day its month has, no leap second), which `utc` then returns
    /// as it is.
    static func isUTC(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            bytes[19] == UInt8(ascii: "Z")
        else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1970...9999).contains(year), (1...12).contains(month), hour < 24, minute < 60, second < 60
        else { return false }
        let isLeapYear = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
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
