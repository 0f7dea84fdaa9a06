import Testing

@testable import JSONPath

/// The literals a search looks for before running the automaton: every match contains one
/// of them, and a string with none of them is rejected with the answer the automaton gives.
@Suite struct RequiredLiteralTests {
    func literals(_ pattern: String) throws -> [String]? {
        var parser = IRegexpParser(pattern)
        return RegexProgram.requiredLiterals(of: try parser.parse())?.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func eachBranchGivesItsLongestRun() throws {
        #expect(
            try literals("[Mm]igrant[s]? smuggling|[Tt]rafficking in (human beings|persons)|é{2}x")
                == [" smuggling", "rafficking in ", "é"])
        #expect(try literals("ab(cde|fg)h") == ["ab"])
        #expect(try literals("a(bcd|efg)") == ["bcd", "efg"])
        #expect(try literals("(xy)+z?") == ["xy"])
    }

    @Test func patternsThatMayMatchWithoutALiteralHaveNone() throws {
        #expect(try literals("a|") == nil)
        #expect(try literals("(ab)*") == nil)
        #expect(try literals("[a-z]+") == nil)
        #expect(try literals("^$") == nil)
        #expect(try literals("a|[0-9]") == nil)
    }

    @Test(arguments: [
        ("[Mm]igrant[s]? smuggling|[Tt]rafficking in (human beings|persons)", "Fight migrant smuggling", true),
        ("[Mm]igrant[s]? smuggling|[Tt]rafficking in (human beings|persons)", "Migrants smuggling", true),
        ("[Mm]igrant[s]? smuggling|[Tt]rafficking in (human beings|persons)", "trafficking in persons", true),
        ("[Mm]igrant[s]? smuggling|[Tt]rafficking in (human beings|persons)", "trafficking in goods", false),
        ("[Mm]igrant[s]? smuggling|[Tt]rafficking in (human beings|persons)", "smuggling of migrants", false),
        ("é{2}x|q", "aééxb", true),
        ("é{2}x|q", "éx", false),
    ])
    func searchesAgreeWithTheAutomaton(pattern: String, text: String, found: Bool) throws {
        #expect(try IRegexp(pattern).containsMatch(in: text) == found)
    }
}
