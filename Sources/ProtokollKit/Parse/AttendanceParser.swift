/// Who was there: from the labelled attendance fields to one entry per person, with decision rights,
/// role, party, organisation, whom a substitute replaced, and limited participation.
enum AttendanceParser {
    /// Roles that never carry decision rights, even in a "Närvarande" list of an association.
    private static let nonDecidingRoles = ["suppleant", "ersattare", "adjungerad", "gast", "revisor", "observator",
                                           "praktikant", "foredragande", "inbjuden", "tjansteman", "sekreterare (ej ledamot)",
                                           "minnesantecknare", "ej tjanstgorande", "forvaltare"]

    static func attendees(from fields: [Field], kind: DocumentKind) -> [Attendee] {
        var result: [Attendee] = []
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
            case .present: deciding = kind == .protokoll && !hasDecidingList
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
            if let columns = AttendanceTable.header(first) {
                let deciding = field.label == .deciding || field.label == .servingSubstitutes || field.label == .present && kind == .protokoll
                for attendee in AttendanceTable.attendees(rows: Array(values.dropFirst()), columns: columns, deciding: deciding, defaultRole: defaultRole) {
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
                    if nonDecidingRoles.contains(where: { folded.startsWithBytes($0) || folded.includes(" " + $0) }) && !folded.includes("tjanstgorande ersattare") {
                        isDeciding = false
                    }
                    // "Rolf Granqvist (C), tjänstgör § 23": a substitute who served, at least for some §.
                    if field.label == .substitutes && folded.includes("tjanstg") && !folded.includes("ej ") { isDeciding = true }
                }
                if entry.replaces != nil { isDeciding = true; role = role ?? "tjänstgörande ersättare" }
                let attendee = Attendee(name: entry.name, deciding: isDeciding, role: role, party: entry.party,
                                        organisation: entry.organisation, replaces: entry.replaces, paragraphs: entry.paragraphs)
                merge(attendee, into: &result)
            }
        }
        return result
    }

    /// Every present person appears once: a second mention adds what the first lacked.
    static func merge(_ attendee: Attendee, into list: inout [Attendee]) {
        let key = nameKey(attendee.name)
        if let i = list.firstIndex(where: { nameKey($0.name) == key }) {
            var existing = list[i]
            existing.deciding = existing.deciding || attendee.deciding
            existing.role = existing.role ?? attendee.role
            existing.party = existing.party ?? attendee.party
            existing.organisation = existing.organisation ?? attendee.organisation
            existing.replaces = existing.replaces ?? attendee.replaces
            existing.paragraphs = existing.paragraphs ?? attendee.paragraphs
            list[i] = existing
        } else {
            list.append(attendee)
        }
    }

    static func nameKey(_ name: String) -> String { name.folded.collapsedWhitespace }
}
