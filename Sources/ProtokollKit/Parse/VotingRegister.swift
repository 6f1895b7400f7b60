/// The röstlängd an årsmöte draws up in one of its first §§ ("§ 2 Fastställande av röstlängd") as a
/// table: the members entitled to vote, several to a cell ("Granlundavägen 2 | Leif Grankvist, Siv
/// Grankvist, Amina Warsame | 3"). Where the front page only says "43 röstberättigade medlemmar enligt
/// röstlängd", those are the meeting's deciding members.
enum VotingRegister {
    /// The members the röstlängd table names, in order, deciding; none when no § about the röstlängd,
    /// nor a bilaga headed "Röstlängd" after the signatures, holds a table of at least three names.
    static func members(in paragraphs: [Paragraph], tail: [String] = []) -> [Attendee] {
        for paragraph in paragraphs.prefix(6) where paragraph.title.map({ $0.folded.includes("rostlangd") }) == true {
            let members = members(inRows: paragraph.text.split(separator: "\n").map(String.init).filter { $0.containsByte(0x09) })
            if members.count >= 3 { return members }
        }
        // "Bilaga 1" / "RÖSTLÄNGD ÅRSSTÄMMA 2019-04-28" / its table, after the signatures.
        if let heading = tail.firstIndex(where: { line in
            let folded = line.trimmed.folded
            return folded.hasPrefix("rostlangd") && folded.wordCount <= 8
        }) {
            let rows = tail[(heading + 1)...].prefix(400).filter { $0.containsByte(0x09) }
            let members = members(inRows: Array(rows))
            if members.count >= 3 { return members }
        }
        return []
    }

    /// The people a röstlängd table names, deciding, its first row being the header.
    private static func members(inRows rows: [String]) -> [Attendee] {
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
                // "Holmen Skog AB genom ombud Mattias Fjällström": the member votes through the one there.
                if let through = cell.find(" genom ") {
                    var words = cell[through.upperBound...].splitOnSpaces()
                    if let first = words.first, ["ombud", "fullmakt", "fullmaktshavare"].contains(first.folded) { words.removeFirst() }
                    if let proxy = PersonEntry.parse(words.joined(separator: " ")), proxy.name.wordCount >= 2,
                       seen.insert(AttendanceParser.nameKey(proxy.name)).inserted {
                        members.append(Attendee(name: proxy.name, deciding: true, role: "ombud för " + cell[..<through.lowerBound].trimmed))
                    }
                    continue
                }
                let people = NameList.splitTopLevel(cell, separators: [","]).compactMap { PersonEntry.parse($0.trimmed) }
                // A cell of names only: an address ("Granlundavägen 2") or a club is none.
                guard !people.isEmpty, people.allSatisfy({ $0.name.wordCount >= 2 }),
                      people.count == NameList.splitTopLevel(cell, separators: [","]).count else { continue }
                for person in people where seen.insert(AttendanceParser.nameKey(person.name)).inserted {
                    members.append(Attendee(name: person.name, deciding: true, role: person.role, party: person.party))
                }
            }
        }
        return members
    }
}
