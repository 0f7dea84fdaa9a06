import YAMLSource

/// `# expect: RULE-ID[, RULE-ID…]` comments of a fixture: where findings must be.
package enum ExpectMarker {
    /// The expected findings as (line, rule id), one entry per listed id. A marker alone on
    /// its line applies to the next line; otherwise to its own line.
    package static func expectations(in comments: [YAMLComment], source: SourceFile) -> [(line: Int, ruleID: String)] {
        var result: [(line: Int, ruleID: String)] = []
        for comment in comments {
            let text = comment.text.drop { $0 == " " || $0 == "\t" }
            guard text.hasPrefix("expect:") else { continue }
            let ids = text.dropFirst("expect:".count)
                .split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" })
                .map(String.init)
            let line = comment.span.start.line
            let before = source.line(line).unicodeScalars.prefix(max(0, comment.span.start.column - 1))
            let alone = before.allSatisfy { $0 == " " || $0 == "\t" }
            for id in ids { result.append((alone ? line + 1 : line, id)) }
        }
        return result
    }

    /// The lines where `rule` (by id or name) must report in `file`; none when the file does
    /// not load.
    package static func lines(in file: SourceFile, rule: RuleMetadata) -> [Int] {
        guard let comments = try? YAMLLoader().load(file).comments else { return [] }
        return expectations(in: comments, source: file).filter { $0.ruleID == rule.id || $0.ruleID == rule.name }
            .map(\.line)
    }
}
