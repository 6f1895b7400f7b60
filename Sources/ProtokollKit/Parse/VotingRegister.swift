/// The röstlängd an årsmöte draws up in one of its first §§ ("§ 2 Fastställande av röstlängd") as a
/// table: the members entitled to vote, several to a cell ("Granlundavägen 2 | Leif Grankvist, Siv
/// Grankvist, Amina Warsame | 3"). Where the front page only says "43 röstberättigade medlemmar enligt
/// röstlängd", those are the meeting's deciding members.
enum VotingRegister {
    /// The members the röstlängd table names, in order, deciding; none when no § about the röstlängd,
    /// nor a bilaga headed "Röstlängd" after the signatures, holds a table of at least three names.
    static func members(in paragraphs: [Paragraph], tail: [String] = []) -> [Attendee] {
        for paragraph in paragraphs.prefix(6) where paragraph.title.map({ $0.folded.includes("rostlangd") }) == true {
            let lines = paragraph.text.split(separator: "\n").map(String.init)
            let members = members(inRows: lines.filter { $0.containsByte(0x09) })
            if members.count >= 3 { return members }
            // A company's one shareholder and the ombud there for it: "Aktieägare  Företrädd genom  Aktier".
            if let header = lines.firstIndex(where: { line in
                let folded = line.folded
                return line.hasLayoutGap && (folded.includes("foretradd genom") || folded.includes("ombud")) && folded.includes("aktie")
            }) {
                let proxies = Self.members(inRows: Array(lines[header...].prefix { $0.containsByte(0x09) || $0.hasLayoutGap }))
                if !proxies.isEmpty { return proxies }
            }
        }
        // "Bilaga 1" / "RÖSTLÄNGD ÅRSSTÄMMA 2019-04-28" / its table, after the signatures.
        if let heading = tail.firstIndex(where: { line in
            let folded = line.trimmed.folded
            return folded.hasPrefix("rostlangd") && folded.wordCount <= 8
        }) {
            // (A table aligned with spaces, as a PDF gives it: "1001    Annika Sjöström      X".)
            let rows = tail[(heading + 1)...].prefix(400).filter { $0.containsByte(0x09) || $0.hasLayoutGap }
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
        func cells(_ row: String) -> [String] {
            row.containsByte(0x09) ? row.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed.trimmingEnds("*_ ") }
                : row.layoutColumns.map { $0.trimmingEnds("*_ ") }
        }
        // The one there for a member ("ombud för Holmen Skog AB"), once.
        func addProxy(_ text: String, for member: String) {
            guard let proxy = PersonEntry.parse(text.trimmed), proxy.name.wordCount >= 2,
                  seen.insert(AttendanceParser.nameKey(proxy.name)).inserted else { return }
            members.append(Attendee(name: proxy.name, deciding: true, role: "ombud för " + member, party: proxy.party))
        }
        let header = rows.first.map { cells($0).map(\.folded) } ?? []
        let absentColumns = Set(header.indices.filter { index in
            ["fullmakt", "foretrader", "ombud for", "franvarande", "ersattare", "anmarkning"].contains { header[index].includes($0) }
        })
        // "Företrädd genom": the one there for the member in the first column.
        let proxyColumn = header.firstIndex { $0.includes("foretradd genom") || $0 == "ombud" }
        // "Närv." over an X for each member there: a row without one was not ("Fullmakt underkänd").
        // ("Närvarande röstberättigade medlemmar" over the names is no such column.)
        let marksPresence = header.contains { ["narv", "narv.", "narvarande", "narvaro", "narvarande?"].contains($0) }
        for row in rows.dropFirst() {
            let cells = cells(row)
            guard let first = cells.first(where: { !$0.isEmpty }), !["summa", "totalt", "total", "antal"].contains(first.folded) else { continue }
            // "Marcus Alm   Ombud: Linnea Alm (make/maka)": the ombud is there for the member.
            if let proxyCell = cells.first(where: { $0.folded.hasPrefix("ombud:") }),
               PersonEntry.parse(String(proxyCell.dropFirst(6)).trimmed).map({ $0.name.wordCount >= 2 }) ?? false,
               let member = cells.first(where: { cell in PersonEntry.parse(cell).map { $0.name.wordCount >= 2 } ?? false && !cell.folded.hasPrefix("ombud") }) {
                addProxy(String(proxyCell.dropFirst(6)), for: member)
                continue
            }
            if marksPresence, !cells.contains(where: { $0 == "X" || $0 == "x" }) { continue }
            if let proxyColumn, proxyColumn < cells.count, !cells[proxyColumn].isEmpty {
                addProxy(cells[proxyColumn].trimmingEnds(","), for: first)
                continue
            }
            for (column, cell) in cells.enumerated() where !absentColumns.contains(column) && cell.contains(where: \.isLetter) {
                // "Holmen Skog AB genom ombud Mattias Fjällström": the member votes through the one there.
                if let through = cell.find(" genom ") {
                    var words = cell[through.upperBound...].splitOnSpaces()
                    if let first = words.first, ["ombud", "fullmakt", "fullmaktshavare"].contains(first.folded) { words.removeFirst() }
                    addProxy(words.joined(separator: " "), for: cell[..<through.lowerBound].trimmed)
                    continue
                }
                // ("Elin Sahlin och Robert Sahlin": two holders of one lägenhet.)
                let names = NameList.splitTopLevel(cell, separators: [","]).flatMap { $0.components(separatedBy: " och ") }
                let people = names.compactMap { PersonEntry.parse($0.trimmed) }
                // A cell of names only: an address ("Granlundavägen 2") or a club is none.
                guard !people.isEmpty, people.allSatisfy({ $0.name.wordCount >= 2 }), people.count == names.count else { continue }
                for person in people where seen.insert(AttendanceParser.nameKey(person.name)).inserted {
                    members.append(Attendee(name: person.name, deciding: true, role: person.role, party: person.party))
                }
            }
        }
        return members
    }
}
