import ArgumentParser
import Foundation
import PactLintDefaultPack

/// `pactlint init`: writes the commented partnership/v1 template to start a new description.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented partnership/v1 template to start a new description.",
        discussion: """
            The template lists every field of partnership/v1 with what it means and the values it \
            takes. It loads cleanly; `pactlint check` on it shows what is still missing.
            """
    )

    @Argument(help: ArgumentHelp("Where to write it (- for standard output).", valueName: "file"))
    var file = "partnership.yaml"

    @Flag(help: "Overwrite the file if it exists.")
    var force = false

    func run() throws {
        guard let template = DefaultPack.partnershipTemplate else {
            Terminal.standardError.write("error: this pactlint was built without its partnership template\n")
            throw ExitCode(ExitStatus.usageOrConfiguration)
        }
        if file == "-" {
            Terminal.standardOutput.write(template)
            return
        }
        do {
            try OutputFile.write(Data(template.utf8), to: file, replacing: force)
        } catch  where error.fileExists {
            Terminal.standardError.write(
                "\(file): error: the file exists already\n  help: choose another name, or add --force to overwrite it\n"
            )
            throw ExitCode(ExitStatus.usageOrConfiguration)
        } catch {
            Terminal.standardError.write("\(file): error: cannot write the file (\(error))\n")
            throw ExitCode(ExitStatus.usageOrConfiguration)
        }
        Terminal.standardError.write(
            "Wrote \(file). Fill it in, then run `pactlint check \(file)` to see what is still missing.\n")
    }
}
