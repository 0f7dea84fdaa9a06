import Foundation
import PactLint
import Testing

@testable import PactLintReporters

@Suite struct JSONReporterTests {
    static let documentURL = TestPaths.packageRoot.appendingPathComponent("docs/json-format.md")
    static let exampleStart =
        "<!-- example: rendered by JSONReporterTests; RECORD_SNAPSHOTS=1 updates it -->\n```json\n"

    private func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Every key path of a JSON value, arrays written as `[]`: `findings[].location.line`.
    private func keyPaths(_ value: Any, prefix: String = "") -> Set<String> {
        var paths = Set<String>()
        if let object = value as? [String: Any] {
            for (key, member) in object {
                let path = prefix.isEmpty ? key : prefix + "." + key
                paths.insert(path)
                paths.formUnion(keyPaths(member, prefix: path))
            }
        } else if let array = value as? [Any] {
            for element in array { paths.formUnion(keyPaths(element, prefix: prefix + "[]")) }
        }
        return paths
    }

    private func documentation() throws -> String {
        String(decoding: try Data(contentsOf: Self.documentURL), as: UTF8.self)
    }

    /// Shared object types are documented once: a location's keys as `location.…`, a finding's
    /// rule and principle as the entries of `rules[]` and `principles[]`.
    private func documentedForm(_ path: String) -> String {
        let shared = [
            ("findings[].related[].location.", "location."), ("findings[].waiver.location.", "location."),
            ("findings[].location.", "location."), ("findings[].rule.", "rules[]."),
            ("findings[].principle.", "principles[]."),
        ]
        for (prefix, replacement) in shared where path.hasPrefix(prefix) {
            return replacement + path.dropFirst(prefix.count)
        }
        return path
    }

    @Test func documentedKeysAreExactlyTheKeysEmitted() throws {
        let output = JSONReporter().render(ReportFixture.report, context: ReportFixture.context)
        let emitted = Set(keyPaths(try object(output)).map(documentedForm))
        var documented = Set<String>()
        for line in try documentation().split(separator: "\n") where line.hasPrefix("| `") {
            if let end = line.dropFirst(3).firstIndex(of: "`") {
                documented.insert(String(line[line.index(line.startIndex, offsetBy: 3)..<end]))
            }
        }
        #expect(emitted.subtracting(documented).sorted() == [], "emitted but not documented")
        #expect(documented.subtracting(emitted).sorted() == [], "documented but not emitted by the fixture")
    }

    @Test func documentationExampleIsRealOutput() throws {
        let output = JSONReporter().render(DocExampleFixture.report, context: ReportFixture.context)
        var text = try documentation()
        let start = try #require(text.range(of: Self.exampleStart), "docs/json-format.md has no example marker")
        let end = try #require(text.range(of: "```\n", range: start.upperBound..<text.endIndex))
        if Golden.isRecording {
            text.replaceSubrange(start.upperBound..<end.lowerBound, with: output)
            try Data(text.utf8).write(to: Self.documentURL)
            return
        }
        #expect(String(text[start.upperBound..<end.lowerBound]) == output)
    }

    @Test func topLevelAndTotals() throws {
        let json = try object(JSONReporter().render(ReportFixture.report, context: ReportFixture.context))
        #expect(json["schemaVersion"] as? Int == 1)
        #expect((json["tool"] as? [String: String])?["version"] == "0.1.0")
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["errors"] as? Int == 2)
        #expect(totals["warnings"] as? Int == 2)
        #expect(totals["info"] as? Int == 1)
        #expect(totals["waived"] as? Int == 1)
        #expect(totals["baselineSuppressed"] as? Int == 2)
        #expect(totals["failing"] as? Bool == true)
    }

    @Test func textRoundTripsExactly() throws {
        let json = try object(JSONReporter().render(ReportFixture.report, context: ReportFixture.context))
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { $0["message"] as? String } == ReportFixture.findings.map(\.message))
        let location = try #require(findings[3]["location"] as? [String: Any])
        #expect(location["path"] as? String == "partnerships/sénégal 2026.yaml")
        #expect(location["byteOffset"] as? Int == ReportFixture.findings[3].location.span.start.offset)
        #expect(location["jsonPath"] as? String == "$['actions'][0]['title']")
    }

    @Test func failingFollowsFailOn() throws {
        var report = ReportFixture.report
        report.failOn = nil
        var totals = try #require(
            try object(JSONReporter().render(report, context: ReportFixture.context))["totals"] as? [String: Any])
        #expect(totals["failing"] as? Bool == false)
        report.failOn = .info
        report.findings = report.findings.filter { $0.severity == .info || $0.isWaived }
        totals = try #require(
            try object(JSONReporter().render(report, context: ReportFixture.context))["totals"] as? [String: Any])
        #expect(totals["failing"] as? Bool == true)
    }

    @Test(arguments: [
        (JSONValue.string("a\"b\\c\n\u{1B}\u{0}\u{85}\u{2028}é"), #""a\"b\\c\n\u001B\u0000\u0085\u2028é""#),
        (.double(0.5), "0.5"),
        (.double(1e21), "1e+21"),
        (.double(-3), "-3"),
        (.double(.nan), "null"),
        (.object(["b": .int(1), "a": .array([]), "B": .object([:])]), "{\n  \"B\": {},\n  \"a\": [],\n  \"b\": 1\n}"),
        (.int(0), "0"),
        (.int(-42), "-42"),
        (.int(Int.max), "9223372036854775807"),
        (.int(Int.min), "-9223372036854775808"),
        (.double(-9_007_199_254_740_991), "-9007199254740991"),
        // DEL alone leaves a string as it is; beside anything else to escape it is escaped too.
        (.string("x\u{7F}y"), "\"x\u{7F}y\""),
        (.string("\u{7F}\""), #""\u007F\"""#),
        (.string("ü\u{9F}é\u{2029}\u{2027}\u{C2}"), #""ü\u009Fé\u2029\#u{2027}\#u{C2}""#),
        (.string("\t"), #""\t""#),
        (.array([.string("a\u{1F}"), .null, .bool(false)]), "[\n  \"a\\u001F\",\n  null,\n  false\n]"),
    ])
    func serialization(value: JSONValue, expected: String) {
        var output = ""
        value.write(to: &output)
        #expect(output == expected)
    }

    @Test func bytesWrittenToAByteStreamAreTheTextWrittenToAString() throws {
        var stream = ByteRecorder()
        JSONReporter().write(ReportFixture.report, context: ReportFixture.context, to: &stream)
        let text = JSONReporter().render(ReportFixture.report, context: ReportFixture.context)
        #expect(stream.byteWrites > 0)
        #expect(String(decoding: stream.bytes, as: UTF8.self) == text)
        _ = try object(text)
    }
}

/// A stream that takes bytes, and counts how often it was handed them.
private struct ByteRecorder: UTF8OutputStream {
    var bytes: [UInt8] = []
    var byteWrites = 0

    mutating func write(_ string: String) { bytes += Array(string.utf8) }

    mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes += Array(bytes)
        byteWrites += 1
    }
}
