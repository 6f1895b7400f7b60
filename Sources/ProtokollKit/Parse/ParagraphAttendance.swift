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
                let people = NameList.people(in: Array(listed))
                guard people.count >= 2, people.count * 2 >= listed.count else { continue }
                let withoutVote = ["utan att vara", "utan rostratt", "utan att ha rostratt", "ej rostberattigade"].contains { folded.includes($0) }
                return people.map { Attendee(name: $0.name, deciding: !withoutVote, role: $0.role.flatMap(withoutVotes), party: $0.party,
                                             organisation: $0.organisation, replaces: $0.replaces, paragraphs: $0.paragraphs) }
            }
        }
        return []
    }

    /// "2 röster", "1 röst": the votes a delägare carries, no role.
    private static func withoutVotes(_ role: String) -> String? {
        let words = role.splitOnSpaces()
        return words.count == 2 && words[0].allSatisfy(\.isNumber) && words[1].folded.hasPrefix("rost") ? nil : role
    }
}
