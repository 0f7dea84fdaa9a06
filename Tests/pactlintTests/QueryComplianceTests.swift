import Foundation
import Testing
import _PactLintTestSupport

/// `pactlint query` over the JSONPath Compliance Test Suite: each case's document is written
/// as a JSON file and the binary runs the case's selector on it.
///
/// The suite is read from the JSONPath tests' resources (`Tests/JSONPathTests/Resources/`,
/// where it sits with its licence and notice), by source path, so it is not copied twice.
@Suite struct QueryComplianceTests {
    struct Case: Sendable {
        var name: String
        var selector: String
        var document: JSONValue?
        var results: [[JSONValue]]
        var resultPaths: [[String]]
        var isInvalid: Bool
    }

    /// A selector with U+0000 in it cannot be passed in argv (C strings end at NUL): those
    /// cases pass the query with `--query-file`.
    static func queryArguments(_ selector: String, in workdir: Workdir, index: Int) throws -> [String] {
        guard selector.unicodeScalars.contains("\u{0}") else { return [selector] }
        let file = "query-\(index).txt"
        try workdir.write(file, selector)
        return ["--query-file", file]
    }

    static func loadSuite() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../JSONPathTests/Resources/jsonpath-cts.json").standardizedFileURL
        let suite = try JSONReader.parse(Array(try Data(contentsOf: url)))
        return (suite["tests"]?.array ?? []).map { test in
            let results =
                test["result"].map { [$0.array ?? []] } ?? test["results"]?.array?.map { $0.array ?? [] } ?? []
            let paths = test["result_paths"].map { [$0] } ?? test["results_paths"]?.array ?? []
            return Case(
                name: test["name"]?.string ?? "?", selector: test["selector"]?.string ?? "",
                document: test["document"], results: results,
                resultPaths: paths.map { ($0.array ?? []).compactMap(\.string) },
                isInvalid: test["invalid_selector"] == .bool(true))
        }
    }

    /// Runs one case; returns what went wrong, or `nil` when it passed.
    static func failure(of test: Case, in workdir: Workdir, index: Int) async throws -> String? {
        if test.isInvalid {
            let query = try queryArguments(test.selector, in: workdir, index: index)
            let result = try await workdir.pactlint(["query"] + query, input: "{}")
            guard result.status == 2 else { return "accepted an invalid selector: \(result)" }
            // The caret rendering: the query, then a line with a caret under the offending place.
            let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.contains(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("^") }) else {
                return "no caret line in the error: \(result.standardError)"
            }
            return result.standardOutput.isEmpty ? nil : "printed on standard output: \(result.standardOutput)"
        }
        guard let document = test.document else { return "the case has no document" }
        let file = "case-\(index).json"
        try workdir.write(file, document.yamlSafeJSON + "\n")
        let result = try await workdir.pactlint(
            ["query"] + queryArguments(test.selector, in: workdir, index: index) + [file])
        guard result.status == 0 else { return "exit \(result.status): \(result.standardError)" }
        let output: JSONValue
        do {
            output = try JSONReader.parse(Array(result.standardOutput.utf8))
        } catch {
            return "output is not JSON (\(error)): \(result.standardOutput)"
        }
        let entries = output.array ?? []
        let values = entries.map { $0["value"] ?? .null }
        let paths = entries.map { $0["path"]?.string ?? "?" }
        guard entries.allSatisfy({ $0["file"]?.string == file }) else { return "wrong file names: \(output)" }
        for (index, expected) in test.results.enumerated() where values == expected {
            if index < test.resultPaths.count, paths != test.resultPaths[index] { continue }
            return nil
        }
        return "got \(values) at \(paths); expected one of \(test.results) at \(test.resultPaths)"
    }

    @Test func everyCaseThroughTheBinary() async throws {
        let cases = try Self.loadSuite()
        #expect(cases.count == 703)
        let workdir = try Workdir()
        defer { workdir.remove() }

        let outcomes = try await withThrowingTaskGroup(of: (Int, String?).self) { group in
            for (index, test) in cases.enumerated() {
                group.addTask { (index, try await Self.failure(of: test, in: workdir, index: index)) }
            }
            var outcomes: [(Int, String?)] = []
            for try await outcome in group { outcomes.append(outcome) }
            return outcomes.sorted { $0.0 < $1.0 }
        }
        let failures = outcomes.compactMap { index, failure in failure.map { (cases[index], $0) } }
        for (test, failure) in failures {
            Issue.record("\(test.name): \(test.selector.debugDescription): \(failure)")
        }
        let valid = cases.filter { !$0.isInvalid }.count
        let invalid = outcomes.count - valid
        let failedValid = failures.filter { !$0.0.isInvalid }.count
        print(
            "pactlint query CTS: \(outcomes.count - failures.count)/\(outcomes.count) run cases passed "
                + "(\(valid - failedValid)/\(valid) valid selectors, \(invalid - (failures.count - failedValid))/\(invalid) "
                + "invalid selectors rejected with exit 2), no known deviations"
        )
        #expect(outcomes.count == 703)
        #expect(failures.isEmpty)
    }
}
