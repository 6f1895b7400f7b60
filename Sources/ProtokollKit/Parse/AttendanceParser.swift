/// Who was there: from the labelled attendance fields to one entry per person, with decision rights,
/// role, party, organisation, whom a substitute replaced, and limited participation.
enum AttendanceParser {
    /// Roles that never carry decision rights, even in a "Närvarande" list of an association.
    private static let nonDecidingRoles = ["suppleant", "ersattare", "adjungerad", "gast", "revisor", "observator",
                                           "praktikant", "foredragande", "inbjuden", "tjansteman", "sekreterare (ej ledamot)",
                                           "minnesantecknare", "ej tjanstgorande", "forvaltare", "utan rostratt", "ej rostratt",
                                           "ej rostberattigad"]

    /// The same roles after a space, for a test inside a longer role text ("föreningens revisor").
    private static let spacedNonDecidingRoles = nonDecidingRoles.map { " " + $0 }

    /// `presentDecide`: those simply "present" at a meeting whose notes are no protokoll decide all
    /// the same (a board's minnesanteckningar that record its decisions).
    static func attendees(from labelledFields: [Field], kind: DocumentKind, presentDecide: Bool = false) -> [Attendee] {
        let presentDecide = kind == .protokoll || presentDecide
        let fields = splittingSubLabels(splittingOthersSentences(labelledFields))
        var result: [Attendee] = []
        // Positions in `result` by name key, so that each merge is a lookup, not a pass over all.
        var positions: [String: Int] = [:]
        func merge(_ attendee: Attendee, into list: inout [Attendee]) {
            let key = nameKey(attendee.name)
            if let i = positions[key] {
                list[i] = merged(list[i], with: attendee)
            } else {
                positions[key] = list.count
                list.append(attendee)
            }
        }
        // "Beslutande: Se bilaga 1" names no one: the list is elsewhere.
        // Each list is read once: the deciding list is needed both for this test and for its people.
        var peopleOfField: [Int: [PersonEntry]] = [:]
        func people(_ index: Int) -> [PersonEntry] {
            if let known = peopleOfField[index] { return known }
            let people = NameList.people(in: fields[index].nonEmptyValues)
            peopleOfField[index] = people
            return people
        }
        let hasDecidingList = fields.indices.contains { fields[$0].label == .deciding && !people($0).isEmpty }
        for (fieldIndex, field) in fields.enumerated() {
            let deciding: Bool
            var defaultRole: String?
            switch field.label {
            case .deciding: deciding = true
            case .servingSubstitutes: deciding = true; defaultRole = "tjänstgörande ersättare"
            case .substitutes: deciding = false; defaultRole = "ersättare"
            case .present: deciding = presentDecide && !hasDecidingList
            case .others:
                deciding = false
                if field.key.hasPrefix("adjungerad") { defaultRole = "adjungerad" }
            case .presenter: deciding = false; defaultRole = "föredragande"
            case .secretary: deciding = false; defaultRole = "sekreterare"
            case .minuteTaker: deciding = false; defaultRole = "minnesantecknare"
            case .chair: deciding = kind == .protokoll; defaultRole = "ordförande"
            default: continue
            }
            let values = field.nonEmptyValues
            guard let first = values.first else { continue }
            // A närvaroförteckning's marks: who was there, and who took part in deciding.
            // ("Ersättare  Tjänstgör": the field's own first value may be the column's head.)
            if [.deciding, .present, .substitutes, .servingSubstitutes].contains(field.label), let marks = PresenceMarks.rows(values) {
                let substitute = field.label == .substitutes || field.label == .servingSubstitutes
                for row in marks.rows {
                    guard let entry = PersonEntry.parse(row.person) else { continue }
                    let serves: Bool
                    switch marks.meaning {
                    case .tookPartOrPresent:
                        guard row.marked else { continue }
                        serves = row.tookPart
                    case .serving:
                        serves = row.marked
                    case .present:
                        guard row.marked else { continue }
                        serves = !substitute && deciding
                    }
                    let role = substitute ? (serves ? "tjänstgörande ersättare" : "ersättare") : entry.role
                    merge(Attendee(name: entry.name, deciding: serves && presentDecide, role: role, party: entry.party,
                                   organisation: entry.organisation, replaces: entry.replaces, paragraphs: entry.paragraphs), into: &result)
                }
                continue
            }
            let table = AttendanceTable.header(first).map { (columns: $0, rows: Array(values.dropFirst())) } ?? AttendanceTable.linearised(values)
            if let table {
                let deciding = field.label == .deciding || field.label == .servingSubstitutes || field.label == .present && presentDecide
                for var attendee in AttendanceTable.attendees(rows: table.rows, columns: table.columns, deciding: deciding, defaultRole: defaultRole) {
                    // Notes of a group that decides nothing: a stand-in for a member decides no more than they.
                    if field.label == .present && !presentDecide { attendee.deciding = false }
                    merge(attendee, into: &result)
                }
                continue
            }
            for entry in people(fieldIndex) {
                var role = entry.role ?? defaultRole
                var isDeciding = deciding
                if let written = entry.role {
                    let folded = written.folded
                    // "suppleant", "föreningens revisor": a role word that carries no vote, first or last.
                    if nonDecidingRoles.contains(where: { folded.startsWithBytes($0) }) || spacedNonDecidingRoles.contains(where: { folded.includes($0) }),
                       !folded.includes("tjanstgorande ersattare") {
                        isDeciding = false
                    }
                    // "Rolf Granqvist (C), tjänstgör § 23": a substitute who served, at least for some §.
                    if field.label == .substitutes && folded.includes("tjanstg") && !folded.includes("ej ") { isDeciding = true }
                }
                if entry.replaces != nil {
                    isDeciding = !(field.label == .present && !presentDecide)
                    role = role ?? "tjänstgörande ersättare"
                }
                let attendee = Attendee(name: entry.name, deciding: isDeciding, role: role, party: entry.party,
                                        organisation: entry.organisation, replaces: entry.replaces, paragraphs: entry.paragraphs)
                merge(attendee, into: &result)
            }
        }
        // "Frånvarande ledamöter: Carl Dahl (C) och Dan Holm (V)": a member also written in the list
        // of the deciding (a council's full roll) was not there. One who attended some §§ stays.
        // ("Frånvarande: Carl Dahl (C) §§ 7–9": away for some §§ only, he decided the others.)
        let absent = Set(fields.indices.filter { fields[$0].label == .absent }.flatMap { people($0) }
            .filter { $0.paragraphs == nil }.map { nameKey($0.name) })
        if !absent.isEmpty {
            result.removeAll { $0.deciding && absent.contains(nameKey($0.name)) && $0.paragraphs == nil && $0.replaces == nil }
        }
        // "Karin Lindberg (C)⇥⇥Förhinder" in a list's Närvaro column: she was not there.
        // ("Peter Sjöberg (M), förhinder §§ 3–4": away for those §§ only.)
        result = result.compactMap { attendee in
            // ("Jonas Lidberg  C  förhinder § 2": the note read as participation.)
            if let paragraphs = attendee.paragraphs, let sign = paragraphs.firstIndex(of: "§"),
               absenceMarks.contains(paragraphs[..<sign].folded.trimmed.trimmingPunctuation) {
                var away = attendee
                away.paragraphs = "ej " + paragraphs[sign...]
                return away
            }
            guard isAbsenceMark(attendee.role) || isAbsenceMark(attendee.organisation) else { return attendee }
            guard let paragraphs = attendee.paragraphs, !paragraphs.folded.hasPrefix("ej") else { return nil }
            var away = attendee
            away.paragraphs = "ej " + paragraphs
            if isAbsenceMark(away.role) { away.role = nil }
            if isAbsenceMark(away.organisation) { away.organisation = nil }
            return away
        }
        // "Lina Kask, ersättare för Kent A.": the member written in full elsewhere in the lists, the
        // absent ones included, when only one name fits.
        // (Only the absent: one who fits but is there himself served for no one.)
        if result.contains(where: { $0.replaces.map { $0.splitOnSpaces().count == 2 } ?? false }) {
            let named = fields.indices.filter { fields[$0].label == .absent }.flatMap { people($0) }.map(\.name)
            for i in result.indices {
                guard let short = result[i].replaces else { continue }
                let fits = Set(named.filter { SignatureBlock.isShortForm(short, of: $0, sameOffice: false) })
                if fits.count == 1, let full = fits.first { result[i].replaces = full }
            }
        }
        return result
    }

