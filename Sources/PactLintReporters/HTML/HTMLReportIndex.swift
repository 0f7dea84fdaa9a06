import PactLint

/// The report rearranged the way the page reads it: documents with their findings, each finding
/// with its rule and principle, and anchor ids the reporter makes up itself (never taken from
/// document text, so that links and ids need no trust in the input).
struct HTMLReportIndex {
    /// A principle as a column of the matrix and a group of findings.
    struct PrincipleEntry {
        /// Position in display order; anchors and filter values use it instead of the id.
        var index: Int
        var id: String
        var title: String
        var description: String
        /// How many rules of this principle ran; 0 means the principle was not checked.
        var ruleCount: Int
        /// The value used by the filter and in `data-principle`.
        var key: String { "p\(index + 1)" }
    }

    /// A finding with what the page shows next to it.
    struct FindingEntry {
        /// 1-based position in `Report.findings`; the anchor is `finding-<number>`.
        var number: Int
        var finding: Finding
        var rule: RuleMetadata?
        var principleIndex: Int
        var anchor: String { "finding-\(number)" }
    }

    /// A partnership document, or the findings of a file that are outside any summarised
    /// document (e.g. a YAML syntax error).
    struct DocumentEntry {
        /// 1-based position on the page; the anchor is `doc-<number>`.
        var number: Int
        var file: String
        var summary: DocumentSummary?
        var findings: [FindingEntry]
        var anchor: String { "doc-\(number)" }

        /// The heading of the document's section.
        var displayTitle: String {
            if let summary {
                if let title = summary.title, !title.isEmpty { return title }
                if let id = summary.id, !id.isEmpty { return id }
                return "Document \(summary.index + 1) of \(file)"
            }
            return "Other findings in \(file)"
        }

        /// The anchor of this document's group of findings under `principle`.
        func anchor(for principle: PrincipleEntry) -> String {
            "\(anchor)-\(principle.key)"
        }

        /// The counts of this document's findings under `principleIndex`.
        func counts(principleIndex: Int) -> SeverityCounts {
            SeverityCounts(findings.filter { $0.principleIndex == principleIndex }.map(\.finding))
        }
    }

    var principles: [PrincipleEntry]
    var documents: [DocumentEntry]
    var totals: SeverityCounts

    /// Whether the run covered more than one partnership document.
    var isPortfolio: Bool {
        documents.filter { $0.summary != nil }.count > 1
    }

    init(_ report: Report) {
        var principles: [PrincipleEntry] = []
        var principleIndexByID: [String: Int] = [:]
        func principleIndex(id: String, title: String, description: String) -> Int {
            if let index = principleIndexByID[id] { return index }
            let index = principles.count
            principles.append(
                PrincipleEntry(index: index, id: id, title: title, description: description, ruleCount: 0))
            principleIndexByID[id] = index
            return index
        }
        for principle in report.principles {
            _ = principleIndex(id: principle.id, title: principle.title, description: principle.description)
        }
        var rulesByID: [String: RuleMetadata] = [:]
        for rule in report.rules {
            rulesByID[rule.id] = rulesByID[rule.id] ?? rule
            let index = principleIndex(id: rule.principle, title: rule.principle, description: "")
            principles[index].ruleCount += 1
        }

        // Findings whose rule is unknown (e.g. a tool rule without metadata) get their own group.
        var findings: [FindingEntry] = []
        for (offset, finding) in report.findings.enumerated() {
            let rule = rulesByID[finding.ruleID]
            let index =
                if let rule {
                    principleIndex(id: rule.principle, title: rule.principle, description: "")
                } else {
                    principleIndex(
                        id: "", title: "Other",
                        description: "Findings of rules the report has no metadata for, such as pactlint's own checks.")
                }
            findings.append(FindingEntry(number: offset + 1, finding: finding, rule: rule, principleIndex: index))
        }

        struct DocumentKey: Hashable {
            var file: String
            var document: Int
        }
        var documents: [DocumentEntry] = []
        var documentByKey: [DocumentKey: Int] = [:]
        var leftoverByFile: [String: Int] = [:]
        for file in report.files {
            for summary in file.documents {
                let key = DocumentKey(file: file.path, document: summary.index)
                guard documentByKey[key] == nil else { continue }
                documentByKey[key] = documents.count
                documents.append(DocumentEntry(number: 0, file: file.path, summary: summary, findings: []))
            }
        }
        var leftovers: [DocumentEntry] = []
        for entry in findings {
            let location = entry.finding.location
            if let index = documentByKey[DocumentKey(file: location.file, document: location.document)] {
                documents[index].findings.append(entry)
            } else if let index = leftoverByFile[location.file] {
                leftovers[index].findings.append(entry)
            } else {
                leftoverByFile[location.file] = leftovers.count
                leftovers.append(DocumentEntry(number: 0, file: location.file, summary: nil, findings: [entry]))
            }
        }
        documents += leftovers
        for index in documents.indices { documents[index].number = index + 1 }

        self.principles = principles
        self.documents = documents
        self.totals = SeverityCounts(report.findings)
    }
}
