import YAMLSource

/// What checking one file yields.
public struct FileResult: Sendable {
    /// The file's path as given.
    public var path: String
    /// The document rules' findings (or the one `pactlint/yaml-syntax` finding), sorted by
    /// line, column, rule id.
    public var findings: [Finding]
    /// One summary per document, for reports.
    public var documents: [DocumentSummary]
    /// The file's comments, for the waiver stage.
    public var comments: [YAMLComment]
    /// What portfolio rules need of each document; pass them all to `Engine.checkPortfolio`.
    public var projections: [PortfolioProjection]
    /// True when the file failed to load as YAML.
    public var failedToLoad: Bool

    /// Creates a result (the engine makes them; tests and tools may too).
    public init(
        path: String, findings: [Finding], documents: [DocumentSummary], comments: [YAMLComment],
        projections: [PortfolioProjection], failedToLoad: Bool
    ) {
        self.path = path
        self.findings = findings
        self.documents = documents
        self.comments = comments
        self.projections = projections
        self.failedToLoad = failedToLoad
    }
}
