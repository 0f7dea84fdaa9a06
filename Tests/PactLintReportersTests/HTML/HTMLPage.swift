import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The rendered page parsed as XML (the reporter writes well-formed, XHTML-compatible HTML), so
/// that tests can ask structural questions instead of searching text.
struct HTMLPage {
    /// An element with its attributes and text content.
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        var children: [Element]

        /// Every element below this one, depth first.
        var descendants: [Element] {
            children.flatMap { [$0] + $0.descendants }
        }

        func all(_ name: String) -> [Element] {
            descendants.filter { $0.name == name }
        }

        func hasClass(_ value: String) -> Bool {
            (attributes["class"] ?? "").split(separator: " ").contains { $0 == value }
        }
    }

    let root: Element

    /// Parses `html`; throws the XML parser's error when the page is not well-formed.
    init(_ html: String) throws {
        let document = try XMLDocument(xmlString: html, options: [.nodePreserveAll])
        guard let rootElement = document.rootElement() else {
            throw PageError.noRoot
        }
        root = Self.convert(rootElement)
    }

    enum PageError: Error { case noRoot }

    var elements: [Element] { [root] + root.descendants }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func element(id: String) -> Element? { elements.first { $0.attributes["id"] == id } }

    private static func convert(_ node: XMLElement) -> Element {
        var attributes: [String: String] = [:]
        for attribute in node.attributes ?? [] {
            if let name = attribute.name { attributes[name] = attribute.stringValue ?? "" }
        }
        let children = (node.children ?? []).compactMap { $0 as? XMLElement }.map(convert)
        return Element(
            name: node.localName ?? node.name ?? "", attributes: attributes, text: node.stringValue ?? "",
            children: children)
    }
}
