/// People named by surname alone, as older and formal minutes do after the list of those present:
/// "herr Bäckström och fru Ek", "ledamoten Wik", "Andersson i Lövsta", or by first name alone, as a
/// board's own notes do ("Olle reserverade sig"). Each is resolved to the one member of the meeting
/// it can be; a name two members share resolves to no one.
enum SurnameReference {
    /// How older minutes address a member, folded: "herr Hed", "fru Holm".
    static let honorifics: Set<String> = ["herr", "fru", "froken"]
    /// Words of address and roles that stand before a surname.
    /// ("herrar Bergkvist, Fridén och von Schéele": the plural before a list.)
    private static let addressWords: Set<String> = honorifics.union(["herrar", "ledamoten", "ledamoterna", "ersattaren", "ersattarna"])

    /// The surnames of a list ("herr Bäckström och fru Ek"), or nil when a part of it is anything
    /// else than a surname, with or without "i <place>".
    static func surnames(in text: String) -> [String]? {
        var references: [String] = []
        for chunk in NameList.splitTopLevel(text, separators: [","]).flatMap({ NameList.splitAtOch($0.trimmed) }) {
            var words = chunk.trimmed.trimmingEnds(".;:").splitOnSpaces().map(String.init)
            while let first = words.first, addressWords.contains(first.folded) { words.removeFirst() }
            // "von Rosenhjelm": a particle before the surname.
            let core = Array(words.drop(while: PersonEntry.isParticle))
            let isSurname = core.count == 1 || core.count == 3 && core[1] == "i"
            guard isSurname, core.allSatisfy({ $0 == "i" || $0.startsWithUppercaseLetter }), let surname = core.first, surname.count >= 2 else { return nil }
            references.append(words.joined(separator: " "))
        }
        return references.isEmpty ? nil : references
    }

    /// The surnames a sentence addresses with "herr" or "fru": "Herr von Rosenhjelm anmälde jäv",
    /// "herr Andersson i Lövsta". Without a word of address a capitalised word is no surname.
    static func addressed(in sentence: String) -> [String] {
        let words = sentence.splitOnSpaces().map { $0.trimmingEnds(",.;:()") }
        var references: [String] = []
        for index in words.indices where honorifics.contains(words[index].folded) {
            var surname: [String] = []
            var next = index + 1
            // "herr J. Karlsson", "herr C.-A. von Schéele": the initials before the surname.
            while next + 1 < words.count, words[next].split(separator: "-").allSatisfy({ $0.trimmingEnds(".").count == 1 }),
                  words[next].first?.isUppercase == true {
                next += 1
            }
            // "von Rosenhjelm": a particle before the surname.
            while next < words.count, PersonEntry.isParticle(words[next]) { surname.append(words[next]); next += 1 }
            guard next < words.count, words[next].startsWithUppercaseLetter else { continue }
            surname.append(words[next])
            if next + 2 < words.count, words[next + 1] == "i", words[next + 2].startsWithUppercaseLetter {
                surname += ["i", words[next + 2]]
            }
            references.append(surname.joined(separator: " "))
        }
        return references
    }

    /// The attendee `reference` names: whose name has that surname as a word ("Andersson i Lövsta"
    /// and "von Rosenhjelm" as its ending), when exactly one has. OCR's lost diacritics ("Lovgren") still match.
    static func resolve(_ reference: String, in attendance: [Attendee]) -> String? {
        let key = reference.folded
        let candidates = attendance.filter { attendee in
            let name = attendee.name.folded
            if key.contains(" ") { return name.hasSuffix(" " + key) }
            return name.splitOnSpaces().dropFirst().contains { $0 == Substring(key) }
        }
        if candidates.count == 1 { return candidates.first?.name }
        // "fru Andersson" beside "herr Andersson i Lövsta": the one known by the bare surname is the
        // one whose name ends in it.
        let bare = candidates.filter { $0.name.folded.hasSuffix(" " + key) }
        if bare.count == 1 { return bare.first?.name }
        // "Olle reserverade sig", "Mehmet valdes att justera": a board's own notes name members by
        // the first name, when no member has it as a surname and only one as a first name.
        guard candidates.isEmpty, !key.contains(" ") else { return nil }
        let byFirstName = attendance.filter { $0.name.folded.splitOnSpaces().first == Substring(key) && $0.name.wordCount >= 2 }
        return byFirstName.count == 1 ? byFirstName.first?.name : nil
    }

    /// The members a list of surnames names ("herr Bäckström och fru Ek"), when it is one and every
    /// surname is one member's.
    static func members(namedIn text: String, attendance: [Attendee]) -> [String]? {
        guard !text.isEmpty, let references = surnames(in: text) else { return nil }
        return resolveAll(references, in: attendance)
    }

    /// Every reference resolved, or nil.
    static func resolveAll(_ references: [String], in attendance: [Attendee]) -> [String]? {
        let names = references.compactMap { resolve($0, in: attendance) }
        return names.count == references.count ? names : nil
    }
}
