/// Reservations against a decision: "Mot beslutet reserverar sig Anna Ek (M) och Per Berg (SD)",
/// "Linnea Ståhl (V) reserverar sig till förmån för eget yrkande", "Ahmed Yilmaz anmälde avvikande
/// mening", or names alone under a "Reservation" rubric. A protokollsanteckning is not a
/// reservation.
enum ReservationParser {
    private static let verbs = ["reserverar sig", "reserverade sig", "reservera sig", "anmaler reservation", "anmalde reservation",
                                "anmaler avvikande mening", "anmalde avvikande mening", "anmalt avvikande mening", "avvikande mening",
                                // "Reservation anfördes av herr Bäckström och fru Ek": the noun, in the passive.
                                "reservation anfordes av", "reservation anmaldes av", "reservation lamnades av", "reservationer anfordes av",
                                "reservation anfordes", "reservation anmaldes",
                                // "C-ledamoten anmälde en reservation", "S- och V-ledamöterna anmälde var för sig reservationer".
                                "anmalde en reservation", "anmaler en reservation", "anmalde var for sig reservation",
                                "anmaler var for sig reservation", "anmalde en gemensam reservation", "anmalde gemensam reservation",
                                // "Hugo Ekdahl anmälde skriftlig reservation, se bilaga 3".
                                "anmalde skriftlig reservation", "anmaler skriftlig reservation", "lamnade skriftlig reservation",
                                "lamnar skriftlig reservation", "anmalde en skriftlig reservation"]
    /// Verbs by which a member joins a reservation already made.
    private static let joiningVerbs = [" instammer i reservation", " instamde i reservation", " ansluter sig till reservation", " anslot sig till reservation",
                                       " instammer i den reservation"]
    /// Where the names after the verb end.
    private static let nameEnds = [" till forman", " mot ", " med hanvisning", " skriftligen", " skriftligt", " enligt ", " i ", " for ",
                                   " genom ", " till ", " och anmaler", " och lamnar", ", som "]

    static func reservations(in sections: [(heading: String?, role: SectionHeading.Role, blocks: [DecisionParser.Block])]) -> [Reservation] {
        var result: [Reservation] = []
        for section in sections {
            let underRubric = section.heading.map { $0.folded.hasPrefix("reservation") } ?? false
            let foundBefore = result.count
            for block in section.blocks {
                var foundInBlock = false
                for (sentence, folded) in zip(block.sentences, block.foldedSentences) {
                    // "Reservation 1 av S-ledamöterna om nyckelbiotoper": a numbered reservation and its authors.
                    if folded.hasPrefix("reservation "), let number = folded.splitOnSpaces(limit: 3).dropFirst().first,
                       number.allSatisfy(\.isNumber), let by = folded.find(" av "),
                       folded.distance(from: folded.startIndex, to: by.lowerBound) <= 16, folded.count == sentence.count {
                        var authors = String(sentence.dropFirst(folded.distance(from: folded.startIndex, to: by.upperBound)))
                        if let about = authors.find(" om ") { authors = String(authors[..<about.lowerBound]) }
                        foundInBlock = true
                        if !result.contains(where: { $0.text == sentence }) { result.append(Reservation(names: people(in: authors), text: sentence)) }
                        continue
                    }
                    // "Jonas Ekerot (SD) instämmer i reservationen": one more name to the reservation above.
                    // ("Per Olsson (M) reserverar sig … och Anna Berg (KD) instämmer i reservationen": a
                    // reservation of its own, read below.)
                    if let joins = joiningVerbs.lazy.compactMap({ folded.find($0) }).first, let last = result.indices.last,
                       !verbs.contains(where: { folded.includes($0) }) {
                        let head = withoutOpener(String(sentence.prefix(folded.distance(from: folded.startIndex, to: joins.lowerBound))))
                        let joined = folded.count == sentence.count ? people(in: head) : []
                        result[last].names += joined.filter { !result[last].names.contains($0) }
                        if !joined.isEmpty {
                            foundInBlock = true
                            continue
                        }
                    }
                    guard folded.includes("reserv") || folded.includes("avvikande mening"),
                          !folded.hasPrefix("ingen "), !folded.hasPrefix("nagon "), !folded.includes("protokollsanteckning"),
                          let verb = verbs.lazy.compactMap({ folded.find($0) }).first else { continue }
                    // "Reservation anfördes ej", "… reserverade sig inte": the verb negated. ("… mot
                    // beslutet att inte återremittera" negates something else.)
                    if let next = folded[verb.upperBound...].splitOnSpaces(limit: 1).first,
                       ["inte", "ej", "icke"].contains(next.trimmingEnds(".,;")) { continue }
                    foundInBlock = true
                    var names = namesAround(sentence, folded: folded, verb: verb)
                    // "… reserverar sig mot beslutet och Anna Berg (KD) instämmer i reservationen".
                    if let joins = joiningVerbs.lazy.compactMap({ folded.find($0) }).first, joins.lowerBound > verb.upperBound,
                       folded.count == sentence.count, let och = folded[verb.upperBound..<joins.lowerBound].range(of: " och ", options: .backwards) {
                        let start = folded.distance(from: folded.startIndex, to: och.upperBound)
                        let end = folded.distance(from: folded.startIndex, to: joins.lowerBound)
                        let joined = people(in: String(sentence.dropFirst(start).prefix(end - start)))
                        names += joined.filter { !names.contains($0) }
                    }
                    if !result.contains(where: { $0.text == sentence }) { result.append(Reservation(names: names, text: sentence)) }
                }
                // "Reservation" over "Anna Ek (M), Per Berg (M)": the names alone. (Not after the rubric's
                // reservation is told: "Signerat digitalt: Annika Ström 2025-03-11 11:38, …" signs the §.)
                if underRubric, !foundInBlock, result.count == foundBefore, !block.text.contains(where: \.isNumber) {
                    let names = NameList.people(in: block.lines).map(\.name)
                    if !names.isEmpty { result.append(Reservation(names: names, text: block.text)) }
                }
            }
        }
        return result
    }

