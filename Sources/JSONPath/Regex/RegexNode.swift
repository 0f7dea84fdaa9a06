/// The syntax tree of an I-Regexp pattern.
indirect enum RegexNode: Sendable {
    /// Matches one scalar of the set.
    case scalar(ScalarSet)
    case sequence([RegexNode])
    case alternation([RegexNode])
    /// `minimum` to `maximum` (nil: unbounded) repetitions.
    case repetition(RegexNode, minimum: Int, maximum: Int?)
    /// `^`: the start of the string.
    case start
    /// `$`: the end of the string.
    case end
}
