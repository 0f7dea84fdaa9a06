import _PactLintTestSupport

/// Parses JSON text in a test; a malformed literal is a bug in the test itself.
func json(_ text: String) -> JSONValue {
    do {
        return try JSONReader.parse(Array(text.utf8))
    } catch {
        preconditionFailure("invalid test JSON: \(error)")
    }
}
