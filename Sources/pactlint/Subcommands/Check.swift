import ArgumentParser
import Foundation
import PactLint
import PactLintReporters
import YAMLSource

/// `pactlint check`: checks partnership descriptions and reports the findings.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check partnership descriptions against the rules.",
        discussion: """
            PATH may be a file, a directory (searched recursively for *.yaml and *.yml) or - for \
            standard input. Exit status: 0 when no finding is at or above --fail-on, 1 when one \
            is, 2 for usage, configuration or rule-file errors. A YAML syntax error in a checked \
            file is a finding, and the other files are still checked.
            """
    )

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input (default: .).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup(title: "Rules")
    var ruleOptions: RuleSetOptions

    @Option(help: "Output format: text, json, sarif, junit, github, markdown or html.")
    var format: ReportFormat = .text

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Fail (exit 1) on findings at or above: error, warning, info or never.")
    var failOn: FailOn?

    @Option(help: ArgumentHelp("Hide findings recorded in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(
        name: .customLong("write-baseline"),
        help: ArgumentHelp("Record the current findings in this baseline file and exit 0.", valueName: "file"))
    var writeBaseline: String?

    @Option(help: "How many files to check at once (default: all cores).")
    var jobs: Int?

    @Option(help: "Colour the text output: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "Print nothing on standard output; only the exit status tells.")
    var quiet = false

    @Option(
        name: .customLong("stdin-filename"),
        help: ArgumentHelp("The name to report for standard input.", valueName: "name"))
    var stdinFilename = "<stdin>"

    @Option(
        name: .customLong("max-file-size"),
        help: ArgumentHelp("The largest file to load, in bytes.", valueName: "bytes"))
    var maxFileSize: Int?

    @Option(
        name: .customLong("max-depth"),
        help: ArgumentHelp("The deepest nesting of collections to load (default 256).", valueName: "levels"))
    var maxDepth: Int?

    @Option(
        name: .customLong("max-alias-expansion"),
        help: ArgumentHelp("The most nodes aliases may add to a file (default 100000).", valueName: "nodes"))
    var maxAliasExpansion: Int?

    @Option(
        name: .customLong("max-documents"),
        help: ArgumentHelp("The most documents in one file (default 10000).", valueName: "count"))
    var maxDocuments: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs takes a whole number of 1 or more") }
        if let maxFileSize, maxFileSize < 1 {
            throw ValidationError("--max-file-size takes a number of bytes, 1 or more")
        }
        let counts = [
            ("--max-depth", maxDepth), ("--max-alias-expansion", maxAliasExpansion), ("--max-documents", maxDocuments),
        ]
        for (flag, value) in counts {
            if let value, value < 1 { throw ValidationError("\(flag) takes a whole number, 1 or more") }
        }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be named only once") }
    }

    func run() throws {
        // --max-file-size limits the checked files, not the rule packs and configuration.
        let workspace = try Workspace.load(ruleOptions)
        let settings = workspace.settings

        let discovery = settings.discovery
        let named = paths.isEmpty ? ["."] : paths
        let discovered: [String]
        do {
            discovered = try discovery.files(in: named.filter { $0 != "-" })
        } catch {
            Terminal.standardError.write("\(error)\n")
            throw ExitCode(ExitStatus.usageOrConfiguration)
        }
        var inputs: [CheckRun.Input] = discovered.map { .path($0) }
        if named.contains("-") {
            // Findings, waivers and portfolio excerpts are matched to their file by name.
            guard !discovered.contains(stdinFilename) else {
                Terminal.standardError.write(
                    "error: --stdin-filename \(stdinFilename) names a file that is also checked\n"
                        + "  help: give standard input a name of its own with --stdin-filename NAME\n")
                throw ExitCode(ExitStatus.usageOrConfiguration)
            }
            inputs.append(.bytes(name: stdinFilename, [UInt8](FileHandle.standardInput.readDataToEndOfFile())))
        }

        let baselineFile = baseline ?? settings.baseline
        var loadedBaseline: Baseline?
        if let baselineFile, writeBaseline == nil {
            guard let data = FileManager.default.contents(atPath: baselineFile) else {
                Terminal.standardError.write("\(baselineFile): error: cannot read the baseline file\n")
                throw ExitCode(ExitStatus.usageOrConfiguration)
            }
            do {
                loadedBaseline = try Baseline.decode(data, file: baselineFile)
            } catch {
                Terminal.standardError.write("\(error)\n")
                throw ExitCode(ExitStatus.usageOrConfiguration)
            }
        }

        let clock = RunClock.now()
        let threshold = (failOn ?? settings.failOn).map(\.severity) ?? .error
        let run = CheckRun(
            engine: Engine(ruleSet: workspace.ruleSet, limits: limits, excerptContext: excerptContext),
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            today: clock.date, baseline: loadedBaseline, failOn: threshold,
            loadedRules: workspace.loadedRules)
        if let writeBaseline {
            try write(baseline: Baseline(recording: run.run(inputs).findings), to: writeBaseline)
            return
        }

        let context = ReportContext(
            toolVersion: PactLintVersion.current, rulePackVersion: workspace.rulePackVersion,
            timestamp: clock.timestamp, workingDirectory: FileManager.default.currentDirectoryPath)
        let useColor = color == .always || (color == .auto && output == nil && Terminal.colorIsWelcome)
        // The report streams to its destination in large chunks, never held whole in memory:
        // text, json, sarif, junit and github file by file as the files are checked; markdown
        // and html, which open with summaries of every finding, from the whole report.
        var fails = false
        try writeReport { destination in
            if let writer = format.makeWriter(color: useColor, context: context) {
                var sink = StreamingReportSink(writer: writer, output: destination)
                run.run(inputs, into: &sink)
                destination = sink.output
                fails = sink.fails
            } else {
                let report = run.run(inputs)
                let reporter = format.makeReporter(
                    color: useColor, controlShareThreshold: workspace.controlShareThreshold)
                if var stream = destination {
                    reporter.write(report, context: context, to: &stream)
                    destination = stream
                }
                fails = report.fails
            }
        }
        // The report is written and flushed, and nothing else is left to do: the process ends
        // here, with the rule pack and the engine still held. Releasing them object by object
        // (some 2 M instructions, 3 % of a one-file run) would only precede the exit.
        withExtendedLifetime((workspace, run)) {
            Foundation.exit(fails ? ExitStatus.findings : ExitStatus.clean)
        }
    }

    /// Opens the report's destination (`--output`, standard output, or none for `--quiet`),
    /// lets `body` write to it, and flushes it.
    private func writeReport(_ body: (inout BufferedOutput?) throws -> Void) throws {
        guard let output else {
            var stream: BufferedOutput? = quiet ? nil : BufferedOutput(handle: .standardOutput)
            try body(&stream)
            stream?.flush()
            // A reader that stopped reading (`| head`, with SIGPIPE ignored) is not an error;
            // a full disk or a file-size limit is: the report is cut short.
            if let failure = stream?.failure, failure.code != EPIPE {
                Terminal.standardError.write("error: cannot write the report to standard output (\(failure))\n")
                throw ExitCode(ExitStatus.usageOrConfiguration)
            }
            return
        }
        let handle: FileHandle
        do {
            handle = try OutputFile.handle(writingTo: output)
        } catch {
            Terminal.standardError.write("\(output): error: cannot write the report (\(error))\n")
            throw ExitCode(ExitStatus.usageOrConfiguration)
        }
        var stream: BufferedOutput? = BufferedOutput(handle: handle)
        try body(&stream)
        stream?.flush()
        try? handle.close()
        if let failure = stream?.failure {
            Terminal.standardError.write("\(output): error: cannot write the report (\(failure))\n")
            throw ExitCode(ExitStatus.usageOrConfiguration)
        }
    }

    /// The excerpt the chosen format shows: the finding's line for text, ±2 lines for HTML,
    /// none for the others (and none for a baseline), so a large run does not hold them.
    private var excerptContext: Int? {
        guard writeBaseline == nil else { return nil }
        switch format {
        case .text: return 0
        case .html: return 2
        case .json, .sarif, .junit, .github, .markdown: return nil
        }
    }

    private var limits: YAMLLoader.Limits {
        var limits = YAMLLoader.Limits.default
        if let maxFileSize { limits.maxFileSize = maxFileSize }
        if let maxDepth { limits.maxDepth = maxDepth }
        if let maxAliasExpansion { limits.maxAliasExpansion = maxAliasExpansion }
        if let maxDocuments { limits.maxDocuments = maxDocuments }
        return limits
    }

    private func write(baseline: Baseline, to path: String) throws {
        do {
            try OutputFile.replace(baseline.encoded(), at: path)
        } catch {
            Terminal.standardError.write("\(path): error: cannot write the baseline (\(error))\n")
            throw ExitCode(ExitStatus.usageOrConfiguration)
        }
        let count = baseline.entries.count
        Terminal.standardError.write("Recorded \(count) finding\(count == 1 ? "" : "s") in \(path).\n")
    }
}
