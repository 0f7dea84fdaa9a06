import Foundation
import YAMLSource

/// Reads `.pactlint.yml` strictly: unknown keys and values of the wrong kind are located
/// errors (rule ids are checked later, against the loaded rules, by `RuleSet.applying`).
public struct ConfigurationLoader: Sendable {
    /// The file name looked for.
    public static let fileName = ".pactlint.yml"

    static let keys = [
        "rules", "default-rules", "severity", "disable", "parameters", "include", "exclude", "fail-on", "baseline",
    ]

    /// A loader.
    public init() {}

    /// The nearest `.pactlint.yml` in `directory` or above it.
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Parses a configuration file. Relative rule directories and the baseline are resolved
    /// against the file's directory.
    public func load(_ file: SourceFile) throws(RuleSetError) -> Configuration {
        var reader = SchemaReader(file: file, collector: DiagnosticCollector())
        var configuration = Configuration()
        configuration.source = file
        let stream: YAMLStream
        do {
            stream = try YAMLLoader().load(file)
        } catch {
            throw RuleSetError(diagnostics: [error.diagnostic], sources: [file.path: file])
        }
        guard let document = stream.documents.first else { return configuration }
        // A second document would be ignored silently: its settings would never apply.
        if stream.documents.count > 1 {
            reader.error(
                "the configuration holds \(stream.documents.count) YAML documents",
                span: SourceSpan(at: stream.documents[1].span.start),
                help: "put every setting in one document: remove the '---' line")
            throw RuleSetError(diagnostics: reader.collector.diagnostics, sources: [file.path: file])
        }
        let root = document.root
        if case .scalar(let scalar) = root.content, scalar.value == .null { return configuration }
        guard let fields = reader.mapping(root, what: "the configuration", allowed: Self.keys) else {
            throw RuleSetError(diagnostics: reader.collector.diagnostics, sources: [file.path: file])
        }
        let base = Self.directory(of: file.path)
        if let pair = fields["rules"] {
            configuration.ruleDirectories = (reader.stringList(pair.value, what: "'rules'") ?? []).map {
                Self.resolve($0, against: base)
            }
        }
        if let pair = fields["default-rules"], let value = reader.bool(pair.value, what: "'default-rules'") {
            configuration.defaultRules = value
        }
        if let pair = fields["severity"], case .mapping(let pairs) = pair.value.content {
            for entry in pairs {
                guard let rule = entry.key.scalarText else {
                    reader.error("keys of 'severity' must be rule ids or names", at: entry.key)
                    continue
                }
                guard
                    let word = reader.word(
                        entry.value, what: "the severity of '\(rule)'", among: ["error", "warning", "info", "off"])
                else { continue }
                let override: Configuration.SeverityOverride =
                    word == "off" ? .off : .level(Severity(rawValue: word) ?? .warning)
                configuration.severity.append(.init(value: (rule, override), span: entry.key.span))
            }
        } else if let pair = fields["severity"] {
            reader.error("'severity' must be a mapping of rule ids to error, warning, info or off", at: pair.value)
        }
        if let pair = fields["disable"], let items = reader.list(pair.value, what: "'disable'") {
            for item in items {
                if let rule = reader.string(item, what: "each entry of 'disable'") {
                    configuration.disable.append(.init(value: rule, span: item.span))
                }
            }
        }
        if let pair = fields["parameters"] {
            if case .mapping(let rules) = pair.value.content {
                for rule in rules {
                    guard let id = rule.key.scalarText else {
                        reader.error("keys of 'parameters' must be rule ids or names", at: rule.key)
                        continue
                    }
                    guard case .mapping(let values) = rule.value.content else {
                        reader.error("the parameters of '\(id)' must be a mapping of names to values", at: rule.value)
                        continue
                    }
                    var parsed: [Configuration.Located<(name: String, value: ParameterValue)>] = []
                    var parser = RuleParser(file: file, principles: [], collector: reader.collector)
                    for value in values {
                        guard let name = value.key.scalarText else {
                            parser.collector.error(
                                "parameter names of '\(id)' must be plain names", file: file.path, span: value.key.span)
                            continue
                        }
                        guard let parameter = parser.parameterValue(value.value) else { continue }
                        parsed.append(.init(value: (name, parameter), span: value.key.span))
                    }
                    reader.collector = parser.collector
                    configuration.parameters.append(.init(value: (id, parsed), span: rule.key.span))
                }
            } else {
                reader.error("'parameters' must be a mapping of rule ids to {name: value}", at: pair.value)
            }
        }
        if let pair = fields["include"] {
            configuration.include = reader.stringList(pair.value, what: "'include'") ?? []
        }
        if let pair = fields["exclude"] {
            configuration.exclude = reader.stringList(pair.value, what: "'exclude'") ?? []
        }
        if let pair = fields["fail-on"],
            let word = reader.word(pair.value, what: "'fail-on'", among: ["error", "warning", "info", "never"])
        {
            configuration.failOn = word == "never" ? .never : .severity(Severity(rawValue: word) ?? .error)
        }
        if let pair = fields["baseline"], let path = reader.string(pair.value, what: "'baseline'") {
            configuration.baseline = Self.resolve(path, against: base)
        }
        guard reader.collector.isEmpty else {
            throw RuleSetError(diagnostics: reader.collector.diagnostics, sources: [file.path: file])
        }
        return configuration
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    static func resolve(_ path: String, against base: String) -> String {
        if path.hasPrefix("/") || base.isEmpty { return path }
        return base + "/" + path
    }
}
