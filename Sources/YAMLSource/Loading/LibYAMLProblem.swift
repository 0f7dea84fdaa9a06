/// A parse failure as libyaml reports it, before it becomes a located `YAMLError`.
struct LibYAMLProblem: Error {
    enum Kind {
        /// The input could not be decoded (e.g. a control character); located by byte offset.
        case reader
        /// A token could not be scanned, or the tokens do not form YAML.
        case scanner, parser
        case memory
    }

    var kind: Kind
    /// libyaml's description, e.g. `did not find expected key`.
    var problem: String
    /// For scanner and parser errors: the character index of the problem.
    var problemIndex: Int
    /// For reader errors: the byte offset of the problem.
    var problemOffset: Int
    /// For reader errors: the offending value (e.g. the control character).
    var problemValue: Int
    /// What libyaml was doing, e.g. `while parsing a block mapping`.
    var context: String?
    /// The character index where that started.
    var contextIndex: Int
}
