import ArgumentParser
import Foundation
import PactLint

/// `pactlint`: the command-line front end. Each subcommand wires its options to the libraries
/// and turns their results into output and an exit status (0 clean, 1 findings at or above
/// `--fail-on`, 2 usage, configuration or rule-file errors).
@main
struct PactLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pactlint",
        abstract: "Check EU migration partnership descriptions against the principles of the Pact.",
        discussion: """
            Rules encode the principles of the EU Pact on Migration and Asylum (comprehensive, \
            balanced, tailor-made and mutually beneficial partnerships; whole-of-route; protection \
            and rights; coherence; governance). Each finding names its file, line and column, and \
            the legal or policy source behind the rule.
            """,
        version: PactLintVersion.current,
        // Each subcommand names itself: ArgumentParser would otherwise derive the name with
        // `String(describing:)` at every lookup (5 % of a one-file run's instructions).
        subcommands: [Check.self, Rules.self, Explain.self, Test.self, Init.self, Query.self],
        defaultSubcommand: nil
    )

    /// Parses and runs a subcommand; usage errors exit with status 2, as the CLI contract says
    /// (ArgumentParser's own default would be 64).
    static func main() {
        // A file-size limit then makes a write fail with an error pactlint reports (and a
        // baseline's replacement recovers from), instead of killing it part-way through a file.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.standardError.write(fullMessage(for: error) + "\n")
                Terminal.standardError.write("Run `pactlint help` for the commands and options.\n")
                Foundation.exit(ExitStatus.usageOrConfiguration)
            }
            exit(withError: error)
        }
    }
}

/// The process exit statuses of the CLI contract.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let usageOrConfiguration: Int32 = 2
}
