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
    /// The level of a Markdown heading ("## Övrigt" is 2) whose marks were removed; 0 for other lines.
    public var headingLevel: UInt8

    public init(number: Int, text: String, startsPage: Bool = false, wasSignatureStrip: Bool = false, headingLevel: UInt8 = 0) {
        self.number = number
        self.text = text
        self.startsPage = startsPage
        self.wasSignatureStrip = wasSignatureStrip
        self.headingLevel = headingLevel
    }

    public var isBlank: Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
}
