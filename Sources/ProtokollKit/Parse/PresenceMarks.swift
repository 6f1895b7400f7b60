/// A närvaroförteckning that marks each name in columns, one per § or group of §§, without a header
/// row the attendance table knows ("§ 1–3  § 4  § 5" over "N V  N V  N V"):
///
///     Ann-Sofie Lagercrantz (M), ordf.   X      X      X      X X    X
///     Gunilla Svantesson Roos (S)
///     Erik-Johan Nordmark (SD)           x      x      x      X X    X
///
/// "X" marks one who took part in deciding, "x" one who was there besides; a name without a mark was
/// not there.
enum PresenceMarks {
    struct Row: Equatable {
        var person: String
        var marked: Bool
        var tookPart: Bool
    }

    private static let legend: Set<String> = ["n", "v", "ja", "nej", "avst", "avst.", "avstar", "narv", "narv."]

    /// The rows of `lines`, or nil when they are no list of marks (at least three marked rows, and
    /// nothing but marks beside any name).
    static func rows(_ lines: [String]) -> [Row]? {
        guard lines.count >= 3, lines.contains(where: { $0.hasLayoutGap }) else { return nil }
        var rows: [Row] = []
        var markedRows = 0
        for line in lines {
            let columns = line.layoutColumns
            guard let first = columns.first else { continue }
            // "N V    N V", "Ja  Nej  Avst": the legend's words over the columns.
            if columns.allSatisfy({ $0.splitOnSpaces().allSatisfy { legend.contains(String($0).folded) } }) { continue }
            let marks = columns.dropFirst()
            guard marks.allSatisfy({ $0.splitOnSpaces().allSatisfy { $0 == "X" || $0 == "x" } }) else { return nil }
            if !marks.isEmpty { markedRows += 1 }
            rows.append(Row(person: first, marked: !marks.isEmpty, tookPart: marks.contains { $0.containsByte(0x58) }))
        }
        return markedRows >= 3 ? rows : nil
    }
}
