/// A list of names with marks in columns beside them, without a header row the attendance table
/// knows: a närvaroförteckning with a column per § or group of §§ ("§ 1–3  § 4" over "N V  N V"), or
/// one column headed "Närv." or "Tjänstgör":
///
///     Ann-Sofie Lagercrantz (M), ordf.   X      X      X      X X    X
///     Gunilla Svantesson Roos (S)
///     Erik-Johan Nordmark (SD)           x      x      x      X X    X
///
/// What a mark means depends on the list. Capital and small marks together (the Riksdag's legend):
/// "X" took part in deciding, "x" was there besides, no mark was away. Under "Tjänstgör": a mark
/// served, no mark was there without serving. Otherwise a mark was there and no mark was away.
enum PresenceMarks {
    enum Meaning: Equatable {
        case tookPartOrPresent, serving, present
    }

    struct Row: Equatable {
        var person: String
        var marked: Bool
        var tookPart: Bool
    }

    /// Words of the legend over the columns, folded.
    private static let legend: Set<String> = ["n", "v", "ja", "nej", "avst", "avst.", "avstar", "narv", "narv.", "narvaro", "narvarande",
                                              "tjanstgor", "tjg", "tjg.", "tjanstgorande"]
    private static let servingWords: Set<String> = ["tjanstgor", "tjg", "tjg.", "tjanstgorande"]

    /// The rows of `lines` and what their marks mean, or nil when they are no list of marks (at
    /// least three marked rows, and nothing but marks beside any name).
    static func rows(_ lines: [String]) -> (rows: [Row], meaning: Meaning)? {
        guard lines.count >= 3, lines.contains(where: { $0.hasLayoutGap }) else { return nil }
        var rows: [Row] = []
        var markedRows = 0
        var serving = false
        var capitals = false
        var smalls = false
        for line in lines {
            let columns = line.layoutColumns
            guard let first = columns.first else { continue }
            // "N V    N V", "Ja  Nej  Avst", "Tjänstgör": the legend's words over the columns.
            let words = columns.flatMap { $0.splitOnSpaces().map { String($0).folded } }
            if words.allSatisfy(legend.contains) {
                if words.contains(where: servingWords.contains) { serving = true }
                continue
            }
            let marks = columns.dropFirst()
            guard marks.allSatisfy({ $0.splitOnSpaces().allSatisfy { $0 == "X" || $0 == "x" } }) else { return nil }
            if !marks.isEmpty { markedRows += 1 }
            let capital = marks.contains { $0.containsByte(0x58) }
            capitals = capitals || capital
            smalls = smalls || marks.contains { $0.containsByte(0x78) }
            rows.append(Row(person: first, marked: !marks.isEmpty, tookPart: capital))
        }
        guard markedRows >= 3 else { return nil }
        let meaning: Meaning = capitals && smalls ? .tookPartOrPresent : serving ? .serving : .present
        return (rows, meaning)
    }
}
