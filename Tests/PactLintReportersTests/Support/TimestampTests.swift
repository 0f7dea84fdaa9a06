import Testing

@testable import PactLintReporters

/// `Timestamp.utc` returns a timestamp already in its UTC form as it is, and reads any other
/// through Foundation: the same answer as Foundation's parser and formatter for every text.
@Suite struct TimestampTests {
    @Test(arguments: [
        "2026-11-29T10:00:00Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-02-29T12:00:00Z",
        "2000-02-29T00:00:00Z", "1900-02-28T00:00:00Z", "2023-02-29T00:00:00Z", "2100-02-29T00:00:00Z",
        "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-11-00T00:00:00Z",
        "2026-11-29T24:00:00Z", "2026-11-29T23:60:00Z", "2026-11-29T23:59:60Z", "2026-11-29T10:00:00+01:00",
        "2026-11-29T10:00:00.250Z", "2026-11-29 10:00:00Z", "2026-11-29T10:00:00z", "2026-11-29T10:00:00",
        "+026-11-29T10:00:00Z", "2026-1-29T10:00:00ZZ", "yesterday", "", "1969-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z", "2026-11-29T1a:00:00Z", "２026-11-29T10:00:00Z",
    ])
    func utcIsFoundationsAnswer(_ text: String) {
        #expect(Timestamp.utc(text) == Timestamp.parsedUTC(text), "\(text)")
    }

    @Test func everyDayOfSomeYearsIsFoundationsAnswer() {
        for year in [1970, 1999, 2000, 2024, 2026, 2100] {
            for month in 1...12 {
                for day in 27...32 {
                    let text = String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, day % 24, 59, 7)
                    #expect(Timestamp.utc(text) == Timestamp.parsedUTC(text), "\(text)")
                }
            }
        }
        #expect(Timestamp.isUTC("2026-11-29T10:00:00Z"))
        #expect(!Timestamp.isUTC("2026-11-29T10:00:00+00:00"))
    }
}
