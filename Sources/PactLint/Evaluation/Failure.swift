import JSONPath
import YAMLSource

/// Why a condition failed: the places to report and the values messages can use.
struct Failure {
    var places: [Place]
    var values: MessageValues

    init(places: [Place], values: MessageValues = [:]) {
        self.places = places
        self.values = values
    }
}

/// One place a failed condition points at.
struct Place {
    /// The node pointed at (an offending node, or the nearest existing ancestor).
    var node: YAMLNode
    /// Its path from the evaluation root.
    var path: NormalizedPath
    /// A narrower span than the node's (a term inside a scalar).
    var span: SourceSpan?
    /// The query text, when the place stands for what a query looked for (something missing,
    /// or the collection an aggregate condition looked at): it identifies the finding instead
    /// of the node's value.
    var missing: String?
    /// Values for this place only (`{value}` of an offending node).
    var values: MessageValues = [:]
    /// Other nodes that explain the finding.
    var related: [RelatedPlace] = []
    /// Extra text for the fingerprint (a term and its ordinal inside a scalar).
    var fingerprintExtra: String?
}

/// A related node of a place.
struct RelatedPlace {
    var node: YAMLNode
    var path: NormalizedPath
    var message: String
}
