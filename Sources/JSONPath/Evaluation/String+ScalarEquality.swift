extension String {
    /// True if both strings are the same sequence of Unicode scalars (RFC 9535 compares
    /// strings and member names without normalization, unlike `String`'s `==`).
    ///
    /// `==` rejects most different strings quickly; byte equality then rules out strings that
    /// are only canonically equivalent.
    func hasSameScalars(as other: String) -> Bool {
        utf8.count == other.utf8.count && self == other && utf8.elementsEqual(other.utf8)
    }
}
