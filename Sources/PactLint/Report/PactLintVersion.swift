/// The version of pactlint, shown by `--version` and written into every report.
public enum PactLintVersion {
    public static let current = "0.1.0"
}
