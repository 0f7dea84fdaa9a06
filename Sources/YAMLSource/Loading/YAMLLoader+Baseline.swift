extension YAMLLoader {
    /// Runs libyaml's event parser alone over `file`, building nothing: the baseline that
    /// performance measurements of `load(_:)` are reported against. Returns the number of
    /// events, or `nil` if libyaml rejects the file.
    package static func libyamlEventCount(_ file: SourceFile) -> Int? {
        LibYAMLEventParser.countEvents(in: file.bytes)
    }
}
