/// Minutes published as a web page and saved as text by a text browser (`lynx -dump`, `links`,
/// `w3m`): each link is numbered in brackets where it stands ("[21]Patientnämnden"), and the
/// addresses are listed under "References" at the end. The numbers and the list are the browser's;
/// so are the site's navigation lines ("[3]Hoppa till huvudinnehållet", "[43]Till toppen av sidan").
enum WebPageText {
    /// The lines without link numbers, navigation lines and the list of addresses, when the text is
    /// such a dump: a "References" line followed by numbered addresses, or five link numbers or more.
    static func cleaned(_ lines: [SourceLine]) -> [SourceLine] {
        // Most texts have no "[" followed by a digit at all: left at once.
        guard lines.contains(where: { hasLinkNumber($0.text) }) else { return lines }
        // ("Länkar" over an address in a § is text: only lynx's own list, every line after it a
        // numbered address, is cut.)
        let referencesStart = lines.lastIndex { $0.text.trimmed == "References" }
        let listsAddresses = referencesStart.map { start in
            let after = lines[(start + 1)...].filter { !$0.isBlank }
            return !after.isEmpty && after.allSatisfy { isNumberedAddress($0.text) || ["Visible links", "Hidden links:"].contains($0.text.trimmed) }
        } ?? false
        guard listsAddresses || lines.filter({ hasLinkNumber($0.text) }).count >= 5 else { return lines }
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        // "Du är här: Start / Politik / Möten och protokoll /" / "Patientnämnden / Protokoll 8 mars
        // 2023": the path goes on while a line ends in "/".
        var inPath = false
        for (index, line) in lines.enumerated() {
            if listsAddresses, let start = referencesStart, index >= start { break }
            var copy = line
            copy.text = hasLinkNumber(line.text) ? withoutLinkNumbers(line.text) : line.text
            let continuesPath = inPath
            inPath = false
            if continuesPath || isNavigation(copy.text) {
                inPath = copy.text.trimmed.hasSuffix("/")
                copy.text = ""
            }
            out.append(copy)
        }
        return out
    }

    /// "  12. https://regionsormland.se/…": one line of lynx's list of addresses.
    private static func isNumberedAddress(_ text: String) -> Bool {
        let trimmed = text.trimmed
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, trimmed.dropFirst(digits.count).hasPrefix(". ") else { return false }
        let address = trimmed.dropFirst(digits.count + 2)
        return address.hasPrefix("http") || address.hasPrefix("mailto:") || address.hasPrefix("file:")
    }

    /// "[12]" somewhere on the line: a digit right after a "[".
    private static func hasLinkNumber(_ text: String) -> Bool {
        guard text.containsByte(0x5B) else { return false }
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0x5B, byte >= 0x30, byte <= 0x39 { return true }
            previous = byte
        }
        return false
    }

    /// "[21]Patientnämnden / Protokoll" → "Patientnämnden / Protokoll": a bracketed number of one to
    /// four digits goes; "[sic]" and "(bilaga 1)" stay.
    static func withoutLinkNumbers(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            let after = rest[rest.index(after: open)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            let close = after.dropFirst(digits.count).first
            if (1...4).contains(digits.count), close == "]" {
                out += rest[..<open]
                rest = after.dropFirst(digits.count + 1)
            } else {
                out += rest[...open]
                rest = after
            }
        }
        return out + rest
    }

    /// A site's own links: back to the top, skip to the content, where on the site the page is.
    private static func isNavigation(_ text: String) -> Bool {
        let folded = text.trimmed.trimmingEnds("#*").trimmed.folded
        return ["till toppen av sidan", "till toppen", "tillbaka till toppen", "hoppa till huvudinnehallet", "hoppa till innehallet"].contains(folded)
            || folded.hasPrefix("du ar har:")
    }
}
