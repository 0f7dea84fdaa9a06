/// The kind of a JSON value, with the value itself for scalars.
///
/// Numbers are either `int` or `double`; the two compare by value (`1 == 1.0`), as RFC 9535
/// asks.
public enum JSONPathNodeKind: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    /// An array; its elements are read with `jsonPathElement(at:)`.
    case array
    /// An object; its members are read with `jsonPathMember(at:)` and `jsonPathMember(named:)`.
    case object
}
