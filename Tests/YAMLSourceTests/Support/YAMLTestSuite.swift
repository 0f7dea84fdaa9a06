import Foundation
import Testing
import YAMLSource
import _PactLintTestSupport

/// One case of the yaml-test-suite, as stored in `Resources/yaml-test-suite.json`.
struct SuiteCase: Decodable, Sendable, CustomTestStringConvertible {
    var id: String
    var name: String
    /// Whether the suite says the input is not valid YAML.
    var error: Bool
    var inYAML: String
    /// The documents as JSON texts, one after another; absent for error cases and for valid
    /// cases that JSON cannot represent.
    var inJSON: String?

    enum CodingKeys: String, CodingKey {
        case id, name, error
        case inYAML = "in_yaml"
        case inJSON = "in_json"
    }

    var testDescription: String { "\(id) \(name)" }
}

/// What happened when the loader read a case.
struct SuiteOutcome: Sendable {
    var stream: YAMLStream?
    var error: YAMLError?
    var accepted: Bool { stream != nil }
}

/// The yaml-test-suite data and the list of ids where libyaml 0.2.5 disagrees with it.
enum YAMLTestSuite {
    private struct File: Decodable {
        var tests: [SuiteCase]
    }

    private struct KnownFailures: Decodable {
        var validRejectedByParser: [String]
        var validRejectedOnlyByYAMLParserLoad: [String]
        var errorAccepted: [String]
        var validAcceptedWrongEvents: [String]

        enum CodingKeys: String, CodingKey {
            case validRejectedByParser = "valid_rejected_by_parser"
            case validRejectedOnlyByYAMLParserLoad = "valid_rejected_only_by_yaml_parser_load"
            case errorAccepted = "error_accepted"
            case validAcceptedWrongEvents = "valid_accepted_wrong_events"
        }
    }

    static let cases: [SuiteCase] = {
        do {
            return try JSONDecoder().decode(File.self, from: resource("yaml-test-suite.json")).tests
        } catch {
            Issue.record("cannot read yaml-test-suite.json: \(error)")
            return []
        }
    }()

    private static let knownFailures: KnownFailures? = try? JSONDecoder().decode(
        KnownFailures.self, from: resource("libyaml-0.2.5-known-failures.json"))

    /// Valid cases that libyaml 0.2.5's event parser rejects (its bugs and gaps).
    static var libyamlRejectsValid: Set<String> { Set(knownFailures?.validRejectedByParser ?? []) }
    /// Error cases that libyaml 0.2.5's event parser accepts.
    static var libyamlAcceptsInvalid: Set<String> { Set(knownFailures?.errorAccepted ?? []) }
    /// Valid cases that libyaml accepts with events that differ from the suite's.
    static var libyamlWrongEvents: Set<String> { Set(knownFailures?.validAcceptedWrongEvents ?? []) }

    /// Whether libyaml 0.2.5's event parser accepts the case.
    static func libyamlAccepts(_ suiteCase: SuiteCase) -> Bool {
        suiteCase.error ? libyamlAcceptsInvalid.contains(suiteCase.id) : !libyamlRejectsValid.contains(suiteCase.id)
    }

    static func run(_ suiteCase: SuiteCase, unknownTags: YAMLLoader.UnknownTagPolicy = .reject) -> SuiteOutcome {
        do {
            let loader = YAMLLoader(unknownTags: unknownTags)
            let stream = try loader.load(SourceFile(path: "\(suiteCase.id).yaml", text: suiteCase.inYAML))
            return SuiteOutcome(stream: stream, error: nil)
        } catch {
            return SuiteOutcome(stream: nil, error: error)
        }
    }

    /// The suite's expected documents as JSON, or `nil` when the case has none.
    static func expectedJSON(_ suiteCase: SuiteCase) throws -> [YAMLNode.JSONValue]? {
        guard let text = suiteCase.inJSON else { return nil }
        return try JSONReader.parseAll(Array(text.utf8)).map(treeJSON)
    }

    /// A parsed JSON value as the loader's JSON view, to compare with a tree (a repeated member
    /// keeps its last value, as a JSON object does).
    private static func treeJSON(_ value: JSONValue) -> YAMLNode.JSONValue {
        switch value {
        case .null: .null
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .double(let value): .double(value)
        case .string(let value): .string(value)
        case .array(let elements): .array(elements.map(treeJSON))
        case .object(let members):
            .object(Dictionary(members.map { ($0.0, treeJSON($0.1)) }, uniquingKeysWith: { _, last in last }))
        }
    }

    static func resource(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }
}
