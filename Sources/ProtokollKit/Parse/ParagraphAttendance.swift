/// Minutes whose front page names no one, where one of the first §§ says who was there: an
/// årsstämma's "Antecknades vidare att följande personer var närvarande vid stämman utan att vara
/// aktieägare:" over a list of names and roles, a name to a line.
enum ParagraphAttendance {
    /// The people listed under such a sentence in the first §§; none deciding when the sentence says
    /// they were there without a vote ("utan att vara aktieägare", "utan rösträtt").
    static func people(in paragraphs: [Paragraph]) -> [Attendee] {
        for paragraph in paragraphs.prefix(6) {
            let lines = paragraph.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var sentence = ""
            for (index, line) in lines.enumerated() {
                if line.trimmed.isEmpty { sentence = ""; continue }
                sentence += " " + line.trimmed
                guard line.trimmed.hasSuffix(":"), case let folded = sentence.folded,
                      folded.includes("narvarande") || folded.includes("narvarade"),
                      // ("Vid styrelsemötet den 15 mars 2022 var följande ledamöter närvarande:": another
                      // meeting's; "Styrelsen består därmed av följande personer, som samtliga var
                      // närvarande:": those elected.)
                      SwedishDate.all(in: sentence).isEmpty, !["bestar", "valdes", "valda", "utsags"].contains(where: { folded.includes($0) })
                else { continue }
                let listed = lines[(index + 1)...].drop { $0.trimmed.isEmpty }.prefix { !$0.trimmed.isEmpty }
                // An upprop's roll in groups under their own headings: "Ledamöter  Nomineringsgrupp",
                // "Tjänstgörande ersättare", "Ej tjänstgörande ersättare", "Frånvarande ledamöter".
                if let first = listed.first, FieldLabel.match(first) != nil {
                    let roll = groupedRoll(lines[(index + 1)...], firstLine: paragraph.line)
                    if roll.contains(where: \.deciding) { return roll }
                }
                let people = NameList.people(in: Array(listed))
                guard people.count >= 2, people.count * 2 >= listed.count else { continue }
                let withoutVote = ["utan att vara", "utan rostratt", "utan att ha rostratt", "ej rostberattigade"].contains { folded.includes($0) }
                return people.map { Attendee(name: $0.name, deciding: !withoutVote, role: $0.role.flatMap(withoutVotes), party: $0.party,
                                             organisation: $0.organisation, replaces: $0.replaces, paragraphs: $0.paragraphs) }
            }
        }
        return []
    }

    /// The people of a roll whose groups stand under list headings, each group a block or, split by
    /// a page break, several; read as a front page's lists are. It ends at the first block that is
    /// neither a heading over names nor names ("Nomineringsgrupper: S = …", "Vid uppropet är …").
    private static func groupedRoll(_ lines: ArraySlice<String>, firstLine: Int) -> [Attendee] {
        var rollLines: [SourceLine] = []
        var block: [String] = []
        func takesBlock() -> Bool {
            guard let first = block.first else { return true }
            let rows = FieldLabel.match(first) == nil ? block : Array(block.dropFirst())
            // ("Lena Holm (S) anländer kl. 19.10 och tjänstgör …": a note of the meeting, in a sentence, ends the roll.)
            if rows.contains(where: { $0.trimmed.hasSuffix(".") && $0.wordCount > 5 }) { return false }
            let names = NameList.people(in: rows)
            return !names.isEmpty && names.count * 2 >= rows.count
        }
        for line in lines.drop(while: { $0.trimmed.isEmpty }) + [""] {
            if !line.trimmed.isEmpty { block.append(line); continue }
            guard !block.isEmpty else { continue }
            guard takesBlock() else { break }
            // (No blank line between blocks: one inside a group, from a page break, does not end it;
            // the next heading does.)
            rollLines += block.map { SourceLine(number: firstLine, text: $0) }
            block = []
        }
        return AttendanceParser.attendees(from: LabelledFields.scan(rollLines[...]), kind: .protokoll)
    }

    /// "2 röster", "1 röst": the votes a delägare carries, no role.
    private static func withoutVotes(_ role: String) -> String? {
        let words = role.splitOnSpaces()
        return words.count == 2 && words[0].allSatisfy(\.isNumber) && words[1].folded.hasPrefix("rost") ? nil : role
    }
}
