/// The kind of a JSON value, with the value itself for scalars.
///
/// Numbers are either `int` or `double`; the two compare by value (`1 == 1.0`), as RFC 9535
/// asks.
public enum JSONPathNodeKind: Sendable, Hashable {
    /// JSON `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number without fraction or exponent that fits in `Int`.
    case int(Int)
    /// Any other number (a NaN, e.g. YAML `.nan`, equals nothing, not even itself).
    case double(Double)
    /// A string, compared by Unicode scalars without normalization.
    case string(String)
    /// An array; its elements are read with `jsonPathElement(at:)`.
    case array
    /// An object; its members are read with `jsonPathMember(at:)` and `jsonPathMember(named:)`.
    case object
}
