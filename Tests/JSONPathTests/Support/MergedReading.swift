import Testing
import _PactLintTestSupport

@testable import JSONPath

/// Expects `query` as the parser compiles it (equalities merged, direct filter tests) to
/// select over `root` the same nodes, with the same paths, as its plain RFC 9535 reading, and
/// to find a node exactly when that reading selects one. Returns whether the nodes agree (a
/// random search stops at the first case that does not). `label` names the case.
@discardableResult
func expectMergedReadingSelectsAsPlain(_ query: String, over root: JSONValue, label: String? = nil) throws -> Bool {
    let label = label ?? query
    let merged = try JSONPathQuery(query)
    let plain = try JSONPathQuery(query, allowingCurrentNodeRoot: false, mergingEqualities: false)
    let expected = plain.evaluate(root: root).map(\.path.description)
    #expect(merged.evaluate(root: root).map(\.path.description) == expected, "\(label)")
    let agree = merged.nodes(root: root) == plain.nodes(root: root)
    #expect(agree, "\(label)")
    #expect(merged.containsNode(root: root) { _ in true } == !expected.isEmpty, "\(label)")
    return agree
}
