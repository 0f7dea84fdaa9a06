/// Which parts of a node `YAMLNode.detachedCopy(keeping:)` copies: the whole node, or, of a
/// mapping, only the pairs whose keys are scalars written as given names, each pruned in turn.
///
/// Made once for many copies (a portfolio's projection of every document): each name's text
/// print is made here, so that a copy tells most keys apart by the print its tree keeps beside
/// each key (`YAMLTree.entryPrints`), without reading their texts.
public struct YAMLPruning: Sendable, Equatable {
    /// One kept member name, its print folded as `entryPrints` keeps it, and what is kept below.
    struct Member: Sendable, Equatable {
        var name: String
        var print: UInt32
        /// Whether a key written in other bytes may be the name under Unicode canonical
        /// equivalence (`==`, by which names are matched): a name with a non-ASCII scalar, or
        /// with `K`, `;` or `` ` `` (which U+212A, U+037E and U+1FEF decompose to). Such a name
        /// is compared with every key, as a dictionary of names would.
        var hasOtherSpellings: Bool
        var below: YAMLPruning
    }

    /// The kept members; `nil` keeps the whole node.
    let members: [Member]?

    /// Keeps the node and everything below it.
    public static let whole = YAMLPruning(members: nil)

    /// Of a mapping, keeps only the pairs whose key is a scalar whose text is one of the names
    /// (`==`: canonically equivalent), each value pruned as its name says; any other node is
    /// kept whole.
    public static func members(_ members: [String: YAMLPruning]) -> YAMLPruning {
        YAMLPruning(
            members: members.keys.sorted().map { name in
                Member(
                    name: name, print: YAMLTree.fold(YAMLTree.textPrint(of: name)),
                    hasOtherSpellings: name.utf8.contains { $0 >= 0x80 || $0 == 0x4B || $0 == 0x3B || $0 == 0x60 },
                    below: members[name] ?? .whole)
            })
    }

    /// What is kept below the pair whose key's print (folded) is `print` and whose text
    /// `keyText` reads; `nil` when the pair is not kept.
    @inline(__always)
    func below(keyPrint print: UInt32, keyText: () -> String?) -> YAMLPruning? {
        guard let members else { return nil }
        for member in members where member.print == print || member.hasOtherSpellings {
            guard let text = keyText() else { return nil }
            // Other spellings aside, equal texts are the same bytes.
            if member.hasOtherSpellings ? text == member.name : text.hasSameUTF8(as: member.name) {
                return member.below
            }
        }
        return nil
    }
}
