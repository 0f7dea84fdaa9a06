import Foundation
import PactLint
import Testing
import YAMLSource

@Suite("Example pack through the self-test runner")
struct ExamplePackTests {
    @Test("every example rule passes its fixtures")
    func examplePackIsGreen() throws {
        let ruleSet = try RulePackLoader().load(directories: [TestPack.examplePackDirectory])
        #expect(ruleSet.rules.map(\.id) == ["BAL-01", "COMP-01", "PROT-03", "TAIL-05", "TERM-01"])
        let fixtures = RuleFixture.read(packDirectory: TestPack.examplePackDirectory)
        let report = RuleTestRunner(ruleSet: ruleSet).run(fixtures: fixtures)
        let passed = report.passed
        #expect(passed, Comment(rawValue: report.rendered()))
        #expect(report.rulesTested.count == 5)
        #expect(report.rulesWithoutFixtures.isEmpty)
        #expect(report.matched == 11)
    }
}
