/// One selector of a segment.
@usableFromInline
enum Selector: Sendable {
    case name(JSONPathString)
    case wildcard
    case index(Int)
    case slice(start: Int?, end: Int?, step: Int?)
    /// A filter, as the evaluator walks it; its expression is the node's `source`.
    case filter(FilterNode)
}
