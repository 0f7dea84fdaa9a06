/// Why a YAML file could not be loaded, and where.
///
/// Every error has a position (1-based line, 1-based column in Unicode scalars, 0-based byte
/// offset), says what is wrong and, where it can, how to fix it (`help`).
public struct YAMLError: Error, Sendable, Hashable {
    /// The kind of problem; stable, for tools that react to some kinds differently.
    public enum Kind: String, Sendable, Hashable {
        /// The text is not YAML (libyaml's scanner or parser gave up), or contains a character
        /// YAML does not allow.
        case syntax
        /// A mapping has the same key twice (keys compare by their resolved value).
        case duplicateKey
        /// The file is not valid UTF-8.
        case invalidUTF8
        /// An alias names an anchor that is not defined before it in the same document.
        case unknownAlias
        /// An alias refers to a node that contains the alias.
        case recursiveAlias
        /// Aliases expand to more nodes than `Limits.maxAliasExpansion`.
        case aliasExpansionLimit
        /// Collections nest deeper than `Limits.maxDepth`.
        case depthLimit
        /// The file is larger than `Limits.maxFileSize`.
        case fileTooLarge
        /// The stream has more documents than `Limits.maxDocuments`.
        case documentLimit
        /// A tag other than the core schema's (`!!str`, `!!int`, …) or `!`.
        case unknownTag
        /// A tagged node whose content does not fit its tag (`!!int abc`, `!!map [1]`).
        case invalidTaggedValue
    }

    /// The kind of problem.
    public var kind: Kind
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// The file's path as given by the caller.
    public var file: String
    /// Where the problem is; `position == span.start`.
    public var span: SourceSpan
    /// How to fix it.
    public var help: String?
    /// More context, such as where a duplicated key first appeared.
    public var notes: [SourceDiagnostic.Note]

    /// A located loading error.
    public init(
        kind: Kind, message: String, file: String, span: SourceSpan, help: String? = nil,
        notes: [SourceDiagnostic.Note] = []
    ) {
        self.kind = kind
        self.message = message
        self.file = file
        self.span = span
        self.help = help
        self.notes = notes
    }

    /// Where the problem starts.
    public var position: SourcePosition { span.start }

    /// The error as a diagnostic, for reporters that render diagnostics of any origin.
    public var diagnostic: SourceDiagnostic {
        SourceDiagnostic(severity: .error, message: message, file: file, span: span, help: help, notes: notes)
    }

    /// The compiler-style rendering: headline, source line, caret, help and notes.
    public func rendered(source: SourceFile) -> String {
        diagnostic.rendered(source: source)
    }
}

// MARK: - CustomStringConvertible Conformance

extension YAMLError: CustomStringConvertible {
    /// `path:line:col: error: message`.
    public var description: String { diagnostic.headline }
}
