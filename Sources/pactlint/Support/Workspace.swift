import ArgumentParser
import Foundation
import PactLint
import PactLintDefaultPack
import YAMLSource

/// The rules and settings a command runs with: the configuration file found (or named), the
/// default pack unless turned off, the packs of `--rules` and of the configuration.
///
/// Any problem — in the configuration or in any rule file — is printed as located diagnostics
/// and ends the command with exit status 2: nothing is checked with a broken rule set.
struct Workspace {
    /// The rules to run, with the configuration applied.
    var ruleSet: RuleSet
    /// Every loaded rule before the configuration disabled any.
    var loadedRules: [Rule]
    var settings: Settings
    /// The pack sources, for `test` and `explain` (fixtures).
    var packSources: [RulePackSource]

    /// What the configuration file says beyond rules.
    struct Settings {
        var discovery = FileDiscovery()
        var failOn: FailOn?
        var baseline: String?
    }

    /// The directory name under which the built-in pack's files are reported.
    static let defaultPackDirectory = "<built-in>/Rules"

    /// The control-oriented share the balance rule (BAL-01) allows, for the HTML report's
    /// budget charts; 0.5 when that rule is not loaded.
    var controlShareThreshold: Double {
        guard let rule = ruleSet.rule(named: "BAL-01"), let value = rule.parameters["max-control-share"],
            case .number(let threshold) = value
        else { return 0.5 }
        return threshold
    }

    /// The version of the first pack (the default pack, unless turned off).
    var rulePackVersion: String {
        ruleSet.packs.first.map { "\($0.name) \($0.version)" } ?? "none"
    }

    static func load(_ options: RuleSetOptions, limits: YAMLLoader.Limits = .default) throws -> Workspace {
        let configuration = try loadConfiguration(options)
        var sources: [RulePackSource] = []
        if !options.noDefaultRules && configuration.defaultRules {
            sources.append(defaultPackSource())
        }
        do {
            sources += try RulePackSource.read(directories: configuration.ruleDirectories + options.ruleDirectories)
        } catch {
            fail(error.rendered())
        }
        guard !sources.isEmpty else {
            fail("error: no rules to run\n  help: drop --no-default-rules, or add a pack with --rules DIR")
        }

        do {
            let loaded = try RulePackLoader(limits: limits).load(packs: sources)
            let configured = try loaded.applying(configuration)
            var settings = Settings()
            settings.discovery = FileDiscovery(configuration)
            settings.baseline = configuration.baseline
            switch configuration.failOn {
            case .severity(let severity): settings.failOn = FailOn(rawValue: severity.rawValue)
            case .never: settings.failOn = .never
            case nil: break
            }
            return Workspace(ruleSet: configured, loadedRules: loaded.rules, settings: settings, packSources: sources)
        } catch {
            fail(error.rendered())
        }
    }

    /// The built-in pack, as embedded in the binary: its top-level files (fixtures apart).
    static func defaultPackSource() -> RulePackSource {
        // Filtered before any path is copied, and '/' looked for as a byte: `contains("/")`
        // is Foundation's substring search, which cost more than the rest of this together.
        let topLevel = DefaultPack.files.compactMap { file -> (path: String, text: String)? in
            guard file.path.hasPrefix("Rules/") else { return nil }
            let path = file.path.utf8.dropFirst("Rules/".utf8.count)
            guard !path.contains(UInt8(ascii: "/")) else { return nil }
            let name = String(Substring(path))
            return name.hasSuffix(".yaml") || name.hasSuffix(".yml") ? (name, file.text) : nil
        }
        return RulePackSource(directory: defaultPackDirectory, texts: topLevel)
    }

    /// The fixtures of every loaded pack: the built-in pack's from the binary, the others' from
    /// their directories.
    var fixtures: [RuleFixture] {
        packSources.flatMap { source -> [RuleFixture] in
            guard source.directory == Self.defaultPackDirectory else {
                return RuleFixture.read(packDirectory: source.directory)
            }
            return DefaultPack.ruleFiles.compactMap { file in
                let parts = file.path.split(separator: "/")
                guard parts.count == 3, parts[0] == "fixtures" else { return nil }
                let path = Self.defaultPackDirectory + "/" + file.path
                return RuleFixture(ruleID: String(parts[1]), file: SourceFile(path: path, text: file.text))
            }
        }
    }

    private static func loadConfiguration(_ options: RuleSetOptions) throws -> Configuration {
        let path: String?
        if let named = options.configFile {
            path = named
        } else if options.noConfig {
            path = nil
        } else {
            path = ConfigurationLoader.find(from: FileManager.default.currentDirectoryPath)
        }
        guard let path else { return Configuration() }
        guard let data = FileManager.default.contents(atPath: path) else {
            fail("\(path): error: cannot read the configuration file")
        }
        do {
            return try ConfigurationLoader().load(SourceFile(path: displayPath(path), bytes: [UInt8](data)))
        } catch {
            fail(error.rendered())
        }
    }

    /// `path` relative to the current directory when it is below it, as compilers show paths.
    static func displayPath(_ path: String) -> String {
        let directory = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(directory) ? String(path.dropFirst(directory.count)) : path
    }

    private static func fail(_ message: String) -> Never {
        Terminal.standardError.write(message.hasSuffix("\n") ? message : message + "\n")
        Foundation.exit(ExitStatus.usageOrConfiguration)
    }
}
