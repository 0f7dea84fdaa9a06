import ArgumentParser

/// The options that choose which rules run, shared by `check`, `rules`, `explain` and `test`.
struct RuleSetOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp("A directory holding a rule pack to add (repeatable).", valueName: "dir"))
    var ruleDirectories: [String] = []

    @Flag(name: .customLong("no-default-rules"), help: "Do not load the built-in Pact rule pack.")
    var noDefaultRules = false

    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "The configuration file (default: .pactlint.yml in this directory or above).", valueName: "file"))
    var configFile: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .pactlint.yml files.")
    var noConfig = false
}
