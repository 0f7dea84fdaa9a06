import Foundation
import PactLint
import YAMLSource

/// The repository's root, found from this file's place (Fuzz/Sources/FuzzRules/).
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

private func read(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: repository.appendingPathComponent(path).path) else {
        fatalError("cannot read \(path) from \(repository.path)")
    }
    return String(decoding: data, as: UTF8.self)
}

/// The real pack's metadata files, so that rules naming its principles load.
private let packYAML = read("Rules/pack.yaml")
private let principlesYAML = read("Rules/principles.yaml")
/// A real partnership description that every loaded rule set is run over.
private let sample = SourceFile(path: "sample.yaml", text: read("Samples/moravel-returns.yaml"))

/// libFuzzer entry: the input is one rule file of a pack whose pack.yaml and principles.yaml
/// are fixed. A rule set that loads is run over a sample document; one that does not must
/// render its errors.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let source = RulePackSource(
        directory: "pack",
        files: [
            SourceFile(path: "pack/pack.yaml", text: packYAML),
            SourceFile(path: "pack/principles.yaml", text: principlesYAML),
            SourceFile(path: "pack/fuzz.yaml", bytes: bytes),
        ])
    do {
        let ruleSet = try RulePackLoader().load(packs: [source])
        let engine = Engine(ruleSet: ruleSet)
        let result = engine.check(file: sample)
        _ = engine.checkPortfolio(result.projections)
    } catch {
        precondition(!error.diagnostics.isEmpty, "a refused rule set must say why")
        _ = error.rendered()
    }
    return 0
}
