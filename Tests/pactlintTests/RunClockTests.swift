import Foundation
import Testing

@testable import pactlint

/// The run's timestamp, spelt without Foundation's formatter, against that formatter.
@Suite struct RunClockTests {
    /// Instants across the years spelt by hand: whole and fractional seconds, the ends of
    /// days, months and years, leap days (2000 is a leap year, 2100 is not) and the last
    /// second of year 9999.
    static let instants: [TimeInterval] = [
        0, 0.2, 0.999, 1, 1.7, 59, 59.999, 60, 3599, 3600, 86_399, 86_399.5, 86_400,
        951_782_399, 951_782_400, 951_868_799, 951_868_800,  // 2000-02-28/29, 2000-03-01
        1_078_012_800, 1_709_164_800, 1_709_251_199,  // leap days 2004 and 2024
        4_107_456_000, 4_107_542_399, 4_107_542_400,  // 2100-02-28, 2100-03-01
        1_700_000_000.9, 1_796_040_000, 2_147_483_647, 2_147_483_648,
        253_402_300_799, 253_402_300_799.9,
    ]

    @Test(arguments: instants)
    func spellsAsFoundationDoes(_ seconds: TimeInterval) {
        #expect(RunClock.timestamp(seconds) == Date(timeIntervalSince1970: seconds).formatted(.iso8601))
    }

    /// One instant every 1,000,003 seconds (about 11.6 days, so that the time of day drifts)
    /// from 1970 to 9999, each compared with Foundation's spelling.
    @Test func spellsEveryDayAsFoundationDoes() {
        var mismatches: [TimeInterval] = []
        var seconds: TimeInterval = 0
        while seconds < RunClock.latestSpeltHere {
            if RunClock.timestamp(seconds) != Date(timeIntervalSince1970: seconds).formatted(.iso8601) {
                mismatches.append(seconds)
            }
            seconds += 1_000_003
        }
        #expect(mismatches.isEmpty)
    }

    /// Instants the hand-written spelling leaves to Foundation: before 1970, from year 10000
    /// on, and values that are not finite.
    @Test(arguments: [-0.2, -1.5, -86_400, -12_219_292_800, -62_135_596_801, 253_402_300_800, 1e12, .infinity, .nan])
    func leavesOtherInstantsToFoundation(_ seconds: TimeInterval) {
        #expect(RunClock.timestamp(seconds) == Date(timeIntervalSince1970: seconds).formatted(.iso8601))
    }

    @Test func dateIsTheTimestampsDay() {
        let clock = RunClock.now()
        #expect(clock.date == String(clock.timestamp.prefix(10)))
        #expect(clock.timestamp.utf8.count == 20)
    }
}
