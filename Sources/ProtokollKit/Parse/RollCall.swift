import Foundation

/// The members who voted in a roll call (omröstning, votering). A protokollsutdrag often has no
/// attendance list of its own, but everyone who votes has decision rights at that meeting, so the
/// roll call names them. Three forms are read:
/// a table ("Ledamöter      Ja   Nej   Avstår" over "Anna Ek (S)     X"), labelled lists ("Ja-röster:
/// Anna Ek (S), Per Berg (C)"), and one voter a line ("Anna Ek (S) - JA").
enum RollCall {
    static func voters(in paragraphs: [Paragraph]) -> [Attendee] {
        var voters: [Attendee] = []
        var seen = Set<String>()
        func add(_ entry: PersonEntry) {
            guard seen.insert(AttendanceParser.nameKey(entry.name)).inserted else { return }
            voters.append(Attendee(name: entry.name, deciding: true, role: entry.role, party: entry.party, replaces: entry.replaces))
        }
        for paragraph in paragraphs where mayHoldRollCall(paragraph.text) {
            var inTable = false
            // A table row whose vote wrapped onto the next line ("Birgit Falk (S), ersättare för …" /
            // "                Ja").
            var wrapped: PersonEntry?
            var labelled: String?
            for line in paragraph.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                let trimmed = line.trimmed
                let folded = trimmed.folded
                if trimmed.isEmpty {
                    inTable = false
                    if let names = labelled { NameList.people(inProse: names).forEach(add) }
                    labelled = nil
                    continue
                }
                let cells = line.layoutColumns
                let header = cells.map(\.folded)
                if header.count >= 3, header.contains("ja"), header.contains("nej") {
                    inTable = true
                    continue
                }
                if inTable {
                    if folded.hasPrefix("summa") || folded.hasPrefix("totalt") { inTable = false; continue }
                    if let pending = wrapped, !cells.isEmpty, cells.allSatisfy(isVoteMark) { add(pending) }
                    wrapped = nil
                    if cells.count >= 2, cells.dropFirst().allSatisfy(isVoteMark), let entry = PersonEntry.parse(cells[0]) { add(entry) }
                    if cells.count == 1, let entry = PersonEntry.parse(cells[0]) { wrapped = entry }
                    continue
                }
                if let rest = namesAfterVoteLabel(trimmed) {
                    if let names = labelled { NameList.people(inProse: names).forEach(add) }
                    // "Ja-röster: 25, Nej-röster: 20": counts, not names.
                    labelled = rest.first?.isNumber == true ? nil : rest
                    continue
                }
                // A list of names goes on on the next line only after a comma or "och".
                if let names = labelled {
                    if names.hasSuffix(",") || names.hasSuffix(" och") {
                        labelled = names + " " + trimmed
                        continue
                    }
                    NameList.people(inProse: names).forEach(add)
                    labelled = nil
                }
                if let name = nameBeforeVote(trimmed), let entry = PersonEntry.parse(name) { add(entry) }
            }
            if let names = labelled { NameList.people(inProse: names).forEach(add) }
        }
        return voters
    }

    /// A roll call needs its words: most §§ are passed over after one search.
    private static func mayHoldRollCall(_ text: String) -> Bool {
        let folded = text.folded
        return folded.includes("ja") && (folded.includes("nej") || folded.includes("avst"))
    }

    private static func isVoteMark(_ cell: String) -> Bool {
        ["x", "ja", "nej", "avstar", "-", "–"].contains(cell.folded)
    }

    /// "Ja-röster: Anna Ek (S), …" → "Anna Ek (S), …". A label without names after it still ends the
    /// list before it.
    private static func namesAfterVoteLabel(_ line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let label = line[..<colon].folded.trimmed
        guard ["ja", "nej", "avstar", "avstod", "avstaende", "ja-roster", "nej-roster", "ja-rost", "nej-rost", "rostade ja", "rostade nej"].contains(label) else {
            return nil
        }
        return line[line.index(after: colon)...].trimmed
    }

    /// "Hussein Mahmoud (S), ers. för Ingela Sjöö (S) - NEJ": the voter before the vote.
    private static func nameBeforeVote(_ line: String) -> String? {
        for separator in [" - ", " – ", ": "] {
            guard let range = line.range(of: separator, options: .backwards) else { continue }
            let vote = line[range.upperBound...].trimmed.folded.trimmingEnds(".")
            guard ["ja", "nej", "avstar", "avstod"].contains(vote) else { continue }
            return String(line[..<range.lowerBound])
        }
        return nil
    }
}
