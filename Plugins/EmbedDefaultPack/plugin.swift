import Foundation
import PackagePlugin

/// Embeds the top-level `Rules/` pack and `Templates/` into the target as Swift source, so the
/// binary carries its default rules and works from any directory with nothing installed.
@main
struct EmbedDefaultPack: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let packageDirectory = context.package.directoryURL
        let roots = ["Rules", "Templates"].map { packageDirectory.appending(path: $0) }
        // The target's resources list every rule and template file; the fixtures folder, which
        // is excluded from them, is tracked as a directory tree.
        let trackedFiles = (target as? SourceModuleTarget)?.sourceFiles.map(\.url) ?? []
        let fixturesPath = packageDirectory.appending(path: "Rules/fixtures").path()
        let fixtures = FileManager.default.fileExists(atPath: fixturesPath) ? [URL(filePath: fixturesPath + "/")] : []
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding Rules/ and Templates/",
                executable: try context.tool(named: "EmbedFiles").url,
                arguments: [output.path(), packageDirectory.path()] + roots.map { $0.path() },
                inputFiles: trackedFiles + fixtures,
                outputFiles: [output]
            )
        ]
    }
}
