/// The SGR escape sequences the text format uses when colour is on.
enum ANSIStyle: String, Sendable {
    case bold = "1"
    case dim = "2"
    case red = "1;31"
    case yellow = "1;33"
    case cyan = "1;36"
    case green = "1;32"

    /// `text` wrapped in this style and a reset, or `text` unchanged when `enabled` is false.
    func apply(_ text: String, enabled: Bool) -> String {
        enabled ? "\u{1B}[\(rawValue)m" + text + "\u{1B}[0m" : text
    }
}
