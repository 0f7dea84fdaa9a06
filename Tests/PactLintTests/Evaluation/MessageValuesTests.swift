import Testing

@testable import PactLint

/// Message values behave as the dictionary they replace did.
@Suite struct MessageValuesTests {
    @Test func readsSetsReplacesAndRemovesByName() {
        var values: MessageValues = ["count": "3", "expected": "5"]
        #expect(values["count"] == "3")
        #expect(values["expected"] == "5")
        #expect(values["min"] == nil)
        values["min"] = "1"
        values["count"] = "4"
        #expect(values["min"] == "1")
        #expect(values["count"] == "4")
        values["expected"] = nil
        #expect(values["expected"] == nil)
        #expect(values["count"] == "4")
        let empty: MessageValues = [:]
        #expect(empty["count"] == nil)
    }

    @Test func appendsTheNamedValueOrNothing() {
        var values: MessageValues = ["count": "3", "value": "Grüße"]
        values["count"] = nil
        let buffer = GrowingBytes()
        buffer.append("at ")
        #expect(values.appendValue(named: "value", to: buffer))
        #expect(!values.appendValue(named: "count", to: buffer))
        #expect(!values.appendValue(named: "missing", to: buffer))
        #expect(buffer.makeString() == "at Grüße")
    }
}
