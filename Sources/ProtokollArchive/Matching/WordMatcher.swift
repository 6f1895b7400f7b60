/// The `--text` filter: every query word must begin some word of the text, ignoring case and
/// diacritics, so "familjehem" finds "familjehemsrekrytering" (Swedish compounds are one word).
public struct WordMatcher: Sendable, Equatable {
    public let query: String
    public let prefixes: [String]

    /// Nil when the query has no letters or digits.
    public init?(_ query: String) {
        self.query = query
        var seen = Set<String>()
        prefixes = TextFolding.words(query).filter { seen.insert($0).inserted }
        if prefixes.isEmpty { return nil }
    }

    /// Checks words that are already folded (the index stores them so).
    public func matches(foldedWords: some Sequence<String>) -> Bool {
        var missing = Set(prefixes)
        for word in foldedWords {
            missing = missing.filter { !word.hasPrefix($0) }
            if missing.isEmpty { return true }
        }
        return missing.isEmpty
    }

    public func matches(text: String) -> Bool {
        matches(foldedWords: TextFolding.words(text))
    }
}