    /// The people before the verb ("Anna Ek (M) reserverar sig"), or after it ("Mot beslutet
    /// reserverar sig Anna Ek (M)").
    private static func namesAround(_ sentence: String, folded: String, verb: Range<String.Index>) -> [String] {
        guard let (head, tail) = nameSpans(sentence, folded: folded, verb: verb) else { return [] }
        let people = people(in: head)
        return people.isEmpty ? self.people(in: tail) : people
    }

    /// The text before the verb and the text after it, up to where the names end.
    private static func nameSpans(_ sentence: String, folded: String, verb: Range<String.Index>) -> (head: String, tail: String)? {
        // The folded text has the same characters as the sentence (diacritics folded one for one)
        // only when their counts agree; otherwise positions are taken by character offsets.
        let before = folded.distance(from: folded.startIndex, to: verb.lowerBound)
        let after = folded.distance(from: folded.startIndex, to: verb.upperBound)
        guard folded.count == sentence.count else { return nil }
        let head = String(sentence.prefix(before))
        var tail = String(sentence.dropFirst(after))
        let foldedTail = String(folded.dropFirst(after))
        if let end = nameEnds.compactMap({ foldedTail.find($0) }).map({ foldedTail.distance(from: foldedTail.startIndex, to: $0.lowerBound) }).min() {
            tail = String(tail.prefix(end))
        }
        return (withoutOpener(head), withoutOpener(tail))
    }

    private static func withoutOpener(_ text: String) -> String {
        var words = text.trimmed.trimmingEnds(".,:").trimmed
        // "Mot beslutet reserverar sig …": what stands before the names.
        for opener in ["Mot beslutet", "Mot detta", "Mot förslaget"] where words.hasPrefix(opener) {
            words = String(words.dropFirst(opener.count)).trimmed
        }
        return words
    }

    private static func people(in text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        return NameList.people(inProse: text).map(\.name).filter { $0.wordCount >= 2 }
    }

    /// "Reservation anfördes av herr Bäckström och fru Ek", "Mot beslutet reserverade sig Wik": a
    /// reservation that names members by surname names those of the meeting, when each surname is
    /// one member's.
    static func namingBySurname(_ paragraphs: inout [Paragraph], attendance: [Attendee]) {
        for p in paragraphs.indices {
            for r in paragraphs[p].reservations.indices where paragraphs[p].reservations[r].names.isEmpty {
                let sentence = paragraphs[p].reservations[r].text
                let folded = sentence.folded
                guard let verb = verbs.lazy.compactMap({ folded.find($0) }).first,
                      let (head, tail) = nameSpans(sentence, folded: folded, verb: verb) else { continue }
                // The names before the verb, else after it ("Mot detta beslut reserverade sig herr Hed").
                guard let names = [head, tail].lazy.compactMap({ SurnameReference.members(namedIn: $0, attendance: attendance) }).first else { continue }
                paragraphs[p].reservations[r].names = names
            }
        }
    }

