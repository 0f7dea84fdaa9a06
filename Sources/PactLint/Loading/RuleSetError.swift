import YAMLSource

/// Why a rule set (or a configuration) was refused: every located error found.
public struct RuleSetError: Error, Sendable {
    /// Every located error, in the order found.
    public var diagnostics: [SourceDiagnostic]
    /// The source of each file the diagnostics point into, by path, for rendering.
    public var sources: [String: SourceFile]

    /// An error made of `diagnostics`, rendered with `sources`.
    public init(diagnostics: [SourceDiagnostic], sources: [String: SourceFile]) {
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// Every diagnostic rendered compiler-style, one after another, in the order found (file
    /// by file, top to bottom).
    public func rendered() -> String {
        diagnostics.map { $0.rendered(source: sources[$0.file]) }.joined(separator: "\n")
    }
}
