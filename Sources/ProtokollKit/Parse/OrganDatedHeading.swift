/// The heading of a § as Finland-Swedish municipal minutes set it: the organ, the § and the meeting's
/// date on one line ("Kommunstyrelsen⇥§ 45⇥18.03.2024"), the title in capitals below. Inside a § the
/// same shape with another organ or date ("Tekniska nämnden § 18⇥14.2.2024") opens the case's earlier
/// handling, and the § line repeated opens this meeting's part again.
struct OrganDatedHeading: Equatable {
    var organ: String
    var number: String
    /// ISO date.
    var date: String

    /// The organ, § and date of `line` ("Kommunstyrelsen § 45 18.03.2024", or "Kommunstyrelsen
    /// 12.02.2024 § 28"), or nil when the line is anything else.
    static func parse(_ line: String) -> OrganDatedHeading? {
        // Most lines are passed over at the first test: no "§" (0xC2 0xA7) at all.
        // ("Kommunstyrelsens arbetsutskott 2018-09-04, § 86": a citation, with its comma.)
        guard line.utf8.count <= 120, line.containsByte(0xA7), !line.containsByte(0x2C), let sign = line.firstIndex(of: "§") else { return nil }
        var before = line[..<sign].trimmed
        var date: String?
        // (The date between the organ and the §.)
        if let last = before.split(whereSeparator: { $0 == " " || $0 == "\t" }).last, last.first?.isNumber == true {
            date = SwedishDate.parse(String(last))
            guard date != nil else { return nil }
            before = String(before.dropLast(last.count)).trimmed
        }
        let organ = before
        let words = organ.splitOnSpaces()
        guard (1...5).contains(words.count), organ.startsWithUppercaseLetter,
              organ.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "\t" }) else { return nil }
        let afterSign = line[line.index(after: sign)...].trimmed
        let number = String(afterSign.prefix { $0.isNumber })
        guard !number.isEmpty, number.count <= 4 else { return nil }
        let rest = afterSign.dropFirst(number.count).trimmed
        if let date {
            guard rest.isEmpty else { return nil }
            return OrganDatedHeading(organ: organ.collapsedWhitespace, number: number, date: date)
        }
        // The date and nothing else after the number.
        guard !rest.isEmpty, rest.splitOnSpaces().count == 1, let after = SwedishDate.parse(rest) else { return nil }
        return OrganDatedHeading(organ: organ.collapsedWhitespace, number: number, date: after)
    }

    /// The lines of `lines` that head §§ in this layout, each number once (the repeat inside a § goes
    /// on with it). A heading stands alone, the § title below it: not in a run of such lines (a list
    /// of another organ's §§ under "Meddelanden"), nor over a "§ 45 Val av justerare" heading or
    /// running text (a protokollsutdrag's page header). The meeting's own §§ come first, so the organ
    /// and date of the first such line are the meeting's; another organ's or date's are its earlier
    /// handling. Empty unless at least two §§ are headed so.
    static func headings(_ lines: [SourceLine]) -> [(lineIndex: Int, heading: OrganDatedHeading)] {
        var found: [(lineIndex: Int, heading: OrganDatedHeading)] = []
        var previousWasOrganDated = false
        for (index, line) in lines.enumerated() where !line.isBlank {
            guard let heading = parse(line.text) else { previousWasOrganDated = false; continue }
            defer { previousWasOrganDated = true }
            guard !previousWasOrganDated, let next = lines[(index + 1)...].first(where: { !$0.isBlank }), isTitle(next.text) else { continue }
            found.append((index, heading))
        }
        guard let first = found.first else { return [] }
        // Minutes headed "§ 130 Title" before it are of another layout, where the line cites; only a
        // table of contents, "§ 45 Laglighet … 2" a line, may come first.
        let ordinary = lines[..<first.lineIndex].indices.filter { !lines[$0].isBlank && ParagraphHeading.parse(lines[$0].text) != nil }
        if let firstOrdinary = ordinary.first {
            let contents = ordinary.count >= 2 && lines[firstOrdinary...(ordinary.last ?? firstOrdinary)].allSatisfy { line in
                line.isBlank || ParagraphHeading.parse(line.text) != nil
            }
            guard contents else { return [] }
        }
        var seen = Set<String>()
        let meeting = found.filter { entry in
            entry.heading.organ.folded == first.heading.organ.folded && entry.heading.date == first.heading.date
                && seen.insert(entry.heading.number).inserted
        }
        return meeting.count >= 2 ? meeting : []
    }

    /// "ÄNDRING AV DETALJPLAN FÖR SANDNÄS STRAND", "Val av revisorer": a title, not a § heading, not
    /// another such line, not text going on ("att …", a sentence).
    private static func isTitle(_ text: String) -> Bool {
        let trimmed = text.trimmed
        guard trimmed.startsWithUppercaseLetter, parse(trimmed) == nil, ParagraphHeading.parse(trimmed) == nil,
              trimmed.wordCount <= 16, !(trimmed.last.map { $0 == ":" || $0 == "," } ?? false) else { return false }
        // ("… UNGDOMSFÖRENING R.F.": a title in capitals may end on an abbreviation's full stop.)
        return !trimmed.hasSuffix(".") || !trimmed.contains(where: \.isLowercase) || trimmed.wordCount <= 6
    }

    /// True when `lines` set their §§ in this layout.
    static func isLayout(of lines: [SourceLine]) -> Bool { !headings(lines).isEmpty }
}
