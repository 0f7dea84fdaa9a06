/// Builds HTML text so that escaping happens by construction: element content and attribute
/// values passed here are always escaped; only the reporter's own constants go in raw.
///
/// Tag and attribute names are always literals in the reporter's code, never data.
struct HTMLWriter {
    /// An attribute; a `nil` value leaves the attribute out.
    typealias Attribute = (name: String, value: String?)

    private(set) var output = ""

    /// Appends markup written by the reporter itself (never data from documents or rules).
    mutating func raw(_ markup: String) {
        output += markup
    }

    /// Appends escaped text.
    mutating func text(_ text: String) {
        output += HTMLEscaping.text(text)
    }

    /// Appends a line break, to keep the page readable as source and as a golden file.
    mutating func newline() {
        output += "\n"
    }

    /// Opens an element.
    mutating func open(_ tag: String, _ attributes: [Attribute] = []) {
        output += "<" + tag
        appendAttributes(attributes)
        output += ">"
    }

    /// Closes an element.
    mutating func close(_ tag: String) {
        output += "</" + tag + ">"
    }

    /// Appends an element with no content, self-closed so that the page stays well-formed XML
    /// (`<meta …/>`, `<rect …/>`).
    mutating func empty(_ tag: String, _ attributes: [Attribute] = []) {
        output += "<" + tag
        appendAttributes(attributes)
        output += "/>"
    }

    /// Appends an element holding escaped text.
    mutating func element(_ tag: String, _ attributes: [Attribute] = [], text content: String) {
        open(tag, attributes)
        text(content)
        close(tag)
    }

    /// Appends an element whose content `body` writes.
    mutating func element(_ tag: String, _ attributes: [Attribute] = [], body: (inout HTMLWriter) -> Void) {
        open(tag, attributes)
        body(&self)
        close(tag)
    }

    private mutating func appendAttributes(_ attributes: [Attribute]) {
        for attribute in attributes {
            guard let value = attribute.value else { continue }
            output += " " + attribute.name + "=\"" + HTMLEscaping.attribute(value) + "\""
        }
    }
}