    /// A Närvaro column's word for one who was away, folded.
    private static let absenceMarks: Set<String> = ["forhinder", "anmalt forhinder", "franvarande", "ej narvarande", "franvarande med forhinder"]

    private static func isAbsenceMark(_ text: String?) -> Bool {
        text.map { absenceMarks.contains($0.folded.trimmingPunctuation) } ?? false
    }

    /// "Övriga närvarande  Ersättare: Tove Martinsson (S), Kent Ohlsson (M)" / "Socialchef Lotta
    /// Hallgren": a line of a list that starts with a list label of its own is a list of that kind.
    static func splittingSubLabels(_ fields: [Field]) -> [Field] {
        let lists: [FieldLabel] = [.deciding, .present, .servingSubstitutes, .substitutes, .others]
        var result: [Field] = []
        for field in fields {
            guard lists.contains(field.label), field.values.contains(where: { $0.containsByte(0x3A) }) else {
                result.append(field)
                continue
            }
            var rest = field
            rest.values = []
            var split: [Field] = []
            for value in field.values {
                if let colon = value.firstIndex(of: ":"), value.distance(from: value.startIndex, to: colon) <= 40,
                   let sub = FieldLabel.matchWithKey(value), lists.contains(sub.label), !sub.value.isEmpty,
                   value[..<colon].trimmed.folded == sub.key {
                    split.append(Field(label: sub.label, key: sub.key, values: [sub.value], line: field.line))
                } else if let last = split.last?.values.last, last.trimmed.hasSuffix(",") {
                    // "Ersättare: Eva Sundqvist-Berg (s), Jan-Erik Pålsson (s)," / "Kent Mård (c) utom § 83":
                    // the comma says the sub-list goes on in the next line.
                    split[split.count - 1].values.append(value)
                } else {
                    rest.values.append(value)
                }
            }
            result.append(rest)
            result += split
        }
        return result
    }

