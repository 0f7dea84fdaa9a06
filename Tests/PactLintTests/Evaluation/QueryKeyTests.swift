import Testing

@testable import PactLint

/// Query caches are keyed by the query's bytes: JSONPath compares member names scalar by
/// scalar, so canonically equivalent texts are different queries.
@Suite("Query cache keys")
struct QueryKeyTests {
    @Test func sameTextIsOneKey() {
        #expect(QueryKey("$.actions[?@.area == 'protection']") == QueryKey("$.actions[?@.area == 'protection']"))
        #expect(Set([QueryKey("$.a"), QueryKey("$.a"), QueryKey("$.b")]).count == 2)
    }

    @Test func theSameTextInOtherStorageIsTheSameKey() {
        let text = "$.actions[?@.area == 'protection' && @.budget > 1000]"
        var copy = String()
        copy.reserveCapacity(128)
        copy.append(contentsOf: text)
        #expect(QueryKey(text) == QueryKey(copy))
        #expect(QueryKey(text) != QueryKey(text + " "))
    }

    @Test func precomposedAndDecomposedNamesAreDifferentKeys() {
        let precomposed = QueryKey("$['\u{E9}']")
        let decomposed = QueryKey("$['e\u{301}']")
        #expect(precomposed.text == decomposed.text)  // equal as Swift strings
        #expect(precomposed != decomposed)
        #expect(Set([precomposed, decomposed]).count == 2)
    }
}
