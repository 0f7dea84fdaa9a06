import Testing

@testable import PactLint

/// Rule ids (`PREFIX-NN`) and kebab-case names (rule names, parameter names).
@Suite("Rule id and name forms")
struct RuleNameTests {
    @Test(arguments: ["COMP-01", "A-1", "BAL-01-X", "AB1-2C"])
    func ruleIDs(_ text: String) {
        #expect(RuleParser.isRuleID(text))
    }

    @Test(arguments: [
        "", "COMP", "comp-01", "1COMP-01", "COMP--01", "COMP-01-", "-COMP-01", "COMP_01", "ÄB-01", "COMP-0١",
    ])
    func notRuleIDs(_ text: String) {
        #expect(!RuleParser.isRuleID(text))
    }

    @Test(arguments: ["budget-balance", "a", "max-control-share", "x1-2y", "min-words"])
    func kebabNames(_ text: String) {
        #expect(RuleParser.isKebab(text))
    }

    @Test(arguments: ["", "-a", "a-", "a--b", "Budget-balance", "1a", "a_b", "a b", "größe", "a-B", "a-\r\n"])
    func notKebabNames(_ text: String) {
        #expect(!RuleParser.isKebab(text))
    }
}
