import JSONPath
import YAMLSource

// The JSONPathNode requirements that queries ask of every node they walk, answered from the
// node's kind: no scalar value and no member name is made to answer them.
extension YAMLNode {
    /// Scalar, array (sequence) or object (mapping).
    public var jsonPathShape: JSONPathNodeShape {
        switch kind {
        case .scalar: .scalar
        case .sequence: .array
        case .mapping: .object
        }
    }

    /// The value of the pair at `index` of a mapping, without reading its key.
    public func jsonPathMemberValue(at index: Int) -> YAMLNode {
        value(at: index)
    }
}
