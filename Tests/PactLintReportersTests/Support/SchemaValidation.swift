import Foundation
import Testing
import _PactLintTestSupport

/// Validation of rendered output by the reference validators: Python's `jsonschema` for SARIF,
/// `xmllint` for JUnit. A missing validator fails the test with what to install; it never skips.
enum SchemaValidation {
    struct Outcome {
        /// Whether the validator accepted the document.
        var isValid: Bool
        /// What the validator said.
        var output: String
    }

    /// Validates `sarif` against the SARIF 2.1.0 schema in `Resources/`.
    static func validateSARIF(_ sarif: String) throws -> Outcome? {
        let document = try TestPaths.temporaryFile(sarif, suffix: ".sarif")
        defer { try? FileManager.default.removeItem(at: document) }
        let schema = TestPaths.resources.appendingPathComponent("sarif-schema-2.1.0.json")
        let result = try ExternalTool.run(["python3", "-c", ExternalTool.jsonSchemaScript, schema.path, document.path])
        switch result.status {
        case 0, 1:
            return Outcome(isValid: result.status == 0, output: result.output)
        case 127:
            Issue.record("python3 is not on PATH: install Python 3 and then `pip install jsonschema` to validate SARIF")
            return nil
        default:
            Issue.record("the SARIF validator could not run (status \(result.status)): \(result.output)")
            return nil
        }
    }

    /// Validates `xml` against the XML schema `Resources/<schema>` with `xmllint`.
    static func validateXML(_ xml: String, schema: String) throws -> Outcome? {
        let document = try TestPaths.temporaryFile(xml, suffix: ".xml")
        defer { try? FileManager.default.removeItem(at: document) }
        let schemaPath = TestPaths.resources.appendingPathComponent(schema).path
        let result = try ExternalTool.run(["xmllint", "--noout", "--schema", schemaPath, document.path])
        switch result.status {
        case 0:
            return Outcome(isValid: true, output: result.output)
        case 127:
            Issue.record(
                "xmllint is not on PATH: install libxml2-utils (apt-get install libxml2-utils) to validate JUnit")
            return nil
        default:
            // 1: not well-formed, 3/4: invalid against the schema.
            return Outcome(isValid: false, output: result.output)
        }
    }
}
