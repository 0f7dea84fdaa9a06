import YAMLSource

/// One problem that a rule found in a document: a value, kept apart from how it is rendered.
///
/// The fields live in one immutable object: a finding travels by copy from the evaluator
/// through files' results, waivers and baselines to the writers, and a copy is then one
/// retain instead of one per string and list. Setting a field (rare: waivers, excerpts read
/// again) builds a new object, so copies never share a change.
public struct Finding: Sendable, Hashable, Codable {
    /// Every stored value of a finding.
    @usableFromInline
    struct Fields: Sendable, Hashable {
        @usableFromInline var ruleID: String
        @usableFromInline var severity: Severity
        @usableFromInline var message: String
        @usableFromInline var location: Location
        @usableFromInline var related: [RelatedLocation]
        /// Boxed: most findings have none, and a `Waiver?` held in place (a location of its
        /// own) made the fields that every finding copies into its object, and destroys, about
        /// twice as large, and testing it copied it.
        @usableFromInline var waiverBox: WaiverBox?
        @usableFromInline var fingerprintValue: FingerprintValue
        @usableFromInline var help: String?

        @inlinable var waiver: Waiver? {
            get { waiverBox?.waiver }
            set { waiverBox = newValue.map(WaiverBox.init) }
        }
    }

    /// A finding's waiver, in an object of its own (see `Fields.waiverBox`).
    @usableFromInline
    final class WaiverBox: Sendable, Hashable {
        @usableFromInline let waiver: Waiver

        @usableFromInline
        init(_ waiver: Waiver) {
            self.waiver = waiver
        }

        @usableFromInline
        static func == (a: WaiverBox, b: WaiverBox) -> Bool {
            a === b || a.waiver == b.waiver
        }

        @usableFromInline
        func hash(into hasher: inout Hasher) {
            waiver.hash(into: &hasher)
        }
    }

    /// The fields, shared by copies; never changed once made.
    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline let fields: Fields
        /// Whether `fields` has a waiver, kept apart: counts, baselines and writers ask every
        /// finding, and this is one load.
        @usableFromInline let isWaived: Bool

        init(_ fields: Fields) {
            isWaived = fields.waiverBox != nil
            self.fields = fields
        }
    }

    // Read by inlinable getters: a writer in another module then reads
    // `finding.location.file` straight from the storage, instead of copying the whole
    // location (retaining each of its strings) to read one field.
    @usableFromInline var storage: Storage

    /// Replaces one field: a new object, so that other copies keep their value.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

    /// The rule's stable id, e.g. `COMP-03`, or a tool rule such as `pactlint/yaml-syntax`.
    public var ruleID: String {
        @inlinable get { storage.fields.ruleID }
        set { update { $0.ruleID = newValue } }
    }
    /// How serious the finding is.
    public var severity: Severity {
        @inlinable get { storage.fields.severity }
        set { update { $0.severity = newValue } }
    }
    /// The rule's message with the finding's values filled in.
    public var message: String {
        @inlinable get { storage.fields.message }
        set { update { $0.message = newValue } }
    }
    /// Where the finding points: the offending node, or the nearest existing ancestor of a
    /// missing one.
    public var location: Location {
        @inlinable get { storage.fields.location }
        set { update { $0.location = newValue } }
    }
    /// Other places that explain the finding (e.g. the other document of a near-duplicate pair).
    public var related: [RelatedLocation] {
        @inlinable get { storage.fields.related }
        set { update { $0.related = newValue } }
    }
    /// Set when a waiver comment covers the finding; waived findings stay in every report.
    public var waiver: Waiver? {
        @inlinable get { storage.fields.waiver }
        set { update { $0.waiver = newValue } }
    }
    /// Stable identity for baselines: rule id, file, normalized path and a hash of the node's
    /// value — never line numbers.
    public var fingerprint: String {
        @inlinable get { storage.fields.fingerprintValue.text }
        set { update { $0.fingerprintValue = FingerprintValue(newValue) } }
    }
    /// How to fix this finding when a rule's check has help of its own; `nil` means the rule's
    /// `help` (in `RuleMetadata`) applies.
    public var help: String? {
        @inlinable get { storage.fields.help }
        set { update { $0.help = newValue } }
    }

    /// A finding; `waiver` is set when a waiver comment covers it, `help` when its check has
    /// help of its own.
    public init(
        ruleID: String,
        severity: Severity,
        message: String,
        location: Location,
        related: [RelatedLocation] = [],
        waiver: Waiver? = nil,
        fingerprint: String,
        help: String? = nil
    ) {
        storage = Storage(
            Fields(
                ruleID: ruleID, severity: severity, message: message, location: location, related: related,
                waiverBox: waiver.map(WaiverBox.init), fingerprintValue: FingerprintValue(fingerprint),
                help: help))
    }

    /// Whether a waiver covers this finding.
    @inlinable public var isWaived: Bool { storage.isWaived }

    private enum CodingKeys: String, CodingKey {
        case ruleID, severity, message, location, related, waiver, fingerprint, help
    }

    /// Decodes the keys a synthesized conformance would use.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            ruleID: try container.decode(String.self, forKey: .ruleID),
            severity: try container.decode(Severity.self, forKey: .severity),
            message: try container.decode(String.self, forKey: .message),
            location: try container.decode(Location.self, forKey: .location),
            related: try container.decode([RelatedLocation].self, forKey: .related),
            waiver: try container.decodeIfPresent(Waiver.self, forKey: .waiver),
            fingerprint: try container.decode(String.self, forKey: .fingerprint),
            help: try container.decodeIfPresent(String.self, forKey: .help))
    }

    /// Encodes the keys a synthesized conformance would use (`waiver` and `help` only when set).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ruleID, forKey: .ruleID)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(location, forKey: .location)
        try container.encode(related, forKey: .related)
        try container.encodeIfPresent(waiver, forKey: .waiver)
        try container.encode(fingerprint, forKey: .fingerprint)
        try container.encodeIfPresent(help, forKey: .help)
    }

    /// Equal when every stored value is (at once when both share their fields).
    public static func == (a: Finding, b: Finding) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    /// Hashes every stored value.
    public func hash(into hasher: inout Hasher) {
        storage.fields.hash(into: &hasher)
    }
}

