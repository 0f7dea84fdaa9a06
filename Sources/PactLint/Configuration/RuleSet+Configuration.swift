import YAMLSource

extension RuleSet {
    /// The rule set with a configuration's disabled rules removed, severities overridden and
    /// parameters set. Unknown rules, unknown parameters and parameter values of the wrong
    /// kind are located errors.
    public func applying(_ configuration: Configuration) throws(RuleSetError) -> RuleSet {
        var collector = DiagnosticCollector()
        let file = configuration.source?.path ?? ".pactlint.yml"
        let known = rules.flatMap { [$0.id, $0.name] }
        func resolve(_ reference: String, span: SourceSpan) -> Int? {
            if let index = rules.firstIndex(where: { $0.id == reference || $0.name == reference }) { return index }
            collector.error(
                "unknown rule '\(reference)'", file: file, span: span,
                help: Suggestion.closest(to: reference, among: known).map { "did you mean '\($0)'?" }
                    ?? "run 'pactlint rules' to list rule ids and names")
            return nil
        }
        var result = rules
        var removed = Set<Int>()
        for entry in configuration.disable {
            if let index = resolve(entry.value, span: entry.span) { removed.insert(index) }
        }
        for entry in configuration.severity {
            guard let index = resolve(entry.value.rule, span: entry.span) else { continue }
            switch entry.value.override {
            case .off: removed.insert(index)
            case .level(let severity):
                result[index].metadata.severity = severity
                for check in result[index].checks.indices { result[index].checks[check].severity = severity }
            }
        }
        for entry in configuration.parameters {
            guard let index = resolve(entry.value.rule, span: entry.span) else { continue }
            for value in entry.value.values {
                let name = value.value.name
                guard let current = result[index].parameters[name] else {
                    let names = result[index].parameters.keys.sorted()
                    collector.error(
                        "rule \(result[index].id) has no parameter '\(name)'", file: file, span: value.span,
                        help: names.isEmpty
                            ? "this rule takes no parameters" : Suggestion.help(for: name, among: names))
                    continue
                }
                guard current.kindName == value.value.value.kindName else {
                    collector.error(
                        "parameter '\(name)' of \(result[index].id) is a \(current.kindName), not a \(value.value.value.kindName)",
                        file: file, span: value.span)
                    continue
                }
                result[index].parameters[name] = value.value.value
            }
        }
        guard collector.isEmpty else {
            var sources: [String: SourceFile] = [:]
            if let source = configuration.source { sources[source.path] = source }
            let ordered = collector.diagnostics.sorted { $0.span.start.offset < $1.span.start.offset }
            throw RuleSetError(diagnostics: ordered, sources: sources)
        }
        let kept = result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        return RuleSet(packs: packs, principles: principles, rules: kept)
    }
}
