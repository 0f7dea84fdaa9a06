import YAMLSource

/// What portfolio rules keep of one document: its place and the top-level fields they read.
///
/// Only those fields are kept, so memory grows with what the portfolio rules read, not with
/// the portfolio (see `docs/rule-language.md`, section 8).
public struct PortfolioProjection: Sendable {
    /// The file's path as given.
    public var file: String
    /// 0-based index of the document in the file's stream.
    public var document: Int
    /// The document's root, reduced to the fields portfolio rules read.
    public var root: YAMLNode

    /// Creates a projection of the document at `document` in `file`.
    public init(file: String, document: Int, root: YAMLNode) {
        self.file = file
        self.document = document
        self.root = root
    }
}

/// Which top-level fields of a document the portfolio rules read.
struct ProjectionPlan: Sendable {
    /// `nil`: keep whole documents.
    var fields: Set<String>?

    /// Reads the field names out of the portfolio rules' query texts.
    init(rules: [Rule]) {
        if rules.isEmpty {
            fields = []
            return
        }
        var names: Set<String> = ["id", "title"]
        for text in rules.flatMap(\.queryTexts) {
            // A wildcard or descendant right below the document list reads everything.
            if text.contains("..") || text.contains("].*") || text.contains("][*]") {
                fields = nil
                return
            }
            Self.collectNames(text, into: &names)
        }
        fields = names
    }

    /// Every `.name` and quoted string in a query: a superset of the members it reads.
    static func collectNames(_ text: String, into names: inout Set<String>) {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "." {
                var name = String.UnicodeScalarView()
                var j = i + 1
                while j < scalars.count,
                    scalars[j].properties.isAlphabetic || scalars[j] == "_" || ("0"..."9").contains(scalars[j])
                {
                    name.append(scalars[j])
                    j += 1
                }
                if !name.isEmpty { names.insert(String(name)) }
                i = j
            } else if s == "'" || s == "\"" {
                var name = String.UnicodeScalarView()
                var j = i + 1
                while j < scalars.count, scalars[j] != s {
                    if scalars[j] == "\\" { j += 1 }
                    if j < scalars.count { name.append(scalars[j]) }
                    j += 1
                }
                names.insert(String(name))
                i = j + 1
            } else {
                i += 1
            }
        }
    }

    func project(_ root: YAMLNode) -> YAMLNode {
        guard let fields, case .mapping(let pairs) = root.content else { return root }
        let kept = pairs.filter { pair in pair.key.scalarText.map(fields.contains) ?? false }
        return YAMLNode(content: .mapping(kept), span: root.span, tag: root.tag)
    }
}