/// A place in a checked file.
public struct Location: Sendable, Hashable, Codable {
    /// The file's path as given on the command line (relative paths stay relative), or the
    /// name given for standard input.
    public var file: String
    public var span: SourceSpan
    /// 0-based index of the document within the file's YAML stream.
    public var document: Int
    /// RFC 9535 normalized path of the node within its document (e.g. `$['actions'][0]`), or
    /// `nil` when the location is not a node (a syntax error, a comment).
    public var path: String?
    /// The source lines around the location, for renderers that show them.
    public var excerpt: SourceExcerpt?

    public init(
        file: String,
        span: SourceSpan,
        document: Int = 0,
        path: String? = nil,
        excerpt: SourceExcerpt? = nil
    ) {
        self.file = file
        self.span = span
        self.document = document
        self.path = path
        self.excerpt = excerpt
    }
}

/// A location with a note saying why it is related.
public struct RelatedLocation: Sendable, Hashable, Codable {
    public var location: Location
    public var message: String

    public init(location: Location, message: String) {
        self.location = location
        self.message = message
    }
}

/// A few source lines around a location. Lines are stored without their line breaks.
///
/// A line too long to show whole (a minified or generated file can hold megabytes on one
/// line) is kept as a window around the location, `…` marking the text left out, and
/// `firstColumns` says where each line starts.
public struct SourceExcerpt: Sendable, Hashable, Codable {
    /// The 1-based number of `lines[0]`.
    public var firstLine: Int
    public var lines: [String]
    /// The column each of `lines` starts at (a leading `…` stands in the column before the
    /// first kept scalar); empty when every line starts at column 1.
    public var firstColumns: [Int]

    /// The most scalars a line of an excerpt holds before it is cut to a window.
    public static let maximumLineLength = 1_000

    public init(firstLine: Int, lines: [String], firstColumns: [Int] = []) {
        self.firstLine = firstLine
        self.lines = lines
        self.firstColumns = firstColumns
    }

    /// The column `lines[index]` starts at: 1 unless the line was cut to a window.
    public func firstColumn(ofLineAt index: Int) -> Int {
        firstColumns.indices.contains(index) ? firstColumns[index] : 1
    }

    private enum CodingKeys: String, CodingKey {
        case firstLine, lines, firstColumns
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        firstLine = try container.decode(Int.self, forKey: .firstLine)
        lines = try container.decode([String].self, forKey: .lines)
        firstColumns = try container.decodeIfPresent([Int].self, forKey: .firstColumns) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(firstLine, forKey: .firstLine)
        try container.encode(lines, forKey: .lines)
        // Written only for cut lines, so whole excerpts encode as they always have.
        if !firstColumns.isEmpty { try container.encode(firstColumns, forKey: .firstColumns) }
    }
}

/// A waiver comment that covers a finding.
public struct Waiver: Sendable, Hashable, Codable {
    public enum Scope: String, Sendable, Hashable, Codable {
        /// `# pactlint-disable-next-line RULE -- reason`
        case nextLine = "next-line"
        /// `# pactlint-disable RULE -- reason`
        case file
    }

    public var scope: Scope
    public var reason: String
    /// The last day the waiver holds, as `YYYY-MM-DD`.
    public var until: String?
    /// Where the comment is.
    public var location: Location

    public init(scope: Scope, reason: String, until: String? = nil, location: Location) {
        self.scope = scope
        self.reason = reason
        self.until = until
        self.location = location
    }
}
