/// English counts for summaries: `1 file`, `2 files`.
enum Counting {
    /// `number` and `noun`, with an `s` unless `number` is 1.
    static func phrase(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
