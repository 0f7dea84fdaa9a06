import ArgumentParser

@main
struct PactLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pactlint",
        abstract: "Checks EU migration partnership descriptions against the principles of the Pact.",
        version: "0.1.0"
    )
}
