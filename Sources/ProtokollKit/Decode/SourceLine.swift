/// One line of decoded text and where it stood in the file, so that every later stage can report
/// `file:line` against the original.
public struct SourceLine: Sendable, Equatable {
    /// 1-based line number in the decoded source.
    public var number: Int
    public var text: String
    /// A new page starts at this line (a form feed stood before it).
    public var startsPage: Bool
    /// The cleaner emptied this line: it was a signature strip ("Justerandes signatur"). Kept as a
    /// blank mark because, before names at the end of a document, it opens the signature block.
    public var wasSignatureStrip: Bool

    public init(number: Int, text: String, startsPage: Bool = false, wasSignatureStrip: Bool = false) {
        self.number = number
        self.text = text
        self.startsPage = startsPage
        self.wasSignatureStrip = wasSignatureStrip
    }

    public var isBlank: Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
}