    /// Sentences inside a list of members that introduce the people who were there besides them
    /// ("Därjämte närvarade ersättaren Birgitta Nordh (ej tjänstgörande), kamreren Lena Sundin …").
    private static let othersOpeners = [
        "darjamte narvarade", "dessutom narvarade", "vidare narvarade", "aven narvarade", "i ovrigt narvarade",
        "darjamte deltog", "dessutom deltog", "vidare deltog", "aven deltog", "narvarande var aven", "narvarande var dessutom",
        "dessutom var", "darjamte var", "vid sammantradet narvarade aven", "vid motet narvarade aven",
        // Older minutes: "Dessutom närvar kommunalkamreraren herr Ivar Öhman under §§ 8 - 9."
        "dessutom narvar", "darjamte narvar",
        // The older plural: "Dessutom närvoro kommunalkamreraren Bertil Lundh, protokollförare, samt …".
        "dessutom narvoro", "darjamte narvoro",
    ]

    /// Splits a members' list at a sentence that opens with one of `othersOpeners`: what follows is
    /// a list of others (no decision rights unless their own words say so).
    static func splittingOthersSentences(_ fields: [Field]) -> [Field] {
        var result: [Field] = []
        for field in fields {
            guard field.label == .present || field.label == .deciding else {
                result.append(field)
                continue
            }
            let text = field.values.joined(separator: "\n")
            let folded = text.folded
            guard let split = othersOpening(in: folded) else {
                result.append(field)
                continue
            }
            // Folding keeps one character for one character: offsets in `folded` hold in `text`.
            let before = String(text.prefix(split.start)).trimmed
            var after = String(text.dropFirst(split.end)).trimmed
            // Names on the opener's own line are running prose: its line breaks are spaces. After
            // "Dessutom närvarade:" alone on its line, each line may be a person.
            let restOfLine = text.dropFirst(split.end).prefix { $0 != "\n" }
            if !restOfLine.trimmed.isEmpty { after = after.replacingLineBreaksWithSpaces }
            var members = field
            members.values = before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            result.append(members)
            guard !after.isEmpty else { continue }
            result.append(Field(label: .others, key: "dessutom narvarande",
                                values: after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), line: field.line))
        }
        return result
    }

    /// Where the first opener stands at the start of the text, of a line or after a full stop, and
    /// where the names after it begin (character offsets).
    private static func othersOpening(in folded: String) -> (start: Int, end: Int)? {
        guard folded.includes("narvar") || folded.includes("narvoro") || folded.includes("deltog") || folded.includes("dessutom var") || folded.includes("darjamte var") else {
            return nil
        }
        var best: (start: Int, end: Int)?
        for opener in othersOpeners {
            var from = folded.startIndex
            while let range = folded.find(opener, from: from) {
                from = range.upperBound
                let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
                let previous = folded[..<range.lowerBound].last { $0 != " " }
                guard previous == nil || previous == "." || previous == "\n" else { continue }
                guard range.upperBound == folded.endIndex || folded[range.upperBound] == " " || folded[range.upperBound] == "\n"
                        || folded[range.upperBound] == ":" else { continue }
                var end = folded.distance(from: folded.startIndex, to: range.upperBound)
                if range.upperBound < folded.endIndex, folded[range.upperBound] == ":" { end += 1 }
                if best.map({ start < $0.start }) ?? true { best = (start, end) }
                break
            }
        }
        return best
    }

    /// Every present person appears once: a second mention adds what the first lacked.
    static func merge(_ attendee: Attendee, into list: inout [Attendee]) {
        let key = nameKey(attendee.name)
        if let i = list.firstIndex(where: { nameKey($0.name) == key }) {
            list[i] = merged(list[i], with: attendee)
        } else {
            list.append(attendee)
        }
    }

    /// What the second mention adds to the first.
    private static func merged(_ first: Attendee, with second: Attendee) -> Attendee {
        // "Pia Wennberg (M), ej § 103" among the ersättare and "Pia Wennberg (M) för Lars Öhman (M),
        // § 103" among those serving: the entry that decides says where she decided.
        if second.deciding, !first.deciding {
            var serving = second
            serving.party = serving.party ?? first.party
            serving.organisation = serving.organisation ?? first.organisation
            serving.role = serving.role ?? first.role
            return serving
        }
        var existing = first
        existing.deciding = existing.deciding || second.deciding
        existing.role = existing.role ?? second.role
        existing.party = existing.party ?? second.party
        existing.organisation = existing.organisation ?? second.organisation
        existing.replaces = existing.replaces ?? second.replaces
        existing.paragraphs = existing.paragraphs ?? second.paragraphs
        return existing
    }

    static func nameKey(_ name: String) -> String { name.folded.collapsedWhitespace }
}
