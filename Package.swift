// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "pactlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pactlint", targets: ["pactlint"]),
        .library(name: "PactLint", targets: ["PactLint", "PactLintReporters"]),
        .library(name: "YAMLSource", targets: ["YAMLSource"]),
        .library(name: "JSONPath", targets: ["JSONPath"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // The system libyaml; only YAMLSource imports it.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Bytes → YAML node tree with exact source positions.
        .target(name: "YAMLSource", dependencies: ["CLibYAML"]),
        // RFC 9535 JSONPath over any tree that conforms to `JSONPathNode`.
        .target(name: "JSONPath"),
        // Rules, conditions, evaluation, findings, config, waivers, baselines.
        .target(name: "PactLint", dependencies: ["YAMLSource", "JSONPath"]),
        // The default rule pack and the partnership template, embedded by a build plugin.
        .executableTarget(name: "EmbedFiles"),
        .plugin(name: "EmbedDefaultPack", capability: .buildTool(), dependencies: ["EmbedFiles"]),
        .target(
            name: "PactLintDefaultPack",
            // `Rules` and `Templates` here are symbolic links to the top-level folders: as
            // resources, every file in them is tracked, so the embedded copy never goes stale.
            // Fixtures repeat file names across folders, which processed resources cannot hold;
            // the plugin tracks that folder as a whole.
            exclude: ["Rules/fixtures"],
            resources: [.process("Rules"), .process("Templates")],
            plugins: ["EmbedDefaultPack"]
        ),
        // One reporter per output format.
        .target(name: "PactLintReporters", dependencies: ["PactLint"]),
        // The command-line tool; the only target that imports ArgumentParser.
        .executableTarget(
            name: "pactlint",
            dependencies: [
                "PactLint", "PactLintReporters", "PactLintDefaultPack", "YAMLSource", "JSONPath",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Micro-benchmark of JSONPath queries (`swift run -c release jsonpath-bench`).
        .executableTarget(name: "jsonpath-bench", dependencies: ["JSONPath"], path: "Benchmarks/JSONPath"),
        .testTarget(
            name: "YAMLSourceTests", dependencies: ["YAMLSource", "_PactLintTestSupport"],
            resources: [.copy("Resources")]),
        // Test-only helpers shared by test targets (a strict JSON reader that keeps member order).
        .target(name: "_PactLintTestSupport", path: "Tests/_PactLintTestSupport"),
        .testTarget(
            name: "JSONPathTests", dependencies: ["JSONPath", "_PactLintTestSupport"], resources: [.copy("Resources")]),
        .testTarget(
            name: "PactLintTests", dependencies: ["PactLint", "YAMLSource", "JSONPath", "_PactLintTestSupport"],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "PactLintReportersTests", dependencies: ["PactLintReporters", "PactLint", "_PactLintTestSupport"],
            exclude: ["Golden", "Resources", "HTML/Golden"]),
        .testTarget(name: "PactLintDefaultPackTests", dependencies: ["PactLintDefaultPack"]),
        .testTarget(name: "pactlintTests", dependencies: ["pactlint", "_PactLintTestSupport"]),
        // Hostile inputs, fuzz-found regressions and the CLI's exit codes on them (docs/limits.md).
        .testTarget(
            name: "HardeningTests",
            dependencies: [
                "PactLint", "YAMLSource", "JSONPath", "PactLintDefaultPack", "pactlint", "_PactLintTestSupport",
            ]),
    ],
    swiftLanguageModes: [.v6]
)
