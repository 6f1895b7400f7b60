/// The röstlängd an årsmöte draws up in one of its first §§ ("§ 2 Fastställande av röstlängd") as a
/// table: the members entitled to vote, several to a cell ("Granlundavägen 2 | Leif Grankvist, Siv
/// Grankvist, Amina Warsame | 3"). Where the front page only says "43 röstberättigade medlemmar enligt
/// röstlängd", those are the meeting's deciding members.
enum VotingRegister {
    /// The members the röstlängd table names, in order, deciding; none when no § about the röstlängd
    /// holds a table of at least three names.
    static func members(in paragraphs: [Paragraph]) -> [Attendee] {
        for paragraph in paragraphs.prefix(6) where paragraph.title.map({ $0.folded.includes("rostlangd") }) == true {
            let rows = paragraph.text.split(separator: "\n").map(String.init).filter { $0.containsByte(0x09) }
            var members: [Attendee] = []
            var seen = Set<String>()
            // The header row names the columns; a "Summa" row counts. ("Företräder genom fullmakt": the
            // members a proxy stood for were not there.)
            let header = rows.first.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed.folded } } ?? []
            let absentColumns = Set(header.indices.filter { index in
                ["fullmakt", "foretrader", "ombud for", "franvarande", "ersattare", "anmarkning"].contains { header[index].includes($0) }
            })
            for row in rows.dropFirst() {
                let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed.trimmingEnds("*_ ") }
                guard let first = cells.first(where: { !$0.isEmpty }), !["summa", "totalt", "total", "antal"].contains(first.folded) else { continue }
                for (column, cell) in cells.enumerated() where !absentColumns.contains(column) && cell.contains(where: \.isLetter) {
                    let people = NameList.splitTopLevel(cell, separators: [","]).compactMap { PersonEntry.parse($0.trimmed) }
                    // A cell of names only: an address ("Granlundavägen 2") or a club is none.
                    guard !people.isEmpty, people.allSatisfy({ $0.name.wordCount >= 2 }),
                          people.count == NameList.splitTopLevel(cell, separators: [","]).count else { continue }
                    for person in people where seen.insert(AttendanceParser.nameKey(person.name)).inserted {
                        members.append(Attendee(name: person.name, deciding: true, role: person.role, party: person.party))
                    }
                }
            }
            if members.count >= 3 { return members }
        }
        return []
    }
}
