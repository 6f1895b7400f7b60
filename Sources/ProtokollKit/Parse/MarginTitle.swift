/// Typed minutes of the 1950s–70s set a §'s title in the left margin, beside its text:
///
///     § 33.             Från länsstyrelsen i Gävleborgs län hade inkommit en
///     Länsstyrel-       skrivelse, dagtecknad den 2 mars 1962, angående sam-
///     sens skri-        manställning av uppgifter om kommunens vattenförsörjning
///     velse.            och avlopp.
///
/// The margin's pieces, joined where a word was broken, are the title ("Länsstyrelsens skrivelse");
/// the column beside them is the text.
enum MarginTitle {
    /// The title and the text lines of a § in that layout, or nil when its lines are not laid out so.
    /// Only the first lines are read: the margin holds the title at the top of the §.
    /// `headingColumn`: where the text on the heading line starts, when it holds the first line of the
    /// text ("§ 32.     Föredrogs …").
    /// `afterColon`: the heading line's text ends in a colon, so a list may follow beside the margin.
    static func split(_ lines: [SourceLine], headingColumn: Int? = nil, afterColon: Bool = false) -> (title: String, text: [SourceLine])? {
        let nonBlank = lines.prefix(12).filter { !$0.isBlank }
        guard nonBlank.count >= (headingColumn == nil ? 2 : 1) else { return nil }
        // The text column: where the text of a line with a margin piece starts, the same for all of
        // them and for the indented lines between them.
        var pieces: [(index: Int, piece: String)] = []
        var column = headingColumn
        var indentedLines = 0
        for (index, line) in lines.prefix(12).enumerated() where !line.isBlank {
            let text = line.text
            let indent = text.prefix { $0 == " " }.count
            if indent >= 12 {
                // (A list item's second line stands further in: "a) Kungl. …" / "   de socialhjälpsnormer.")
                guard column.map({ indent >= $0 - 1 && indent <= $0 + 4 }) ?? true else { return nil }
                column = column ?? indent
                indentedLines += 1
                continue
            }
            guard indent <= 2 else { break }
            // "Föregående        14 februari 1962, …" / "protokoll.": the title's last piece may stand alone.
            guard let gap = text.find("   ") else {
                let piece = text.trimmed
                if let previous = pieces.last, previous.index == index - 1, piece.count <= 20, piece.wordCount <= 2,
                   piece.startsWithLowercaseLetter || previous.piece.hasSuffix("-") {
                    pieces.append((index, piece))
                    continue
                }
                break
            }
            // A margin piece: a few words from the left edge, then a gap of three spaces or more, and
            // text beside it.
            let piece = String(text[..<gap.lowerBound]).trimmed
            let beside = text[gap.lowerBound...].trimmed
            // A rubric in the margin ("Uppdrag", "Beslut") opens a section; a table's rows ("Intäkter
            // 120 000 kr", "Ordförande   Anna Berg") hold amounts or names, not a text column.
            if SectionHeading.parse(piece) != nil || beside.hasSuffix(" kr") || beside.hasSuffix(" kronor")
                || beside.wordCount <= 3 && beside.splitOnSpaces().last.map({ $0.first?.isNumber == true }) == true
                || beside.wordCount <= 4 && beside.startsWithUppercaseLetter && PersonEntry.parse(beside) != nil
                // ("… godkändes till utbetalning:" / "Elverket   1 250 kronor för …": payees and their amounts.)
                || afterColon && pieces.isEmpty && beside.first?.isNumber == true { return nil }
            let textStart = text.distance(from: text.startIndex, to: gap.lowerBound)
                + text[gap.lowerBound...].prefix { $0 == " " }.count
            // (The first piece beside a line of text; the next ones beside its column, or a list
            // item's second line further in.)
            // ("Dnr B 42/78   område.": a case number in the margin is no title.)
            guard !piece.isEmpty, piece.count <= 20, piece.wordCount <= 3, textStart >= 12,
                  CaseNumber.labelled(in: piece) == nil, !CaseNumber.looksLikeBareCaseNumber(piece), !piece.folded.hasPrefix("dnr"),
                  !pieces.isEmpty || headingColumn != nil || beside.wordCount >= 3,
                  column.map({ textStart >= $0 - 1 && textStart <= $0 + 4 }) ?? true else { break }
            column = column ?? textStart
            pieces.append((index, piece))
        }
        // Pieces on consecutive lines from the first line of text, ending a sentence or a word, beside
        // text that goes on in the same column.
        guard let first = pieces.first, let last = pieces.last, column != nil, indentedLines >= 1 || headingColumn != nil || pieces.count >= 2,
              last.index - first.index == pieces.count - 1,
              !(last.piece.hasSuffix("-")) else { return nil }
        let firstText = lines.firstIndex { !$0.isBlank } ?? 0
        guard first.index <= firstText + 1 else { return nil }
        var title = ""
        for (_, piece) in pieces {
            if title.hasSuffix("-"), piece.first?.isLowercase == true {
                title = String(title.dropLast()) + piece
            } else {
                title += title.isEmpty ? piece : " " + piece
            }
        }
        var text = lines
        for (index, piece) in pieces {
            var line = text[index]
            guard let range = line.text.find(piece) else { continue }
            line.text = String(repeating: " ", count: line.text.distance(from: line.text.startIndex, to: range.upperBound))
                + line.text[range.upperBound...]
            text[index] = line
        }
        return (title.trimmingEnds("."), text)
    }
}
