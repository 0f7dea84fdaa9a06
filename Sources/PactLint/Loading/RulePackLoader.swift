import YAMLSource

/// Loads rule packs into a validated, compiled `RuleSet`.
///
/// Loading is strict: every problem in any file of any pack is collected as a located
/// diagnostic, and if there is one, the whole rule set is refused (`RuleSetError`).
public struct RulePackLoader: Sendable {
    /// Limits for reading rule files as YAML.
    public var limits: YAMLLoader.Limits

    /// A loader that reads rule files within `limits`.
    public init(limits: YAMLLoader.Limits = .default) {
        self.limits = limits
    }

    /// Reads and loads the packs in `directories`, in order.
    public func load(directories: [String]) throws(RuleSetError) -> RuleSet {
        try load(packs: RulePackSource.read(directories: directories))
    }

    /// Loads packs from their files. Rule ids and names are unique across all of them.
    public func load(packs: [RulePackSource]) throws(RuleSetError) -> RuleSet {
        var collector = DiagnosticCollector()
        var sourcesByPath: [String: SourceFile] = [:]
        let loader = YAMLLoader(limits: limits)

        // Parse every file first: principles must be known before rules are checked.
        struct LoadedFile {
            var file: SourceFile
            var root: YAMLNode
        }
        var loadedPacks: [(source: RulePackSource, pack: LoadedFile?, principles: LoadedFile?, rules: [LoadedFile])] =
            []
        for source in packs {
            var pack: LoadedFile?
            var principles: LoadedFile?
            var rules: [LoadedFile] = []
            for file in source.files.sorted(by: { $0.path < $1.path }) {
                sourcesByPath[file.path] = file
                let root: YAMLNode
                do {
                    let stream = try loader.load(file)
                    guard stream.documents.count == 1, let document = stream.documents.first else {
                        let help: String
                        switch RulePackSource.fileName(file.path) {
                        case "pack.yaml", "pack.yml":
                            help = "pack.yaml holds one YAML document with 'name:' and 'version:'"
                        case "principles.yaml", "principles.yml":
                            help = "principles.yaml holds one YAML document with a 'principles:' list"
                        default: help = "a rule file holds one YAML document with a 'rules:' list"
                        }
                        // Point at the second document, whose '---' is the thing to remove.
                        let start =
                            stream.documents.count > 1
                            ? stream.documents[1].span.start : SourcePosition.fileStart
                        collector.error(
                            stream.documents.isEmpty
                                ? "the file is empty" : "the file holds \(stream.documents.count) YAML documents",
                            file: file.path, span: SourceSpan(at: start), help: help)
                        continue
                    }
                    root = document.root
                } catch {
                    collector.diagnostics.append(error.diagnostic)
                    continue
                }
                switch RulePackSource.fileName(file.path) {
                case "pack.yaml", "pack.yml": pack = LoadedFile(file: file, root: root)
                case "principles.yaml", "principles.yml": principles = LoadedFile(file: file, root: root)
                default: rules.append(LoadedFile(file: file, root: root))
                }
            }
            loadedPacks.append((source, pack, principles, rules))
        }

        var principles: [Principle] = []
        var principleSpans: [String: (file: String, span: SourceSpan)] = [:]
        var packInfos: [RulePack] = []
        for loaded in loadedPacks {
            var info = RulePack(
                name: RulePackSource.fileName(loaded.source.directory), version: "0", description: nil,
                directory: loaded.source.directory, ruleIDs: [])
            if let pack = loaded.pack {
                var reader = MetadataReader(file: pack.file, collector: collector)
                if let parsed = reader.pack(pack.root) {
                    info.name = parsed.name
                    info.version = parsed.version
                    info.description = parsed.description
                }
                collector = reader.collector
            } else if !loaded.source.files.contains(where: {
                ["pack.yaml", "pack.yml"].contains(RulePackSource.fileName($0.path))
            }) {
                // A pack.yaml that failed to load has its own error already.
                collector.error(
                    "the rule pack '\(loaded.source.directory)' has no pack.yaml", file: loaded.source.directory,
                    span: SourceSpan(at: SourcePosition.fileStart),
                    help: "add pack.yaml with 'name:' and 'version:'")
            }
            if let file = loaded.principles {
                var reader = MetadataReader(file: file.file, collector: collector)
                for (principle, span) in reader.principles(file.root) {
                    if let first = principleSpans[principle.id] {
                        reader.collector.error(
                            "duplicate principle id '\(principle.id)'", file: file.file.path, span: span,
                            notes: [
                                .init(
                                    "first declared at \(first.file):\(first.span.start.line):\(first.span.start.column)"
                                )
                            ])
                    } else {
                        principleSpans[principle.id] = (file.file.path, span)
                        principles.append(principle)
                    }
                }
                collector = reader.collector
            }
            packInfos.append(info)
        }

        var rules: [Rule] = []
        var firstByKey: [String: (file: String, span: SourceSpan, what: String)] = [:]
        var compiledQueries: [String: RuleQuery] = [:]
        for (packIndex, loaded) in loadedPacks.enumerated() {
            for file in loaded.rules {
                var parser = RuleParser(
                    file: file.file, principles: principles.map(\.id), collector: collector,
                    compiledQueries: compiledQueries)
                // Handed over, not shared: the parser adds to the only copy.
                compiledQueries = [:]
                for parsed in parser.ruleFile(file.root) {
                    var duplicate = false
                    for (key, span, what) in [
                        (parsed.rule.id, parsed.idSpan, "id"), (parsed.rule.name, parsed.nameSpan, "name"),
                    ] {
                        if let first = firstByKey[key] {
                            parser.collector.error(
                                "duplicate rule \(what) '\(key)'", file: file.file.path, span: span,
                                help: "rule ids and names are unique across every loaded pack",
                                notes: [
                                    .init(
                                        "first used as a rule \(first.what) at \(first.file):\(first.span.start.line):\(first.span.start.column)"
                                    )
                                ])
                            duplicate = true
                        } else {
                            firstByKey[key] = (file.file.path, span, what)
                        }
                    }
                    if !duplicate {
                        rules.append(parsed.rule)
                        packInfos[packIndex].ruleIDs.append(parsed.rule.id)
                    }
                }
                collector = parser.collector
                compiledQueries = parser.compiledQueries
            }
        }
        guard collector.isEmpty else {
            throw RuleSetError(diagnostics: collector.diagnostics, sources: sourcesByPath)
        }
        return RuleSet(packs: packInfos, principles: principles, rules: rules)
    }
}
