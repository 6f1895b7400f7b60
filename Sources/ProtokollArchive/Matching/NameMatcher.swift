/// Person names as keys. A name is reduced to its folded tokens, without party tags ("(C)") and role
/// suffixes (", ordförande"), keeping hyphenated first names whole: "Hans-Göran Johansson" has the
/// tokens ["hans-goran", "johansson"], so it never matches a query for "Marie Johansson".
public struct NameMatcher: Sendable, Equatable {
    public let query: String
    let tokens: [String]
    private let tokenBytes: [[UInt8]]

    /// Nil when the query has no letters to match on.
    public init?(_ query: String) {
        self.query = query
        tokens = NameMatcher.tokens(of: query)
        tokenBytes = tokens.map { Array($0.utf8) }
        if tokens.isEmpty { return nil }
    }

    static let joiners: Set<Unicode.Scalar> = ["-", "'", "’"]

    /// The stored key of a name: its tokens joined by single spaces.
    public static func key(_ name: String) -> String {
        tokens(of: name).joined(separator: " ")
    }

    static func tokens(of name: String) -> [String] {
        var text = Substring(name)
        // A role suffix is everything after the first comma: "Berry Lilja, ordförande".
        if let comma = text.firstIndex(of: ",") { text = text[..<comma] }
        // Party tags and remarks stand in parentheses: "Berry Lilja (C)", "(tjänstgörande ersättare)".
        var cleaned = ""
        var depth = 0
        for character in text {
            if character == "(" || character == "[" { depth += 1; continue }
            if character == ")" || character == "]" { depth = max(0, depth - 1); continue }
            if depth == 0 { cleaned.append(character) }
        }
        return TextFolding.tokens(cleaned, keeping: joiners)
    }

    /// True when every query token is a whole token of the name, so "Lilja" finds "Berry Lilja (C)"
    /// but "Johansson" with "Marie" does not find "Hans-Göran Johansson".
    public func matches(key nameKey: String) -> Bool {
        let nameTokens = nameKey.split(separator: " ")
        return tokens.allSatisfy { token in nameTokens.contains { $0 == token } }
    }

    /// `matches(key:)` over the UTF-8 bytes of a stored key, without making a String: the index
    /// checks every attendee of every meeting this way.
    public func matches(keyBytes key: UnsafeRawBufferPointer) -> Bool {
        for token in tokenBytes {
            var found = false
            var start = 0
            while start <= key.count {
                var end = start
                while end < key.count && key[end] != 0x20 { end += 1 }
                if end - start == token.count {
                    var equal = true
                    for offset in 0..<token.count where key[start + offset] != token[offset] {
                        equal = false
                        break
                    }
                    if equal { found = true; break }
                }
                start = end + 1
            }
            if !found { return false }
        }
        return true
    }

    public func matches(name: String) -> Bool {
        matches(key: NameMatcher.key(name))
    }

    /// True when `foldedWords` (a text's words, folded) contain the full name as consecutive words:
    /// "ge Pernilla Friberg i uppdrag" names Pernilla Friberg. Hyphenated name tokens are split the
    /// way `TextFolding.words` splits them.
    public func isNamed(inWords foldedWords: [String]) -> Bool {
        let nameWords = words
        guard !nameWords.isEmpty, foldedWords.count >= nameWords.count else { return false }
        for start in 0...(foldedWords.count - nameWords.count) {
            var all = true
            for offset in 0..<nameWords.count where foldedWords[start + offset] != nameWords[offset] {
                all = false
                break
            }
            if all { return true }
        }
        return false
    }

    /// The words a text must contain to possibly name this person: used to pick candidate
    /// paragraphs from the word index before checking the decision text.
    var words: [String] {
        tokens.flatMap { TextFolding.words($0) }
    }
}
