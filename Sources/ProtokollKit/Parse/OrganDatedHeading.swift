/// The heading of a § as Finland-Swedish municipal minutes set it: the organ, the § and the meeting's
/// date on one line ("Kommunstyrelsen⇥§ 45⇥18.03.2024"), the title in capitals below. Inside a § the
/// same shape with another organ or date ("Tekniska nämnden § 18⇥14.2.2024") opens the case's earlier
/// handling, and the § line repeated opens this meeting's part again.
struct OrganDatedHeading: Equatable {
    var organ: String
    var number: String
    /// ISO date.
    var date: String

    /// The organ, § and date of `line`, or nil when the line is anything else.
    static func parse(_ line: String) -> OrganDatedHeading? {
        // Most lines are passed over at the first test: no "§" (0xC2 0xA7) at all.
        guard line.utf8.count <= 120, let sign = line.firstIndex(of: "§") else { return nil }
        let organ = line[..<sign].trimmed
        let words = organ.splitOnSpaces()
        guard (1...5).contains(words.count), organ.startsWithUppercaseLetter,
              organ.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "\t" }) else { return nil }
        let afterSign = line[line.index(after: sign)...].trimmed
        let number = String(afterSign.prefix { $0.isNumber })
        guard !number.isEmpty, number.count <= 4 else { return nil }
        let rest = afterSign.dropFirst(number.count).trimmed
        // The date and nothing else after the number.
        guard !rest.isEmpty, rest.splitOnSpaces().count == 1, let date = SwedishDate.parse(rest) else { return nil }
        return OrganDatedHeading(organ: organ.collapsedWhitespace, number: number, date: date)
    }

    /// The lines of `lines` that head §§ in this layout: those of the organ and date that most lines
    /// share, each number once (the repeat inside a § goes on with it). Empty unless at least two §§
    /// are headed so, so that a reference set on a line of its own never makes a heading.
    static func headings(_ lines: [SourceLine]) -> [(lineIndex: Int, heading: OrganDatedHeading)] {
        var found: [(lineIndex: Int, heading: OrganDatedHeading)] = []
        for (index, line) in lines.enumerated() where !line.isBlank {
            if let heading = parse(line.text) { found.append((index, heading)) }
        }
        guard found.count >= 2 else { return [] }
        var counts: [String: Int] = [:]
        var meeting = ""
        for entry in found {
            let key = entry.heading.organ.folded + "|" + entry.heading.date
            counts[key, default: 0] += 1
            // (The first to reach the highest count wins a tie.)
            if counts[key, default: 0] > counts[meeting, default: 0] { meeting = key }
        }
        guard counts[meeting, default: 0] >= 2 else { return [] }
        var seen = Set<String>()
        return found.filter { entry in
            entry.heading.organ.folded + "|" + entry.heading.date == meeting && seen.insert(entry.heading.number).inserted
        }
    }
}
