import Foundation

/// The run's date and time. `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
/// convention) fixes it, so reports can be compared byte for byte.
struct RunClock {
    /// ISO 8601, UTC, whole seconds: `2026-11-29T10:00:00Z`.
    var timestamp: String
    /// `YYYY-MM-DD`, UTC.
    var date: String

    static func now() -> RunClock {
        // `getenv`, not `ProcessInfo.environment`, which copies the whole environment into a
        // dictionary (some 370,000 instructions) to read one variable.
        let seconds = getenv("SOURCE_DATE_EPOCH").flatMap { TimeInterval(String(cString: $0)) }
        let timestamp = Self.timestamp(seconds ?? Date().timeIntervalSince1970)
        return RunClock(timestamp: timestamp, date: String(timestamp.prefix(10)))
    }

    /// `seconds` since 1970 as `Date.formatted(.iso8601)` spells it (UTC, whole seconds
    /// rounded down, `Z`).
    ///
    /// Years 1970 to 9999 are spelt here; Foundation's formatter, which takes some 1.35 M
    /// instructions to make, is asked only for other instants (before 1970, where it
    /// switches to the Julian calendar in 1582, or past year 9999) and for values that are
    /// not finite.
    static func timestamp(_ seconds: TimeInterval) -> String {
        guard seconds >= 0, seconds < latestSpeltHere else {
            return Date(timeIntervalSince1970: seconds).formatted(.iso8601)
        }
        let whole = Int(seconds.rounded(.down))
        let (days, secondOfDay) = whole.quotientAndRemainder(dividingBy: 86_400)
        let (year, month, day) = civilDate(daysSince1970: days)
        var text = ""
        text.reserveCapacity(20)
        func append(_ value: Int, digits: Int) {
            var digitsText = String(value)
            while digitsText.utf8.count < digits { digitsText = "0" + digitsText }
            text += digitsText
        }
        append(year, digits: 4)
        text += "-"
        append(month, digits: 2)
        text += "-"
        append(day, digits: 2)
        text += "T"
        append(secondOfDay / 3600, digits: 2)
        text += ":"
        append(secondOfDay % 3600 / 60, digits: 2)
        text += ":"
        append(secondOfDay % 60, digits: 2)
        text += "Z"
        return text
    }

    /// 10000-01-01T00:00:00Z: the first instant whose year takes five digits.
    static let latestSpeltHere: TimeInterval = 253_402_300_800

    /// The proleptic Gregorian year, month (1–12) and day (1–31) `days` days after
    /// 1970-01-01, for `days` of 0 or more (Howard Hinnant's `civil_from_days`).
    static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        // Counted from 0000-03-01, in eras of 400 years (146,097 days), so that the leap day
        // ends each counted year.
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
