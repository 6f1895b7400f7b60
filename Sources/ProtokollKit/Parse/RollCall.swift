/// The members who voted in a roll call (omröstning, votering). A protokollsutdrag often has no
/// attendance list of its own, but everyone who votes has decision rights at that meeting, so the
/// roll calls that `VoteParser` reads name them, with the roles and substitutions their rows give.
enum RollCall {
    static func voters(in paragraphs: [Paragraph]) -> [Attendee] {
        var voters: [Attendee] = []
        var seen = Set<String>()
        for paragraph in paragraphs where mayHoldRollCall(paragraph.text) {
            let lines = paragraph.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for group in VoteParser.rollCalls(in: lines) {
                for (entry, ballot) in zip(group.voters, group.ballots) where ballot.vote != .absent {
                    guard seen.insert(AttendanceParser.nameKey(entry.name)).inserted else { continue }
                    voters.append(Attendee(name: entry.name, deciding: true, role: entry.role, party: entry.party, replaces: entry.replaces))
                }
            }
        }
        return voters
    }

    /// A roll call needs its words: most §§ are passed over after one search.
    private static func mayHoldRollCall(_ text: String) -> Bool {
        let folded = text.folded
        return folded.includes("ja") && (folded.includes("nej") || folded.includes("avst"))
    }
}
