import JSONPath
import Testing

/// Full renderings of the errors rule authors are most likely to meet.
@Suite struct ErrorRenderingTests {
    private func rendering(of query: String) -> String? {
        do {
            _ = try JSONPathQuery(query)
            return nil
        } catch {
            return error.rendered()
        }
    }

    @Test func missingRightOperand() {
        #expect(
            rendering(of: "$.a[?@.b ==]") == """
                $.a[?@.b ==]
                           ^
                expected a literal, a singular query or a function call after '=='
                """)
    }

    @Test func unclosedBracket() {
        #expect(
            rendering(of: "$.a[") == """
                $.a[
                    ^
                expected a selector: a quoted name, '*', an index, a slice 'start:end:step' or a filter '?...'
                """)
    }

    @Test func descendantWithoutSelector() {
        #expect(
            rendering(of: "$..") == """
                $..
                   ^
                expected a member name, '*' or '[' after '..'
                """)
    }

    @Test func unknownFunction() {
        #expect(
            rendering(of: "$[?foo(@)]") == """
                $[?foo(@)]
                   ^
                unknown function 'foo'; the functions are length, count, match, search and value
                """)
    }

    @Test func valueFunctionUsedAsTest() {
        #expect(
            rendering(of: "$[?length(@.a)]") == """
                $[?length(@.a)]
                   ^
                length() returns a value (ValueType), which cannot be used as a test; compare it, e.g. length(...) == 1
                """)
    }

    @Test func nonSingularQueryCompared() {
        #expect(
            rendering(of: "$[?@.a == @..b]") == """
                $[?@.a == @..b]
                          ^
                the right operand of '==' is a query that can select several nodes; only a singular query (made of '.name', ['name'] and [index]) gives a value
                """)
    }

    @Test func logicalFunctionCompared() {
        #expect(
            rendering(of: "$[?value(@.a) == match(@, 'a')]") == """
                $[?value(@.a) == match(@, 'a')]
                                 ^
                match() returns a logical result (LogicalType), which cannot be the right operand of '=='; use it as a test
                """)
    }

    @Test func wrongArgumentCount() {
        #expect(
            rendering(of: "$[?match(@.a)]") == """
                $[?match(@.a)]
                   ^
                match() takes 2 arguments but is given 1
                """)
    }

    @Test func trailingWhitespace() {
        // Spelt with \n so the trailing space of the first line survives formatting.
        #expect(rendering(of: "$.a ") == "$.a \n   ^\nwhitespace after the query is not allowed")
    }

    @Test func unclosedString() {
        #expect(
            rendering(of: "$['abc") == """
                $['abc
                      ^
                the string starting at offset 2 is not closed; expected "'"
                """)
    }

    @Test(arguments: [
        ("$[01]", 2, "leading zeros"),
        ("$[9007199254740992]", 2, "±(2^53 − 1)"),
        ("$[-9007199254740992:]", 2, "±(2^53 − 1)"),
        ("$['a\\d']", 4, "not a valid escape"),
        ("$[?@.a == 1 == 2]", 12, "expected '&&', '||', ',' or ']'"),
        ("$[?!@.a == 1]", 3, "'!' cannot negate a comparison"),
        ("$[?length (@)]", 9, "no whitespace is allowed between a function name and '('"),
        ("$[?count(@.a) == 1 && 1]", 22, "a literal cannot be used as a test"),
        ("$[?count(1) == 1]", 9, "must be a query (NodesType)"),
        ("$[?length(@.a == 1) == 1]", 10, "must be a value (ValueType)"),
        ("@.a", 0, "must start with '$'"),
        (" $", 0, "whitespace before the query"),
        ("", 0, "the query is empty"),
        ("$[\"\\uD800\"]", 3, "followed by a low surrogate"),
    ])
    func errorPositionAndMessage(query: String, offset: Int, fragment: String) throws {
        let error = try #require(throws: JSONPathError.self) { try JSONPathQuery(query) }
        #expect(error.offset == offset)
        #expect(error.message.contains(fragment), "\(error.message)")
        #expect(error.text == query)
    }

    @Test func offsetCountsUnicodeScalars() throws {
        // 叶 and 🇺🇳 are one and two scalars, three and eight UTF-8 bytes.
        let error = try #require(throws: JSONPathError.self) { try JSONPathQuery("$.叶['🇺🇳'][") }
        #expect(error.offset == 10)
        #expect(error.rendered().split(separator: "\n")[1] == "          ^")
    }

    @Test func nestingIsBounded() {
        let deep = "$[?" + String(repeating: "(", count: 10_000) + "@" + String(repeating: ")", count: 10_000) + "]"
        #expect(throws: JSONPathError.self) { try JSONPathQuery(deep) }
        let fine = "$[?" + String(repeating: "(", count: 50) + "@" + String(repeating: ")", count: 50) + "]"
        #expect(throws: Never.self) { try JSONPathQuery(fine) }
    }
}
