import Foundation
import Testing
import YAMLSource

@testable import PactLint

@Suite struct BaselineTests {
    func finding(_ fingerprint: String, line: Int = 1, waived: Bool = false) -> Finding {
        let location = Location(
            file: "a.yaml", span: .init(at: .init(offset: 0, line: line, column: 1)), path: "$['x']")
        return Finding(
            ruleID: "BAL-01", severity: .error, message: "m", location: location,
            waiver: waived ? Waiver(scope: .file, reason: "r", location: location) : nil, fingerprint: fingerprint)
    }

    @Test func hidesRecordedFindingsWhateverTheirLine() {
        let baseline = Baseline(recording: [finding("f1", line: 3), finding("f2", line: 9)])
        let (kept, hidden) = baseline.filter([finding("f1", line: 30), finding("f3", line: 9)])
        #expect(hidden == 1)
        #expect(kept.map(\.fingerprint) == ["f3"])
    }

    @Test func matchingCountsDuplicates() {
        let baseline = Baseline(recording: [finding("f1")])
        let (kept, hidden) = baseline.filter([finding("f1"), finding("f1")])
        #expect(hidden == 1)
        #expect(kept.count == 1)
    }

    @Test func waivedFindingsAreNeitherRecordedNorHidden() {
        let baseline = Baseline(recording: [finding("f1", waived: true), finding("f2")])
        #expect(baseline.entries.map(\.fingerprint) == ["f2"])
        let (kept, hidden) = Baseline(recording: [finding("f1")]).filter([finding("f1", waived: true)])
        #expect(hidden == 0)
        #expect(kept.count == 1)
    }

    @Test func keptIndicesAreThePositionsOfWhatShows() {
        var matcher = Baseline.Matcher(Baseline(recording: [finding("f1"), finding("f1"), finding("f2")]))
        let first = [finding("f1"), finding("f3"), finding("f1", waived: true), finding("f2")]
        #expect(matcher.keptIndices(first) == [1, 2])
        // The entries matched are used up: one `f1` is left, for the next batch.
        #expect(matcher.keptIndices([finding("f2"), finding("f1"), finding("f1")]) == [0, 2])
        var filtered = [finding("f1")]
        #expect(matcher.filter(&filtered) == 0)
        #expect(filtered.count == 1)
    }

    @Test func renderedFindingsSelectTheKeptPieces() {
        let rendered = RenderedFindings(bytes: Array("aa-b-ccc-".utf8), ends: [3, 5, 9])
        #expect(rendered.count == 3)
        #expect(rendered.selecting([0, 2]) == RenderedFindings(bytes: Array("aa-ccc-".utf8), ends: [3, 7]))
        #expect(rendered.selecting([1]).bytes == Array("b-".utf8))
        #expect(rendered.selecting([]) == RenderedFindings(bytes: [], ends: []))
        #expect(rendered.selecting([0, 1, 2]) == rendered)
    }

    @Test func roundTripsThroughJSON() throws {
        let baseline = Baseline(recording: [finding("f2"), finding("f1")])
        let text = String(decoding: try baseline.encoded(), as: UTF8.self)
        #expect(text.contains("\"ruleId\" : \"BAL-01\""))
        #expect(text.hasSuffix("}\n"))
        #expect(try Baseline.decode(Data(text.utf8), file: "b.json") == baseline)
    }

    @Test func errorsPointIntoTheFile() {
        do {
            _ = try Baseline.decode(
                Data(#"{"schemaVersion": 1, "entries": [{"fingerprint": 3}]}"#.utf8), file: "b.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostic.span.start.column == 50, "at the number where a string belongs")
            #expect(
                error.description.hasPrefix("b.json:1:50: error: not a pactlint baseline (at entries.0.fingerprint"))
        }
        do {
            _ = try Baseline.decode(Data("{\"entries\": [\n".utf8), file: "b.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("b.json:2:1: error: not a pactlint baseline (not valid JSON: "))
        }
    }

    @Test func rejectsOtherFilesWithAHelpfulError() {
        #expect(throws: BaselineError.self) { try Baseline.decode(Data("[1, 2]".utf8), file: "b.json") }
        do {
            _ = try Baseline.decode(Data(#"{"schemaVersion": 9, "entries": []}"#.utf8), file: "b.json")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description == """
                    b.json:1:19: error: baseline schema version 9 is not supported (this pactlint reads 1)
                    {"schemaVersion": 9, "entries": []}
                                      ^
                      help: write it again with `pactlint check --write-baseline b.json`
                    """)
        }
    }
}

@Suite struct FingerprintTests {
    func hex(_ parts: String...) -> String {
        var fingerprint = Fingerprint()
        for part in parts { fingerprint.add(part) }
        return fingerprint.hex
    }

    @Test func isStableAndSensitiveToEveryPart() {
        let base = hex("R", "f", "$", "v")
        #expect(base == hex("R", "f", "$", "v"))
        #expect(base == "724652e8843a0a9b", "a baseline written by an earlier version must still match")
        for other in [
            hex("R2", "f", "$", "v"), hex("R", "g", "$", "v"), hex("R", "f", "$[0]", "v"), hex("Rf", "", "$", "v"),
        ] {
            #expect(other != base)
        }
    }
}
