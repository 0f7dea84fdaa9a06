/// Whether a node is a scalar, an array or an object, without a scalar's value.
///
/// The evaluator asks this of every node a query walks through; `JSONPathNodeKind` would also
/// copy a scalar's value (a string's storage), only to look at its case.
public enum JSONPathNodeShape: Sendable, Hashable {
    /// A null, boolean, number or string.
    case scalar
    /// An array: read with `jsonPathElement(at:)`.
    case array
    /// An object: read with `jsonPathMember(at:)`, `jsonPathMemberValue(at:)` or by name.
    case object
}
