/// The documents' projections gathered for the portfolio rules, and the part of their work that
/// can be done as each document arrives.
///
/// The check run adds each file's projections as it delivers the file, in path order, on the
/// thread that waits for the workers anyway; `Engine.checkPortfolio(_:jobs:)` then runs the
/// rules. What is done on arrival: the near-duplicate search of each `distinct` condition whose
/// texts are one member chain of every document (`$[*].context.summary`, see
/// `ProjectionPlan.searches`), over the texts measured by the workers. The condition uses that
/// search only when the texts it selects are exactly those it searched, in the same order;
/// otherwise it searches again, so the findings never depend on what was done in advance.
public struct PortfolioCollection: Sendable {
    /// Every document's projection, in the order added.
    public private(set) var projections: [PortfolioProjection] = []
    private(set) var searches: [PortfolioSearch]

    init(plans: [PortfolioSearch.Plan]) {
        searches = plans.map(PortfolioSearch.init)
    }

    /// Adds the projections of the next file's documents. The shingles of a text that a search
    /// took are not kept: the search has them, and a portfolio would otherwise hold them twice.
    public mutating func add(_ projections: [PortfolioProjection]) {
        for var projection in projections {
            let document = self.projections.count
            for index in searches.indices { searches[index].add(projection, document: document) }
            for index in projection.texts.indices
            where searches.contains(where: { $0.plan.chain == projection.texts[index].chain }) {
                projection.texts[index].measure.shingles = []
                projection.texts[index].isSearched = true
            }
            self.projections.append(projection)
        }
    }

    /// Drops what the searches needed only to compare later texts (the index), keeping their
    /// results: call it once every projection is added, so that the index's memory is free
    /// while the rules run.
    public mutating func finishAdding() {
        for index in searches.indices { searches[index].finish() }
    }

    /// Whether the projections were added in portfolio order (by file, then document), which
    /// the searches number documents by.
    var isInPortfolioOrder: Bool {
        zip(projections, projections.dropFirst()).allSatisfy { ($0.file, $0.document) <= ($1.file, $1.document) }
    }
}

/// The near-duplicate search of one `distinct` condition, run as documents arrive.
struct PortfolioSearch: Sendable {
    /// Which texts a search compares.
    struct Plan: Sendable, Equatable {
        /// The condition's only `of` query, as written.
        var query: String
        /// The index of its member chain in `ProjectionPlan.textChains` (which
        /// `PreparedText.chain` refers to).
        var chain: Int
        /// `min-words`, known before any document (a number or a parameter).
        var minWords: Int
    }

    /// One compared text: where it is and its most similar earlier text.
    struct Entry: Sendable {
        /// The document's index in the portfolio.
        var document: Int
        /// The text node's span, as byte offsets.
        var start: Int
        var end: Int
        var match: NearDuplicateIndex.Match?
    }

    let plan: Plan
    private(set) var entries: [Entry] = []
    private var index = NearDuplicateIndex()
    private var finished = false

    init(plan: Plan) {
        self.plan = plan
    }

    /// Frees the index.
    mutating func finish() {
        index = NearDuplicateIndex()
        finished = true
    }

    /// Compares the document's text, if it has one with enough words, with the earlier ones.
    mutating func add(_ projection: PortfolioProjection, document: Int) {
        // Without its index the search cannot go on: dropping its results leaves the condition
        // to search itself.
        guard !finished else {
            entries = []
            return
        }
        guard let text = projection.texts.first(where: { $0.chain == plan.chain }),
            text.measure.wordCount > 0, text.measure.wordCount >= plan.minWords
        else { return }
        // A projection that went through another collection no longer has the shingles of
        // its text: the condition searches itself, measuring that text again.
        guard !text.isSearched else {
            finish()
            entries = []
            return
        }
        entries.append(
            Entry(document: document, start: text.start, end: text.end, match: index.add(text.measure.shingles)))
    }
}
