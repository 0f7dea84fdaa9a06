/// Telling at once that no string of a document holds some bytes: what spares a search for
/// words in a document's values (a `terms` condition) its walk over the document.
extension YAMLNode {
    /// Whether `screen` may accept a string of the node's tree (the whole document it belongs
    /// to): `false` when it accepts no scalar's text or string value there, keys and values
    /// alike, so that a walk over strings of the tree with it (`YAMLNodeCursor`'s
    /// `forEachStringValue(where:_:)`) would find none. `screen` must accept every buffer that
    /// holds bytes it accepts — a test for some bytes anywhere in a buffer — as the tree's
    /// short texts are screened together, in the buffer that holds them side by side.
    public func treeMayHoldString(acceptedBy screen: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        tree.mayHoldText(acceptedBy: screen)
    }

    /// Whether the two nodes belong to the same tree (the same loaded document, or the same
    /// hand-built node): what `treeMayHoldString(acceptedBy:)` answers for both at once.
    public func sharesTree(with other: YAMLNode) -> Bool {
        tree === other.tree
    }
}
