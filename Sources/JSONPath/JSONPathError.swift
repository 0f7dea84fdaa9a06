/// Why a query, a filter expression or an I-Regexp pattern is not valid.
public struct JSONPathError: Error, Sendable, Hashable {
    /// What is wrong and, where it helps, what was expected.
    public let message: String
    /// Where the problem is: a 0-based offset into `text`, counted in Unicode scalars
    /// (the unit of the project's columns). It may equal the length of `text` (the end).
    public let offset: Int
    /// The text that failed to parse.
    public let text: String

    /// Creates an error at `offset` in `text`.
    public init(message: String, offset: Int, text: String) {
        self.message = message
        self.offset = offset
        self.text = text
    }

    /// The text, a caret line under the offending place, and the message:
    ///
    /// ```
    /// $.a[?@.b ==]
    ///            ^
    /// expected a literal, a singular query or a function after '=='
    /// ```
    ///
    /// Line breaks and tabs in the text are shown as spaces so the caret stays aligned.
    public func rendered() -> String {
        var shown = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": shown += " "
            default: shown.unicodeScalars.append(scalar)
            }
        }
        let caret = String(repeating: " ", count: max(0, offset)) + "^"
        return shown + "\n" + caret + "\n" + message
    }
}
