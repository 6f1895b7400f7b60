/// "Ordförande (1 år): Lena Berg (omval)", "Ledamöter (2 år): Patrik Holmgren (omval), Sofia
/// Nordström (nyval)": an årsmöte often records its elections as a list under a "Val av …" title,
/// without a verb. Each line that names an office and the people elected to it is a decision of the
/// meeting; those who stay on ("Kvarstående") or leave ("Avgående") were not elected now.
enum ElectionList {
    static func decisions(title: String?, lines: [String]) -> [Decision] {
        guard let title = title?.folded, title.hasPrefix("val ") || title.hasPrefix("fyllnadsval") else { return [] }
        var found: [Decision] = []
        for line in lines {
            let text = line.trimmed
            guard let colon = text.firstIndex(of: ":") else { continue }
            let office = text[..<colon].trimmed
            let folded = office.folded
            guard office.startsWithUppercaseLetter, office.wordCount <= 5,
                  !["kvarstaende", "kvarstar", "avgaende", "avgar", "ej omval", "franvarande", "forhinder"].contains(where: { folded.hasPrefix($0) }) else {
                continue
            }
            let people = NameList.people(inProse: String(text[text.index(after: colon)...]))
            guard !people.isEmpty else { continue }
            found.append(Decision(decidedBy: nil, text: text, clauses: []))
        }
        return found
    }
}
