import YAMLSource

/// Reads the partnership/v1 fields reports show at a glance.
enum DocumentSummarizer {
    static func summary(of document: YAMLDocument) -> DocumentSummary {
        let root = document.root
        let partner = root.member("partner")
        var byArea: [(area: String, amount: Double)] = []
        if case .sequence(let lines)? = root.member("budget")?.member("lines")?.content {
            for line in lines {
                if let partOf = line.member("part_of"), partOf.valueKey != .null { continue }
                guard let amount = line.member("amount")?.numberValue else { continue }
                let area = line.member("area")?.stringContent ?? "unspecified"
                if let index = byArea.firstIndex(where: { $0.area == area }) {
                    byArea[index].amount += amount
                } else {
                    byArea.append((area, amount))
                }
            }
        }
        return DocumentSummary(
            index: document.index,
            id: root.member("id")?.stringContent,
            title: root.member("title")?.stringContent,
            country: partner?.member("country")?.stringContent,
            roles: strings(partner?.member("roles")),
            routes: strings(root.member("routes")),
            currency: root.member("budget")?.member("currency")?.stringContent,
            budgetByArea: byArea.map { AreaAmount(area: $0.area, amount: $0.amount) })
    }

    private static func strings(_ node: YAMLNode?) -> [String] {
        guard case .sequence(let items)? = node?.content else { return [] }
        return items.compactMap(\.stringContent)
    }
}