    /// The national parties by the forms a reservation names a group with: "Moderaternas ledamöter",
    /// "Moderaterna och Sverigedemokraterna reserverar sig".
    private static let partyForms: [(words: [String], tag: String)] = [
        (["socialdemokraternas", "socialdemokraterna"], "S"), (["moderaternas", "moderaterna"], "M"),
        (["sverigedemokraternas", "sverigedemokraterna"], "SD"), (["centerpartiets", "centerpartiet"], "C"),
        (["liberalernas", "liberalerna"], "L"), (["kristdemokraternas", "kristdemokraterna"], "KD"),
        (["vansterpartiets", "vansterpartiet"], "V"), (["miljopartiets", "miljopartiet"], "MP"),
        (["folkpartiets", "folkpartiet"], "FP"),
    ]

    /// Words for a party's members after its tag: "S-ledamöterna", "C-ledamoten", "M-gruppen".
    private static let groupWords: Set<String> = ["ledamoterna", "ledamoten", "ledamoter", "ledamoternas", "gruppen", "gruppens", "ledamot"]

    /// "S-ledamöterna", "V- och MP-ledamöterna": the party tags of groups named by tag, as Riksdag
    /// committees and councils write them.
    static func partyTagGroups(in text: String) -> [String] {
        var tags: [String] = []
        var pending: [String] = []
        for word in text.splitOnSpaces().map({ $0.trimmingEnds(",.;:()") }) {
            guard let dash = word.firstIndex(of: "-") else {
                if word != "och" { pending = [] }
                continue
            }
            let tag = String(word[..<dash]), rest = word[word.index(after: dash)...].folded
            guard PersonEntry.isParty(tag), tag.first?.isUppercase == true else {
                pending = []
                continue
            }
            if rest.isEmpty {
                // "V-" in "V- och MP-ledamöterna": the group word comes with the last tag.
                pending.append(tag)
            } else if groupWords.contains(rest) {
                tags += pending + [tag]
                pending = []
            }
        }
        return tags
    }

    /// A reservation by party group names no one: its members are those of the party who voted in the
    /// §'s roll call or, without one, who decided at the meeting in that §.
    static func namingPartyGroups(_ paragraphs: inout [Paragraph], attendance: [Attendee]) {
        for p in paragraphs.indices {
            for r in paragraphs[p].reservations.indices where paragraphs[p].reservations[r].names.isEmpty {
                let words = Set(FoldedWords.split(paragraphs[p].reservations[r].text.folded))
                let tags = partyForms.filter { !words.isDisjoint(with: $0.words) }.map(\.tag)
                    + partyTagGroups(in: paragraphs[p].reservations[r].text)
                // "Sjukvårdspartiets ledamöter": a local party this list does not know would be left
                // out, so a partial list is not made.
                let known = Set(partyForms.flatMap(\.words))
                let unknownParty = words.contains { !known.contains($0) && ($0.hasSuffix("partiets") || $0.hasSuffix("partiet")) }
                guard !tags.isEmpty, !unknownParty else { continue }
                let ballots = paragraphs[p].votes.flatMap(\.ballots)
                let names = ballots.isEmpty
                    ? attendance.filter { $0.deciding && $0.party.map(tags.contains) == true && takesPart($0, in: paragraphs[p].number) }.map(\.name)
                    : ballots.filter { $0.vote != .absent && $0.party.map(tags.contains) == true }.map(\.name)
                paragraphs[p].reservations[r].names = names
            }
        }
    }

    /// True unless the attendee's participation ("§§ 1–5", "ej § 7") leaves the § out.
    private static func takesPart(_ attendee: Attendee, in paragraph: String) -> Bool {
        guard let written = attendee.paragraphs else { return true }
        return ParagraphScope.parse(written)?.contains(paragraph: paragraph) ?? true
    }
}
