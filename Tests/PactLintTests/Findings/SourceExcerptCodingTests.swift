import Foundation
import PactLint
import Testing

/// An excerpt's `firstColumns` survive encoding, and are left out (and read back as empty)
/// for an excerpt whose lines are whole, so encodings written before windows still decode.
@Suite struct SourceExcerptCodingTests {
    @Test func aWindowedExcerptRoundTrips() throws {
        let excerpt = SourceExcerpt(firstLine: 3, lines: ["a", "…bc…", ""], firstColumns: [1, 250, 1])
        let data = try JSONEncoder().encode(excerpt)
        let decoded = try JSONDecoder().decode(SourceExcerpt.self, from: data)
        #expect(decoded == excerpt)
        #expect(decoded.firstColumn(ofLineAt: 1) == 250)
        #expect(decoded.firstColumn(ofLineAt: 7) == 1)
    }

    @Test func aWholeExcerptEncodesAsBefore() throws {
        let excerpt = SourceExcerpt(firstLine: 1, lines: ["x: 1"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(excerpt), as: UTF8.self)
        #expect(text == #"{"firstLine":1,"lines":["x: 1"]}"#)
        let decoded = try JSONDecoder().decode(SourceExcerpt.self, from: Data(#"{"firstLine":2,"lines":["y"]}"#.utf8))
        #expect(decoded == SourceExcerpt(firstLine: 2, lines: ["y"]))
        #expect(decoded.firstColumns.isEmpty)
    }
}
