/// The values a failed condition gives its message (`{count}`, `{value}`, …), by name.
///
/// A failure has a handful of them and a message reads two or three: kept as a list searched
/// in order, they cost one allocation and no hashing, where a dictionary made for each
/// offending place hashes every name it holds.
struct MessageValues: ExpressibleByDictionaryLiteral {
    /// Name and value pairs; each name at most once.
    private var entries: [(String, String)]

    /// The values written, whose names differ (as a dictionary literal's must): the list of
    /// the literal is kept as it is.
    init(dictionaryLiteral elements: (String, String)...) {
        entries = elements
    }

    /// The value called `name`; setting `nil` removes it.
    subscript(name: String) -> String? {
        get {
            for entry in entries where entry.0 == name { return entry.1 }
            return nil
        }
        set {
            if let index = entries.firstIndex(where: { $0.0 == name }) {
                if let newValue { entries[index].1 = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((name, newValue))
            }
        }
    }

    /// Appends the value called `name` to `bytes`; false (nothing appended) without one. The
    /// value is read where it is kept, not copied out as `self[name]` returns it.
    func appendValue(named name: String, to bytes: GrowingBytes) -> Bool {
        for index in entries.indices where entries[index].0 == name {
            bytes.append(entries[index].1)
            return true
        }
        return false
    }
}
