import PactLint
import Testing

/// `not-matches` first screens the document's texts as a whole for what a match must contain,
/// and walks the document only when some text may hold one: its findings must be those of a
/// walk over every node (spelt here as an `absent` filter, which screens nothing).
@Suite struct MatchScreenTests {
    private func places(_ assert: String, _ document: String) throws -> [String] {
        try TestPack.findings(TestPack.rule(assert: assert), document).map {
            "\($0.location.span.start.line):\($0.location.span.start.column) \($0.location.path ?? "")"
        }
    }

    private func agree(_ document: String, expected count: Int) throws {
        let screened = try places("not-matches: {of: \"$..*\", search: \"TODO\"}", document)
        let walked = try places("absent: \"$..[?search(@, 'TODO')]\"", document)
        #expect(screened == walked, "\(document)")
        #expect(screened.count == count, "\(document)")
    }

    @Test func findsWhatAWalkFinds() throws {
        // No TODO at all; TODO only in a key; in short and long values; among non-ASCII text;
        // not a string (a number), a list item, a flow mapping, an anchor's alias, the root.
        try agree("id: x\ntitle: Alvaria\nn: 12\n", expected: 0)
        try agree("TODO: x\nTODOs: [a, b]\n", expected: 0)
        try agree("id: TODO\ntitle: Alvaria\n", expected: 1)
        try agree(
            "title: \(String(repeating: "long text ", count: 8))TODO write it\nother: TOD\n", expected: 1)
        try agree("title: Alvária — TODO é\nnote: \"ToDo\"\n", expected: 1)
        try agree("n: 12\nlist: [a, TODO, b, aTODOb]\nmap: {k: TODO}\n", expected: 3)
        // An alias is the node it names: the three places are one finding.
        try agree("a: &x TODO here\nb: *x\nc: [*x]\n", expected: 1)
        try agree("TODO\n", expected: 0)
        try agree("- TODO\n- [TODO, {TODO: TODO}]\n", expected: 3)
    }

    @Test func aWholeStringRegexIsScreenedToo() throws {
        let document = "a: TODO\nb: TODO later\nc: [TODO]\n"
        let screened = try places("not-matches: {of: \"$..*\", regex: \"TODO\"}", document)
        let walked = try places("absent: \"$..[?match(@, 'TODO')]\"", document)
        #expect(screened == walked)
        #expect(screened.count == 2)
        #expect(try places("not-matches: {of: \"$..*\", regex: \"TODO\"}", "a: TO DO\nb: [DO]\n").isEmpty)
    }
}
