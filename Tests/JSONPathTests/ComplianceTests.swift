import Foundation
import JSONPath
import Testing
import _PactLintTestSupport

/// One case of the JSONPath Compliance Test Suite.
struct ComplianceCase: Sendable, CustomTestStringConvertible {
    let name: String
    let selector: String
    let document: JSONValue?
    /// Each acceptable result: several for non-deterministic cases, one otherwise.
    let results: [[JSONValue]]
    let resultPaths: [[String]]
    let isInvalid: Bool

    var testDescription: String { name }

    /// Checks the case; returns a description of the first failure, or nil if it passes.
    func failure() -> String? {
        let query: JSONPathQuery
        do {
            query = try JSONPathQuery(selector)
        } catch {
            return isInvalid ? nil : "rejected a valid selector: \(error.rendered())"
        }
        if isInvalid { return "accepted an invalid selector" }
        guard let document else { return "the case has no document" }
        let matches = query.evaluate(root: document)
        let nodes = matches.map(\.node)
        let paths = matches.map(\.path.description)
        for (index, expected) in results.enumerated() where nodes == expected {
            if index < resultPaths.count, paths != resultPaths[index] {
                continue
            }
            // Unordered evaluation must also agree with the path-free API.
            if query.nodes(root: document) != nodes { return "nodes(root:) differs from evaluate(root:)" }
            return nil
        }
        return "got \(nodes) at \(paths); expected one of \(results) at \(resultPaths)"
    }
}

/// The suite, read once from the test bundle.
enum ComplianceSuite {
    static let cases: [ComplianceCase] = {
        do {
            guard let url = Bundle.module.url(forResource: "jsonpath-cts", withExtension: "json") else {
                Issue.record("jsonpath-cts.json is missing from the test resources")
                return []
            }
            let suite = try JSONReader.parse(Array(try Data(contentsOf: url)))
            return (suite["tests"]?.array ?? []).map { test in
                let results =
                    test["result"].map { [$0.array ?? []] } ?? test["results"]?.array?.map { $0.array ?? [] } ?? []
                let pathLists =
                    test["result_paths"].map { [$0] } ?? test["results_paths"]?.array ?? []
                return ComplianceCase(
                    name: test["name"]?.string ?? "?",
                    selector: test["selector"]?.string ?? "",
                    document: test["document"],
                    results: results,
                    resultPaths: pathLists.map { ($0.array ?? []).compactMap(\.string) },
                    isInvalid: test["invalid_selector"] == .bool(true))
            }
        } catch {
            Issue.record("cannot read jsonpath-cts.json: \(error)")
            return []
        }
    }()
}

@Suite("JSONPath Compliance Test Suite")
struct ComplianceTests {
    @Test(arguments: ComplianceSuite.cases)
    func complianceCase(_ test: ComplianceCase) {
        let failure = test.failure()
        #expect(failure == nil, "\(test.name): \(test.selector): \(failure ?? "")")
    }

    @Test func everyCasePasses() {
        let cases = ComplianceSuite.cases
        let valid = cases.filter { !$0.isInvalid }
        let failures = cases.filter { $0.failure() != nil }
        let passedValid = valid.count - failures.filter { !$0.isInvalid }.count
        let passedInvalid = (cases.count - valid.count) - failures.filter(\.isInvalid).count
        print(
            "JSONPath CTS: \(cases.count - failures.count)/\(cases.count) passed "
                + "(\(passedValid)/\(valid.count) valid selectors, \(passedInvalid)/\(cases.count - valid.count) invalid selectors rejected)"
        )
        #expect(cases.count == 703)
        #expect(valid.count == 456)
        #expect(failures.isEmpty, "failing: \(failures.map(\.name))")
    }
}

/// Robustness: every prefix and every one-character mutation of every suite selector either
/// parses or throws, and what parses evaluates without trapping.
@Suite struct ParserRobustnessTests {
    @Test func prefixesAndMutationsNeverCrash() {
        var parsed = 0
        var rejected = 0
        let replacements: [Unicode.Scalar] = ["[", "]", "(", ")", "'", "\"", "\\", "?", "@", "$", ".", " ", "-", "9"]
        for test in ComplianceSuite.cases {
            let scalars = Array(test.selector.unicodeScalars)
            var variants: [String] = []
            for end in 0..<scalars.count {
                variants.append(String(String.UnicodeScalarView(scalars[0..<end])))
            }
            for (index, replacement) in zip(scalars.indices, replacements.cycled()) {
                var mutated = scalars
                mutated[index] = replacement
                variants.append(String(String.UnicodeScalarView(mutated)))
            }
            for variant in variants {
                if let query = try? JSONPathQuery(variant) {
                    parsed += 1
                    _ = query.evaluate(root: test.document ?? .null)
                } else {
                    rejected += 1
                }
            }
        }
        #expect(parsed > 1000)
        #expect(rejected > 1000)
    }
}

extension Array {
    /// The elements repeated without end.
    fileprivate func cycled() -> UnfoldSequence<Element, Int> {
        sequence(state: 0) { index in
            defer { index = (index + 1) % count }
            return isEmpty ? nil : self[index]
        }
    }
}
