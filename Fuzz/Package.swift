// swift-tools-version: 6.0
// libFuzzer targets for pactlint, kept apart from the main package so that `swift build` and
// `swift test` never see them. Build and run them with `Fuzz/run.sh` (see docs/fuzzing.md).
import PackageDescription

let package = Package(
    name: "pactlint-fuzz",
    dependencies: [.package(name: "pactlint", path: "..")],
    targets: [
        // The entry point every target's main.swift calls: libFuzzer's driver.
        .target(name: "FuzzDriver"),
        // Arbitrary bytes → YAMLLoader (tree, JSON view, error rendering).
        .executableTarget(
            name: "FuzzYAML", dependencies: ["FuzzDriver", .product(name: "YAMLSource", package: "pactlint")]),
        // Arbitrary text → JSONPathQuery / JSONPathExpression, evaluated over a fixed document.
        .executableTarget(
            name: "FuzzJSONPath",
            dependencies: [
                "FuzzDriver", .product(name: "JSONPath", package: "pactlint"),
                .product(name: "PactLint", package: "pactlint"),
                .product(name: "YAMLSource", package: "pactlint"),
            ]),
        // Arbitrary bytes as a rule file of a fixed pack → RulePackLoader, then Engine on a document.
        .executableTarget(
            name: "FuzzRules",
            dependencies: [
                "FuzzDriver", .product(name: "PactLint", package: "pactlint"),
                .product(name: "YAMLSource", package: "pactlint"),
            ]),
        // Arbitrary text → WaiverDirective on every comment, WaiverApplier over findings on each line.
        .executableTarget(
            name: "FuzzWaivers",
            dependencies: [
                "FuzzDriver", .product(name: "PactLint", package: "pactlint"),
                .product(name: "YAMLSource", package: "pactlint"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
