/// "Närvarande: samtliga ledamöter utom Gustaf von Rosen", "Alla ordinarie ledamöter": the list names
/// no one. The members are those of the sentence that gives the board's make-up ("Styrelsen består
/// enligt stadgarna av A (ordförande), B och C, med D som suppleant"), and all of them were there
/// but those after "utom".
enum AllMembers {
    private static let openings = ["samtliga ledamoter", "samtliga ordinarie ledamoter", "alla ledamoter", "alla ordinarie ledamoter",
                                   "samtliga styrelseledamoter", "hela styrelsen"]

    /// The members named as away ("utom Gustaf von Rosen"), or nil when no list says "all members".
    static func excepted(in fields: [Field]) -> [String]? {
        for field in fields where field.label == .present || field.label == .deciding {
            let text = field.joined
            let folded = text.folded
            guard openings.contains(where: { folded.hasPrefix($0) }) else { continue }
            guard let utom = folded.find(" utom ") ?? folded.find(" forutom "), folded.count == text.count else { return [] }
            let after = String(text[text.index(text.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: utom.upperBound))...])
            // "utom Per Lind, i vars ställe suppleanten Eva Ek tjänstgjorde": only the names before the
            // clause that tells of them.
            var named = String(after.prefix { $0 != "." })
            for clause in [", i vars ", ", som ", ", varvid ", ", vars "] where named.includes(clause) {
                named = String(named[..<(named.find(clause)?.lowerBound ?? named.endIndex)])
            }
            return NameList.people(inProse: named).map(\.name)
        }
        return nil
    }

    /// The members of "… består … av A (ordförande), B, C och D, med E som suppleant": the deciding
    /// members, without the suppleant.
    static func roster(in texts: [String], body: String?) -> [PersonEntry] {
        for text in texts where text.includes("består") {
            for sentence in Sentences.split(text.replacingLineBreaksWithSpaces) {
                let folded = sentence.folded
                guard folded.count == sentence.count, let av = folded.find(" bestar "),
                      let list = folded.find(" av ", from: folded.index(before: av.upperBound)),
                      // The body's make-up, not a working group's.
                      case let subject = String(folded[..<av.lowerBound]), Subject.isOrganNoun(subject.splitOnSpaces().last.map(String.init) ?? ""),
                      DecisionParser.isThisBody(subject, body) else { continue }
                var members = String(sentence[sentence.index(sentence.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: list.upperBound))...])
                // ", med Karl-Johan Ehrenborg som suppleant": the suppleant serves only when called in.
                if let suppleant = members.find(", med ") { members = String(members[..<suppleant.lowerBound]) }
                let people = NameList.people(inProse: members.trimmingEnds("."))
                if people.count >= 2 { return people }
            }
        }
        return []
    }

    /// The attendance with the members added: each deciding, the excepted left out.
    static func completing(_ attendance: [Attendee], fields: [Field], texts: [String], body: String?) -> [Attendee] {
        guard let excepted = excepted(in: fields) else { return attendance }
        let away = Set(excepted.map(AttendanceParser.nameKey))
        var result = attendance.filter { !away.contains(AttendanceParser.nameKey($0.name)) }
        let known = Set(result.map { AttendanceParser.nameKey($0.name) })
        let members = roster(in: texts, body: body).filter { !away.contains(AttendanceParser.nameKey($0.name)) && !known.contains(AttendanceParser.nameKey($0.name)) }
        result.insert(contentsOf: members.map { Attendee(name: $0.name, deciding: true, role: $0.role, party: $0.party, organisation: $0.organisation) }, at: 0)
        return result
    }
}
