/// "Ordförande (1 år): Lena Berg (omval)", "Ledamöter (2 år): Patrik Holmgren (omval), Sofia
/// Nordström (nyval)": an årsmöte often records its elections as a list under a "Val av …" title,
/// without a verb. Each line that names an office and the people elected to it is a decision of the
/// meeting; those who stay on ("Kvarstående") or leave ("Avgående") were not elected now.
enum ElectionList {
    static func decisions(title: String?, lines: [String]) -> [Decision] {
        guard let title = title?.folded, title.hasPrefix("val ") || title.hasPrefix("fyllnadsval") else { return [] }
        var found: [Decision] = []
        for line in lines {
            let text = line.trimmed
            guard let colon = text.firstIndex(of: ":") else { continue }
            let office = text[..<colon].trimmed
            let folded = office.folded
            guard office.startsWithUppercaseLetter, office.wordCount <= 5,
                  !["kvarstaende", "kvarstar", "avgaende", "avgar", "ej omval", "franvarande", "forhinder"].contains(where: { folded.hasPrefix($0) }),
                  // "Valberedningens förslag: Kjell Ohlsson som mötesordförande": who is proposed, not elected.
                  !folded.hasSuffix("forslag"), !folded.hasSuffix("forslaget") else {
                continue
            }
            let people = NameList.people(inProse: String(text[text.index(after: colon)...]))
            guard !people.isEmpty else { continue }
            found.append(Decision(decidedBy: nil, text: text, clauses: []))
        }
        return found
    }

    /// "Ordförande   Ingela Myrberg   1 år   omval": an election table under "beslöt att välja styrelse
    /// i enlighet med förslaget:". Each row that names a person elected now is a clause, as
    /// "Ordförande: Ingela Myrberg, 1 år, omval"; a header row names no one, and "1 år kvar" is a
    /// member who stays on. Nil when the lines are not such a table.
    /// A row of one cell that names a person continues the office of the row before it
    /// ("Styrelseledamöter, 2 år  Jenny Söderholm (omval)" over "Mattias Ek (nyval)").
    static func tableRows(_ lines: [String]) -> [String]? {
        let rows = lines.map(\.layoutColumns).filter { !$0.isEmpty }
        guard rows.count >= 2, let first = rows.first, first.count >= 2,
              rows.allSatisfy({ $0.count >= 2 || $0.first.map(isName) == true }) else { return nil }
        var clauses: [String] = []
        var office = ""
        var staysOn = false
        for row in rows {
            let cells = row.map { $0.trimmingEnds(",") }
            guard let nameIndex = cells.firstIndex(where: isName) else { continue }
            let folded = cells.joined(separator: " ").folded
            let rowStaysOn = FoldedWords.split(folded).contains("kvar") || folded.includes("kvarstar")
            if nameIndex > 0 || cells.count >= 2 {
                office = cells[..<nameIndex].joined(separator: " ")
                staysOn = rowStaysOn
            }
            // "Mattias Ek (1 år kvar)" under an office stays on, too.
            if staysOn || rowStaysOn { continue }
            let rest = cells[nameIndex...].joined(separator: ", ")
            clauses.append(office.isEmpty ? rest : office + ": " + rest)
        }
        return clauses.isEmpty ? nil : clauses
    }

    /// The cell is a name, perhaps with a note after it: "Maj-Britt Öst, sammankallande (omval)".
    private static func isName(_ cell: String) -> Bool {
        guard let person = PersonEntry.parse(cell), person.name.wordCount >= 2, cell.hasPrefix(person.name) else { return false }
        let rest = cell.dropFirst(person.name.count).trimmed
        return rest.isEmpty || rest.hasPrefix(",") || rest.hasPrefix("(")
    }

    /// "Ordinarie ledamöter", "Suppleanter:": an office over the names elected to it, one a line.
    private static func isOfficeHeading(_ cell: String) -> Bool {
        let text = cell.trimmingEnds(":")
        return (1...4).contains(text.wordCount) && text.startsWithUppercaseLetter && !text.contains(where: \.isNumber)
            && !text.hasSuffix(".") && !isName(text)
    }

    /// The elected of the lines after a sentence that elects "följande personer … :": offices as
    /// headings with a name a line under each. `office` is the heading the lines go on under (a page
    /// break or a blank line splits one list into blocks).
    static func namesUnderOffices(_ lines: [String], office: inout String) -> [String]? {
        let cells = lines.map(\.trimmed).filter { !$0.isEmpty }
        guard cells.contains(where: isName), cells.allSatisfy({ isName($0) || isOfficeHeading($0) }),
              !office.isEmpty || cells.first.map(isOfficeHeading) == true else { return nil }
        var clauses: [String] = []
        for cell in cells {
            if isOfficeHeading(cell) { office = cell.trimmingEnds(":") } else { clauses.append(office + ": " + cell) }
        }
        return clauses
    }
}
