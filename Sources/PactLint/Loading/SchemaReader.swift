import YAMLSource

/// Reads YAML nodes against an expected shape, collecting a located error for every mismatch.
struct SchemaReader {
    let file: SourceFile
    var collector: DiagnosticCollector

    mutating func error(_ message: String, at node: YAMLNode, help: String? = nil, notes: [SourceDiagnostic.Note] = [])
    {
        collector.error(message, file: file.path, span: node.span, help: help, notes: notes)
    }

    mutating func error(_ message: String, span: SourceSpan, help: String? = nil) {
        collector.error(message, file: file.path, span: span, help: help)
    }

    /// The entries of a mapping by key. Unknown keys and missing required ones are errors.
    mutating func mapping(
        _ node: YAMLNode, what: String, allowed: [String], required: [String] = []
    ) -> MappingFields? {
        guard node.kind == .mapping else {
            error("\(what) must be a mapping, not \(Self.describe(node))", at: node)
            return nil
        }
        var entries = MappingFields()
        for index in 0..<node.childCount {
            let pair = node.pair(at: index)
            guard let key = pair.key.scalarText else {
                error("keys of \(what) must be plain names", at: pair.key)
                continue
            }
            if allowed.contains(key) {
                entries.add(pair, named: key)
            } else {
                error(
                    "unknown key '\(key)' in \(what)", at: pair.key,
                    help: Suggestion.help(for: key, among: allowed))
            }
        }
        for key in required where entries[key] == nil {
            error("\(what) is missing the required field '\(key)'", at: node)
        }
        return entries
    }

    mutating func string(_ node: YAMLNode, what: String) -> String? {
        if let value = node.stringContent { return value }
        var help: String?
        if case .mapping = node.content {
            help = "quote the text: a value that starts with '{' is read as a YAML mapping"
        }
        error("\(what) must be a string, not \(Self.describe(node))", at: node, help: help)
        return nil
    }

    mutating func list(_ node: YAMLNode, what: String) -> [YAMLNode]? {
        guard let items = node.items else {
            error("\(what) must be a list, not \(Self.describe(node))", at: node)
            return nil
        }
        return items
    }

    mutating func stringList(_ node: YAMLNode, what: String) -> [String]? {
        guard let items = list(node, what: what) else { return nil }
        var result: [String] = []
        for item in items {
            if let value = string(item, what: "each entry of \(what)") { result.append(value) }
        }
        return result
    }

    mutating func number(_ node: YAMLNode, what: String) -> Double? {
        if let value = node.numberValue { return value }
        error("\(what) must be a number, not \(Self.describe(node))", at: node)
        return nil
    }

    mutating func bool(_ node: YAMLNode, what: String) -> Bool? {
        if let value = node.boolValue { return value }
        error("\(what) must be true or false, not \(Self.describe(node))", at: node)
        return nil
    }

    /// One of a fixed set of words.
    mutating func word(_ node: YAMLNode, what: String, among choices: [String]) -> String? {
        guard let value = string(node, what: what) else { return nil }
        guard choices.contains(value) else {
            error(
                "\(what) must be one of \(choices.joined(separator: ", ")), not '\(value)'", at: node,
                help: Suggestion.closest(to: value, among: choices).map { "did you mean '\($0)'?" })
            return nil
        }
        return value
    }

    /// A short description of what a node is, for "must be X, not Y" messages.
    static func describe(_ node: YAMLNode) -> String {
        switch node.content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return "null"
            case .bool(let value): return "the boolean \(value)"
            case .int, .float: return "the number \(scalar.text)"
            case .string(let value): return "the string '\(value)'"
            }
        }
    }
}
