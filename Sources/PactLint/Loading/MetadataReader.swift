import YAMLSource

/// Reads `pack.yaml` and `principles.yaml`.
struct MetadataReader {
    var reader: SchemaReader

    init(file: SourceFile, collector: DiagnosticCollector) {
        reader = SchemaReader(file: file, collector: collector)
    }

    var collector: DiagnosticCollector {
        get { reader.collector }
        set { reader.collector = newValue }
    }

    mutating func pack(_ root: YAMLNode) -> (name: String, version: String, description: String?)? {
        guard
            let entries = reader.mapping(
                root, what: "pack.yaml", allowed: ["name", "version", "description"], required: ["name", "version"])
        else { return nil }
        let name = entries["name"].flatMap { reader.string($0.value, what: "the pack's name") }
        let version = entries["version"].flatMap { node -> String? in
            // `version: 1.0` reads as a number; accept it as written.
            if let text = node.value.scalarText, node.value.numberValue != nil { return text }
            return reader.string(node.value, what: "the pack's version")
        }
        let description = entries["description"].flatMap { reader.string($0.value, what: "the pack's description") }
        guard let name, let version else { return nil }
        return (name, version, description)
    }

    mutating func principles(_ root: YAMLNode) -> [(Principle, SourceSpan)] {
        guard
            let entries = reader.mapping(
                root, what: "principles.yaml", allowed: ["principles"], required: ["principles"]),
            let list = entries["principles"].flatMap({ reader.list($0.value, what: "'principles'") })
        else { return [] }
        var result: [(Principle, SourceSpan)] = []
        for item in list {
            guard
                let fields = reader.mapping(
                    item, what: "a principle", allowed: ["id", "title", "description"],
                    required: ["id", "title", "description"]),
                let id = fields["id"].flatMap({ reader.string($0.value, what: "a principle's id") }),
                let title = fields["title"].flatMap({ reader.string($0.value, what: "a principle's title") }),
                let description = fields["description"].flatMap({
                    reader.string($0.value, what: "a principle's description")
                }),
                let idNode = fields["id"]?.value
            else { continue }
            result.append((Principle(id: id, title: title, description: description), idNode.span))
        }
        return result
    }
}
