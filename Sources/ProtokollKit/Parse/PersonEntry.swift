import Foundation

/// One person as written in an attendance list or a name list: "Kjell Hedvall (S), ordförande",
/// "Diana Laitinen Carlsson (tjänstgörande ersättare)", "Anna Berg (KD) ersätter Olof Ek (KD)",
/// "Kommundirektör Jan Fransson", "Glenn Norberg ordförande", "Rune Backlund Landstinget".
struct PersonEntry: Equatable {
    var name: String
    var role: String?
    var party: String?
    var organisation: String?
    var replaces: String?
    var paragraphs: String?

    /// Role words, folded, that may follow or precede a name.
    static let roleWords: Set<String> = [
        "ordforande", "vice", "sekreterare", "ombudsman", "ledamot", "ledamoter", "ersattare", "tjanstgorande", "kassor",
        "suppleant", "revisor", "praktikant", "foredragande", "justerare", "adjungerad", "adjungerade",
        "protokollforare", "motesordforande", "motessekreterare", "ordinarie", "ej", "gast", "inbjuden",
        "observator", "kommunalrad", "oppositionsrad", "tjansteman", "1:e", "2:e", "3:e", "forste", "andre",
        "ordf", "ordf.", "sekr", "sekr.", "tjg", "tjanstg", "ledamot,", "representant", "nyvald", "avgaende", "minnesantecknare",
        "ansvarig", "handlaggare", "controller", "chef", "vd", "direktor", "samordnare", "strateg", "professor",
        "utredare", "ekonom", "jurist", "arkivarie", "registrator", "notarie", "assistent", "konsult", "rektor",
        "forestandare", "och", "for", "del", "av", "i", "fran", "t.o.m.", "tom", "kl", "kl.", "medlem",
        "valberedning", "sammankallande", "studerande", "student", "elev", "ungdomsrepresentant", "dr", "dr.",
    ]

    /// Endings of role nouns written before a name: "Kommundirektör", "FoU-ledare", "skolchef".
    static let roleSuffixes = WordSet([
        "direktor", "chef", "ledare", "handlaggare", "sekreterare", "strateg", "samordnare", "ekonom", "jurist",
        "utredare", "controller", "ansvarig", "ordforande", "rad", "revisor", "praktikant", "assistent",
        "tjansteman", "forestandare", "rektor", "professor", "konsult", "inspektor", "planerare", "arkitekt",
        "ingenjor", "specialist", "radgivare", "administrator", "registrator", "arkivarie", "kommunikator",
        "projektledare", "notarie", "forvaltare", "kurator", "psykolog", "lakare", "forskare", "lektor",
        "handlaggare", "officer", "skoterska", "samordnare", "utvecklare", "analytiker", "medarbetare",
        "mastare", "ledamot", "kassor", "suppleant", "ersattare", "representant", "ombud", "sekreterare",
        "ansvarig", "ordf", "chef", "kamrer", "vard", "skyddsombud", "herde", "prast", "diakon", "kantor",
        "vaktmastare", "komminister", "ombudsman",
    ])

    /// Endings of words that make a chunk an organisation: "Mullsjö kommun", "Landstinget".
    static let organisationEndings = WordSet([
        "kommun", "kommunen", "kommuns", "region", "regionen", "landsting", "landstinget", "forbund",
        "forbundet", "forbunden", "forvaltning", "forvaltningen", "namnd", "namnden", "bolag", "bolaget",
        "universitet", "universitetet", "hogskola", "hogskolan", "myndighet", "myndigheten", "forsakringskassan",
        "arbetsformedlingen", "polisen", "lansstyrelsen", "forsamling", "forening", "foreningen", "kansliet",
        "sektionen", "stiftelsen", "studentkaren", "studentkar", "teknologkar", "teknologkaren", "akademin", "institutet", "verket", "enheten", "foretaget",
        "radet", "kommunforbund", "klubb", "klubben", "scoutkar", "scoutkaren", "sallskap", "sallskapet", "gillet",
        // Units written in the definite form: "Hälsocentralen Kalix", "Socialtjänsten", "Ungdomsmottagningen".
        "centralen", "tjansten", "mottagningen",
        // Schools: "Siljebo gymnasium", "Tärnås naturbruksgymnasium", "Norrängsskolan".
        "gymnasium", "gymnasiet", "skola", "skolan",
        // The press at a public meeting: "Gefle Dagblad", "Östersunds-Posten" (not "Emma Posten"), "Sveriges Radio".
        "dagblad", "bladet", "tidning", "tidningen", "kuriren", "-posten", "allehanda", "nyheter", "radio",
    ])
    static let organisationWords: Set<String> = ["stad", "staden", "skola", "skolan", "kansli", "sektion", "enhet", "ab"]

    static func isOrganisationWord(_ word: String) -> Bool { isFoldedOrganisationWord(word.folded) }

    private static func isFoldedOrganisationWord(_ folded: String) -> Bool {
        organisationWords.contains(folded) || organisationEndings.containsSuffix(of: folded)
    }

    static func isRoleText(_ text: String) -> Bool {
        let words = text.folded.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
        guard !words.isEmpty else { return false }
        let written = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
        return words.indices.allSatisfy { index in
            let word = words[index]
            return roleWords.contains(String(word)) || roleSuffixes.containsSuffix(of: word)
                || index + 1 < words.count && words[index + 1] == "vice" && written.indices.contains(index) && isRomanRank(written[index])
        }
    }

    /// "fullmäktiges ii vice ordförande" → "fullmäktiges II vice ordförande".
    static func withRomanRanks(_ role: String) -> String {
        guard role.find(" vice") != nil || role.hasPrefix("i") else { return role }
        let words = role.split(separator: " ", omittingEmptySubsequences: false)
        return words.indices.map { index in
            let word = words[index]
            return index + 1 < words.count && words[index + 1] == "vice" && isRomanRank(word.uppercased()) ? word.uppercased() : String(word)
        }.joined(separator: " ")
    }

    /// "I", "II", "III" before "vice ordförande", as Finland-Swedish minutes rank the vice chairs.
    static func isRomanRank<S: StringProtocol>(_ word: S) -> Bool {
        ["I", "II", "III", "IV"].contains(String(word))
    }

    /// Plural nouns that introduce a group in running text ("Ledamöterna Ingrid Hallström (ordförande),
    /// …"), folded.
    static let collectiveNouns: Set<String> = ["ledamoterna", "styrelseledamoterna", "ersattarna", "suppleanterna"]

    static func isRoleNoun(_ word: String) -> Bool {
        let folded = word.folded
        return roleWords.contains(folded) && folded != "och" && (folded.count > 2 || folded == "vd" || folded == "dr")
            || roleSuffixes.containsSuffix(of: folded) || collectiveNouns.contains(folded)
    }

    private static let twoLetterAgencies: Set<String> = ["Af", "Fk"]

    static func isOrganisationText(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard !words.isEmpty else { return false }
        for word in words where !isRomanRank(word) {
            if isOrganisationWord(String(word)) { return true }
            // Acronyms: "FK", "SKL", "AF".
            if word.count >= 2, word.count <= 5, word.allSatisfy({ $0.isUppercase }) { return true }
        }
        // "Af" (Arbetsförmedlingen), "Fk": an agency's short form standing alone. Not any two capitalised
        // letters: "Ek", "Ås" and "Öd" are surnames ("Tomas Lindén Ek").
        if words.count == 1, let word = words.first, twoLetterAgencies.contains(String(word)) { return true }
        return false
    }

    /// Parses one entry. Returns nil when no plausible personal name is found.
    static func parse(_ raw: String) -> PersonEntry? {
        var text = raw.trimmed
        text = text.drop(while: { $0 == "-" || $0 == "•" || $0 == "*" || $0 == "–" || $0 == "·" }).trimmed
        // "PRO Stensjö", "SPF Seniorerna Stensjöbygden": an organisation's acronym, then its name.
        // ("PRO Björkvalla (Gunnel Arvidsson, Bertil Holm)" names its members: read on.)
        let leadingWords = text.splitOnSpaces(limit: 2)
        if leadingWords.count == 2, !text.containsByte(0x28), let first = leadingWords.first, (3...5).contains(first.count), first.allSatisfy({ $0.isUppercase && $0.isLetter }),
           let second = leadingWords.last, second.startsWithUppercaseLetter, !second.allSatisfy({ !$0.isLetter || $0.isUppercase }) {
            return nil
        }
        text = withoutLeadingInitials(text)
        // "Suppleanten Karl-Johan Ehrenborg" opening a sentence: the definite role, as "suppleanten …".
        if let space = text.firstIndex(of: " "), case let first = text[..<space], first.first?.isUppercase == true, first.count > 6,
           roleAbbreviations[first.lowercased()] != nil, text[text.index(after: space)...].first?.isUppercase == true {
            text = first.lowercased() + text[space...]
        }
        // "Karin Berg – socialchef": a dash between name and title works as a comma. ("§§ 33 - 37":
        // between numbers it is a range.)
        for dash in [" – ", " — ", " - "] where text.includes(dash) {
            var out = ""
            var rest = Substring(text)
            while let range = rest.find(dash) {
                let before = rest[..<range.lowerBound]
                let after = rest[range.upperBound...]
                let between = before.last?.isNumber == true && after.first?.isNumber == true
                out += before + (between ? "–" : ", ")
                rest = after
            }
            text = out + rest
        }
        // "Eva Marklund / FUB": the organisation after a slash.
        var slashOrganisation: String?
        if let slash = text.find(" / ") {
            let after = text[slash.upperBound...].trimmed
            if !after.isEmpty, after.startsWithUppercaseLetter { slashOrganisation = after }
            text = String(text[..<slash.lowerBound])
        }
        while let last = text.last, last == "," || last == "." || last == ";" { text.removeLast() }
        guard !text.isEmpty else { return nil }
        // "Öhrlings PricewaterhouseCoopers AB": a company by its legal form, not a person.
        if !text.containsByte(0x2C), let space = text.lastIndex(of: " "), companyForms.contains(String(text[text.index(after: space)...])) {
            return nil
        }
        var entry = PersonEntry(name: "")
        entry.organisation = slashOrganisation
        // "förvaltare från Uppsala Fastighetsförvaltning AB (§§ 5–6)": a role and where it is from.
        if let from = text.find(" från "), text[..<from.lowerBound].contains(Character(",")) {
            let after = String(text[from.upperBound...])
            let organisation = after.removingParenthesised.trimmingPunctuation
            if organisation.startsWithUppercaseLetter {
                entry.organisation = organisation
                var kept = String(text[..<from.lowerBound])
                if let open = after.firstIndex(of: "(") { kept += " " + after[open...] }
                text = kept
            }
        }
        // "Herr Karl Lind ersattes av fru Greta Lund": the passive names the substitute last.
        for marker in [" ersattes av ", " ersätts av "] {
            guard let range = text.find(marker), let substitute = parse(String(text[range.upperBound...])),
                  let member = parse(String(text[..<range.lowerBound])) else { continue }
            var entry = substitute
            entry.replaces = member.name
            entry.role = "tjänstgörande ersättare"
            return entry
        }
        // "A ersätter B", "A, ersättare för B", "A tjg för B", "A tjänstgör för B", "A i stället för B".
        for marker in replacementMarkers {
            // "ersättare för ombudet": a task, not a member replaced; the one replaced is named.
            // ("tjänstgörande för herr Hed": named by surname, which says whom only with the list of
            // the absent; the substitute serves all the same.)
            if let range = text.find(marker), case let after = text[range.upperBound...].splitOnSpaces(limit: 3), after.count >= 2,
               SurnameReference.honorifics.contains(after[0].folded), after[1].startsWithUppercaseLetter {
                entry.role = "tjänstgörande ersättare"
                // "i stället för herr Helge Karlsson": a full name after the title says whom.
                if after.count == 3, after[2].startsWithUppercaseLetter,
                   let other = parse(text[range.upperBound...].splitOnSpaces().dropFirst().joined(separator: " ")) {
                    entry.replaces = other.name
                }
                text = String(text[..<range.lowerBound])
                break
            }
            // ("suppleanten Helmer Wik, den senare i stället för den frånvarande ledamoten Johan Björk": the
            // words that describe the member replaced go before the name.)
            if let range = text.find(marker), case let after = text[range.upperBound...].splitOnSpaces(), after.count <= 8,
               let named = after.firstIndex(where: \.startsWithUppercaseLetter), named > 0, named <= 3,
               after[..<named].allSatisfy({ $0.firstLetterIsLowercase }),
               let other = parse(after[named...].joined(separator: " ")), other.name.wordCount >= 2 {
                entry.replaces = other.name
                entry.paragraphs = entry.paragraphs ?? other.paragraphs
                entry.role = "tjänstgörande ersättare"
                text = String(text[..<range.lowerBound])
                // ", den senare": which of the names before serves.
                if text.hasSuffix(", den senare") { text = String(text.dropLast(", den senare".count)) }
                break
            }
            if let range = text.find(marker), text[range.upperBound...].first?.isUppercase == true {
                var replaced = String(text[range.upperBound...])
                text = String(text[..<range.lowerBound])
                // "Ove Strömberg (suppleant, tjänstgörande för Anita Björk)": the parenthesis opened
                // before the marker closes after the name.
                if text.filter({ $0 == "(" }).count > text.filter({ $0 == ")" }).count, replaced.hasSuffix(")"),
                   replaced.filter({ $0 == "(" }).count < replaced.filter({ $0 == ")" }).count {
                    replaced.removeLast()
                    // ("(suppl, går in för Kenta)": the comma before the marker goes with it.)
                    text = text.trimmingEnds(", ") + ")"
                }
                let other = parse(replaced)
                // ("går in för Petra": notes name the member by a first name.)
                let firstName = replaced.trimmed.trimmingEnds(".,)")
                let isFirstName = [" går in för ", " ersätter "].contains(marker) && firstName.wordCount == 1 && firstName.allSatisfy(\.isLetter)
                    && firstName.dropFirst().contains(where: \.isLowercase)
                entry.replaces = other?.name ?? (isFirstName ? firstName : nil)
                // "… ersättare för Anna Björk (MP), §§ 45–48": the §§ are those the substitute served.
                entry.paragraphs = entry.paragraphs ?? other?.paragraphs
                entry.role = "tjänstgörande ersättare"
                break
            }
        }
        // "Dan Ek (KD) för Eva Al (KD)": a substitute and the member replaced, when a name follows.
        if entry.replaces == nil, let range = text.find(" för "),
           let other = parse(String(text[range.upperBound...])), other.name.wordCount >= 2,
           text[..<range.lowerBound].contains(where: \.isUppercase) {
            entry.replaces = other.name
            // "… för Lars Öhman (M), § 103": the § the substitute served.
            entry.paragraphs = entry.paragraphs ?? other.paragraphs
            text = String(text[..<range.lowerBound])
        }
        // Parenthesised parts: party tags, roles, participation.
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            var inner = text[text.index(after: open)..<close].trimmed
            let initials = String(text[..<open].splitOnSpaces().compactMap { $0.first }.filter(\.isUppercase))
            text = (text[..<open] + " " + text[text.index(after: close)...]).collapsedWhitespace
            // "Roger Haapala (RH)": the person's initials, as notes use them, not a party.
            if inner.count >= 2, inner == initials { continue }
            // "Ove Strömberg (suppleant, tjänstgörande för Anita Björk)", "(tjg för G. Falk)".
            // ("(suppl, går in för Kenta)": a verb of serving names the member by a first name too.)
            if inner.firstLetterIsLowercase, let marker = inner.find("för "), entry.replaces == nil,
               case let target = String(inner[marker.upperBound...]).trimmed,
               let other = parse(target)?.name ?? (target.wordCount == 1 && target.allSatisfy(\.isLetter) ? target : nil),
               other.wordCount >= 2 || other.startsWithUppercaseLetter
                && ["gar in ", "tjanstgor ", "tjanstgorande ", "tjg "].contains(where: { inner[..<marker.lowerBound].folded.hasSuffix($0) }) {
                entry.replaces = other
                entry.role = "tjänstgörande ersättare"
                continue
            }
            // "(via Zoom)", "(på distans)": how the person took part, not who they are. ("(via Zoom,
            // från §5)": what follows the comma is read.)
            if isAttendanceMode(inner) {
                guard let comma = inner.firstIndex(of: ",") else {
                    // "(via Teams från punkt 6)": the §§ or points after the mode.
                    let words = inner.splitOnSpaces()
                    if let start = words.indices.dropFirst().first(where: { i in
                        guard participationQualifiers.contains(words[i].lowercased()) || words[i].hasPrefix("§") else { return false }
                        let rest = words[i...].joined(separator: " ")
                        return rest.contains(Character("§")) || isPointParticipation(rest)
                    }) {
                        entry.paragraphs = participation(words[start...].joined(separator: " "))
                    }
                    continue
                }
                inner = inner[inner.index(after: comma)...].trimmed
                if inner.isEmpty { continue }
            }
            if isParty(inner) || isLocalPartyTag(inner) {
                entry.party = partyTag(inner)
            } else if inner.contains(Character("§")) || inner.hasPrefix("kl") || isPointParticipation(inner) {
                // "(§§ 5–6)", "(kl. 18.00–19.30)", "(punkt 6)".
                entry.paragraphs = inner
            } else if let verb = inner.splitOnSpaces(limit: 1).first, remarkVerbs.contains(verb.folded) {
                // "(har informerats, deltar ej i besluten)": a remark on the person, no title; only the
                // §§ or points in it are kept ("(deltog via Teams, punkt 1–3)").
                for part in inner.split(separator: ",").map({ $0.trimmed })
                where part.contains(Character("§")) || isPointParticipation(part) {
                    entry.paragraphs = participation(part)
                }
                continue
            } else if inner.firstLetterIsLowercase || isRoleText(inner) {
                entry.role = inner.lowercased()
            } else if isOrganisationText(inner) {
                entry.organisation = inner
            }
        }
        // ", ordförande", ", s, ordförande" after the name.
        let commaParts = text.containsByte(0x2C) ? text.split(separator: ",").map { $0.trimmed } : [text.trimmed]
        var parts = joiningParagraphLists(commaParts.filter { !$0.isEmpty })
        guard !parts.isEmpty else { return nil }
        var nameText = parts.removeFirst()
        for part in parts {
            if isParty(part) { entry.party = partyTag(part) }
            else if isPointParticipation(part) { entry.paragraphs = participation(part) }
            else if let repaired = misreadParagraphSigns(part) { entry.paragraphs = repaired }
            else if isStatuteCitation(part) {
                // "ledamot enligt 4 kap. 2 § kyrkoordningen": why the person is a member, not where.
                entry.role = entry.role.map { $0 + ", " + part } ?? part
            }
            else if let sign = part.firstIndex(of: "§") {
                // "bygglovshandläggare §§ 32-33": a role, then the §§ the person attended.
                let before = part[..<sign].trimmed
                // "ej § 88", "utom §§ 3–4", "t.o.m. § 12": which §§, not a role.
                let qualifier = ["ej", "utom", "t.o.m.", "t.o.m", "tom", "fr.o.m.", "fr.o.m", "from", "fran", "till", "efter", "under"].contains(before.folded)
                if before.folded.hasPrefix("tjanstgorande ordf") || before.folded.hasPrefix("tf ordf") || before.folded.hasPrefix("ordf") {
                    // "1:e vice ordförande, tjänstgörande ordförande § 17", "ordf. fr.o.m. § 149": the §
                    // is where the person chaired, not the only § they attended.
                    entry.role = entry.role.map { $0 + ", " + part.lowercased() } ?? part.lowercased()
                } else if before.contains(where: \.isNumber) {
                    // "under 5 § och 6 §": the number stands before the sign, as in "5 §" headings.
                    entry.paragraphs = part.hasPrefix("under ") ? String(part.dropFirst(6)) : part
                } else if ["tjanstgor", "tjanstgorande", "tjg"].contains(before.folded) {
                    // "Britt-Marie Kjellgren (S), tjänstgör § 46": a substitute serving in that §.
                    entry.role = entry.role ?? "tjänstgörande ersättare"
                    entry.paragraphs = String(part[sign...])
                } else if !before.isEmpty, !qualifier, before.firstLetterIsLowercase || isRoleText(before) {
                    entry.role = entry.role ?? before.lowercased()
                    entry.paragraphs = String(part[sign...])
                } else {
                    entry.paragraphs = participation(part)
                }
            }
            else if part.firstLetterIsLowercase || isRoleText(part) {
                var role = part
                // "rektor Tärnås naturbruksgymnasium": a role, then where, with its capitals.
                let words = part.splitOnSpaces()
                if part.firstLetterIsLowercase, let capital = words.indices.dropFirst().first(where: { words[$0].startsWithUppercaseLetter }),
                   !["for", "till", "efter", "av", "i", "pa", "vid", "inom", "hos", "med"].contains(words[capital - 1].folded), isRoleText(words[..<capital].joined(separator: " ")) {
                    role = words[..<capital].joined(separator: " ")
                    entry.organisation = entry.organisation ?? words[capital...].joined(separator: " ")
                }
                entry.role = entry.role.map { $0 + ", " + roleCase(role) } ?? roleCase(role)
            }
            else if isOrganisationText(part) { entry.organisation = part }
            else { entry.organisation = entry.organisation ?? part }
        }
        var words = nameText.splitOnSpaces().map(repairingOCRDigits)
        // "ordföranden herr Gustaf Holmér", "fru Greta Wikström": the courtesy title of older minutes
        // is neither name nor role.
        if words.count > 2, words.contains(where: { Self.courtesyTitles.contains($0.folded) }) {
            let kept = words.filter { !Self.courtesyTitles.contains($0.folded) }
            if kept.count >= 2 { words = kept }
        }
        // Participation written after the name: "Anna Berg §§ 18-20", "t.o.m. § 108", "ej § 91-97",
        // "kl. 8.15-10.00".
        if let start = words.indices.first(where: { i in
            if words[i].hasPrefix("§") { return true }
            guard participationQualifiers.contains(words[i].lowercased()), i + 1 < words.count else { return false }
            let next = words[i + 1]
            return next.hasPrefix("§") || next.first?.isNumber == true || isPointParticipation(words[i...].joined(separator: " "))
        }) {
            // "under § 36 byggnadsnämndens ordförande Oskar Hägg": participation first, then the person.
            var end = words.count
            if start == 0, let number = words.indices.first(where: { words[$0].first?.isNumber == true }),
               let after = words.indices.dropFirst(number + 1).first(where: { words[$0].first?.isNumber != true && !["och", "-", "–"].contains(words[$0]) }),
               words[after...].contains(where: \.startsWithUppercaseLetter), words.count - after >= 2 {
                end = after
            }
            entry.paragraphs = participation(words[start..<end].joined(separator: " "))
            words.removeSubrange(start..<end)
        }
        // A role before the name: "skolchef Jan Holmqvist", "Kommundirektör Jan Fransson".
        var leadingRole: [String] = []
        while words.count > 2, let first = words.first,
              first.firstLetterIsLowercase && !isParticle(first)
                || (isRoleNoun(first) || isDefiniteTitle(first.lowercased())) && words.dropFirst().prefix(2).allSatisfy({ $0.startsWithUppercaseLetter }) {
            leadingRole.append(words.removeFirst())
            // "Enhetschef IFO Martin Sjödin": the unit's acronym belongs to the title.
            if words.count > 2, let next = words.first, (2...5).contains(next.count), next.allSatisfy(\.isUppercase) {
                leadingRole.append(words.removeFirst())
                // ("ombudsman IF Metall Dalarna": the acronym opens a union's name and its district, no person.)
                if let last = words.last, provinces.contains(last.folded) { return nil }
            }
        }
        // Organisation after the name: "Henrik Jansson Mullsjö kommun", "Peter Hedberg förbunden".
        var trailing: [String] = []
        if words.count >= 3, let start = (2..<words.count).first(where: { isOrganisationText(words[$0...].joined(separator: " ")) && !isRoleText(words[$0...].joined(separator: " ")) }) {
            trailing = Array(words[start...])
            words.removeSubrange(start...)
        }
        // A role after the name: "Glenn Norberg ordförande".
        while words.count > 2, let last = words.last, last.firstLetterIsLowercase, !isParticle(last) {
            trailing.insert(words.removeLast(), at: 0)
        }
        if !trailing.isEmpty {
            let tail = trailing.joined(separator: " ")
            if isRoleText(tail) { entry.role = entry.role ?? tail.lowercased() }
            // "Tove Marklund från Fiberkonsult Mitt AB": where the person comes from.
            else if tail.hasPrefix("från "), tail.count > 5 { entry.organisation = entry.organisation ?? String(tail.dropFirst(5)) }
            else { entry.organisation = entry.organisation ?? tail }
        }
        if !leadingRole.isEmpty {
            let leading = leadingRole.joined(separator: " ").lowercased()
            // ("Kyrkoherde Mikael Sjöberg, ledamot enligt 4 kap. 2 § kyrkoordningen": the title, then why.)
            if let role = entry.role, isStatuteCitation(role) { entry.role = leading + ", " + role }
            else if entry.role == nil { entry.role = leading }
        }
        nameText = words.joined(separator: " ")
        guard isPlausibleName(words) else { return nil }
        entry.name = nameText
        entry.role = entry.role.map(expandedRole)
        return entry
    }

    /// "herr", "fru", "fröken" before a name (the honorifics a surname is addressed with), and
    /// "herrar" before several.
    static let courtesyTitles: Set<String> = SurnameReference.honorifics.union(["herrar", "fruarna", "frokenarna"])

    /// Verbs that open a remark in parentheses after a name, not a title.
    private static let remarkVerbs: Set<String> = [
        "har", "hade", "deltar", "deltog", "narvarar", "narvarade", "lamnade", "anlande", "kom", "gick", "inkom", "anslot",
    ]

    /// "punkt 1–4", "från punkt 3", "ej p. 7": the points of notes a person attended, as "§§" are in minutes.
    static func isPointParticipation(_ part: String) -> Bool {
        var words = part.folded.splitOnSpaces().map(String.init)
        if let first = words.first, participationQualifiers.contains(first) || first == "fran" { words.removeFirst() }
        guard words.count >= 2, ["punkt", "punkterna", "punkter", "p", "p.", "pkt", "pkt."].contains(words[0]) else { return false }
        return words[1].first?.isNumber == true
    }

    /// Words that open the participation after a name: "t.o.m. § 108", "ej § 91", "under punkt 18".
    private static let participationQualifiers: Set<String> = [
        "t.o.m.", "t.o.m", "tom", "fr.o.m.", "fr.o.m", "from", "ej", "utom", "från", "efter", "kl", "kl.", "till", "under",
    ]

    /// "under punkt 18 samt två åhörare utan rösträtt" → "punkt 18": "under" only says "during",
    /// and what "samt" adds after the §§ or points is someone else.
    static func participation(_ text: String) -> String {
        var text = text.trimmed
        if text.folded.hasPrefix("under ") { text = String(text.dropFirst(6)).trimmed }
        if let samt = text.find(" samt ") {
            let after = text[samt.upperBound...].trimmed
            if !(after.hasPrefix("§") || after.first?.isNumber == true || isPointParticipation(after)) {
                text = String(text[..<samt.lowerBound])
            }
        }
        return text
    }

    /// "KL Karin Lidén", "MEr Mats Eriksson", "PS – Petra Sandin": the initials notes put before a
    /// name. A role word ("VD Anna Ek") is not initials.
    static func withoutLeadingInitials(_ text: String) -> String {
        let words = text.splitOnSpaces()
        guard words.count >= 3, let first = words.first, (2...3).contains(first.count), first.allSatisfy(\.isLetter),
              first.filter(\.isUppercase).count >= 2, let firstCharacter = first.first, firstCharacter.isUppercase,
              !isRoleNoun(String(first)) else {
            return text
        }
        var rest = words.dropFirst()
        if let dash = rest.first, dash.allSatisfy(\.isDash) { rest = rest.dropFirst() }
        guard rest.count >= 2, rest.prefix(2).allSatisfy({ $0.startsWithUppercaseLetter && $0.count >= 2 }) else { return text }
        // The initials are the name's: "KL" for Karin Lidén, "SW" for Sofie Wahlström.
        let tag = first.uppercased()
        guard let given = rest.first?.first, let family = rest.dropFirst().first?.first,
              tag.hasPrefix(String(given).uppercased()), tag.contains(String(family).uppercased()) else { return text }
        return rest.joined(separator: " ")
    }

    private static let roleAbbreviations: [String: String] = [
        "ordf": "ordförande", "ordf.": "ordförande", "sekr": "sekreterare", "sekr.": "sekreterare",
        "suppl": "suppleant", "suppl.": "suppleant", "ers": "ersättare", "ers.": "ersättare", "tjg": "tjänstgörande",
        "tjg.": "tjänstgörande", "ledam": "ledamot", "ledam.": "ledamot", "v.": "vice",
        "adj": "adjungerad", "adj.": "adjungerad",
        // Roles in prose come in the definite form: "ordföranden Ingrid Holmberg", "ledamöterna A och B".
        "ordföranden": "ordförande", "sekreteraren": "sekreterare", "kassören": "kassör", "ledamoten": "ledamot",
        "ledamöterna": "ledamot", "suppleanten": "suppleant", "suppleanterna": "suppleant", "revisorn": "revisor",
        "ersättaren": "ersättare", "ordförandena": "ordförande", "ersättarna": "ersättare", "revisorerna": "revisor",
    ]

    /// "ledamöterna Ove Lind och Torsten Ågren": a role in the plural, shared by the names that follow.
    static let pluralRoleWords: Set<String> = ["ledamöterna", "ersättarna", "suppleanterna", "revisorerna", "ordförandena"]

    /// "vice ordf" → "vice ordförande", "tjg ers" → "tjänstgörande ersättare": role words written out,
    /// so that the role reads the same in every document.
    /// A role in lower case, as minutes write most of them, but for an abbreviation in capitals:
    /// "VD", "IT-chef".
    static func roleCase(_ role: String) -> String {
        role.splitOnSpaces().map { word -> String in
            // "I vice ordförande", "II vice ordförande": a roman numeral ranks the office.
            if isRomanRank(word) { return String(word) }
            let letters = word.prefix { $0 != "-" }
            return (2...3).contains(letters.count) && letters.allSatisfy(\.isUppercase) && letters.allSatisfy(\.isLetter)
                ? letters + word.dropFirst(letters.count).lowercased() : word.lowercased()
        }.joined(separator: " ")
    }

    static func expandedRole(_ role: String) -> String {
        guard role.utf8.count < 80 else { return role }
        if let indefinite = indefiniteTitle(role) { return indefinite }
        return role.splitOnSpaces().map { word -> String in
            let comma = word.hasSuffix(",")
            let bare = comma ? String(word.dropLast()) : String(word)
            guard let full = roleAbbreviations[bare.lowercased()] else { return String(word) }
            return comma ? full + "," : full
        }.joined(separator: " ")
    }

    /// "sjukvårdsdirektören", "kommunchefen": a title in the definite form ("kommunen" is none).
    static func isDefiniteTitle(_ word: String) -> Bool {
        guard let indefinite = indefiniteTitle(word) else { return false }
        return isRoleText(indefinite) && !isOrganisationText(word)
    }

    /// "landstingsdirektören" → "landstingsdirektör", "kommunchefen" → "kommunchef",
    /// "handläggaren" → "handläggare": a one-word title in the definite form, as prose writes it
    /// before a name, in the form lists use.
    private static func indefiniteTitle(_ role: String) -> String? {
        guard !role.containsByte(0x20), role.utf8.count >= 6, role.startsWithLowercaseLetter else { return nil }
        for (definite, indefinite) in [("ören", "ör"), ("chefen", "chef"), ("aren", "are"), ("torn", "tor"), ("anden", "ande")] where role.hasSuffix(definite) {
            return String(role.dropLast(definite.count)) + indefinite
        }
        return nil
    }

    /// "samhällsbyggnadschef, §§ 89, 91–92": the numbers after a comma continue the § list before it.
    static func joiningParagraphLists(_ parts: [String]) -> [String] {
        var result: [String] = []
        for part in parts {
            let isNumbers = part.allSatisfy { $0.isNumber || $0.isDash || $0 == " " }
            if isNumbers, let last = result.last, last.contains(Character("§")) {
                result[result.count - 1] = last + ", " + part
            } else {
                result.append(part)
            }
        }
        return result
    }

    /// How a person took part, in parentheses after the name: no role. Whole words only:
    /// "(onlineredaktör)" is a role, and "(via ombud Karl Berg)" says who represented the person.
    private static let attendanceModes = ["via", "pa distans", "distans", "digitalt", "per telefon", "pa lank", "on line", "online"]

    private static func isAttendanceMode(_ text: String) -> Bool {
        let folded = text.folded
        if folded.hasPrefix("via ombud") { return false }
        return attendanceModes.contains { mode in
            folded == mode || folded.hasPrefix(mode + " ") || folded.hasPrefix(mode + ",")
        }
    }

    /// Legal forms that end a company's name.
    static let companyForms: Set<String> = ["AB", "HB", "KB", "Aktiebolag", "(publ)", "Ek.för.", "ek.för."]

    /// What stands between a substitute and the member replaced, in the order they are tried.
    /// `NameList` keeps the ones that follow a comma with the person before them.
    static let replacementMarkers = [
        " tjg ersättare för ", " tjänstgörande ersättare för ", ", tjänstgörande ersättare för ", " ersätter ",
        ", ersättare för ", " ersättare för ", " tjg för ", " tjg ers för ", " tjg ers. för ", " tjg. ers. för ",
        " tjänstgör för ", " tjänstgörande för ", " tjänstgörande i st. f. ", " tjänstgörande i st.f. ", " i st. f. ",
        ", tjänstgörande i stället för ", " tjänstgörande i stället för ", " i st.f. ", " i stället för ", " istället för ",
        // Older minutes' suppleant ("Herr Allan Viklund (fp), tjg suppleant för herr Bertil Åhs (m)").
        " tjg suppleant för ", " tjänstgörande suppleant för ", " tjg suppl. för ", " tjg. suppl. för ",
        // A student union's suppleant "med rösträtt för Sofia von Platen": voting in her place.
        ", med rösträtt för ", " med rösträtt för ",
        // A board's notes: "Mikael Åström, suppleant – går in för Petra".
        " går in för ",
    ]

    /// The same markers where they open a table cell or a remark ("tjg för Anna Ek (S)"), longest
    /// first, lower case; a bare "för " last.
    private static let leadingReplacementMarkers: [String] = {
        var markers: [String] = []
        for marker in replacementMarkers {
            let leading = String(marker.drop(while: { $0 == "," || $0 == " " }))
            if !markers.contains(leading) { markers.append(leading) }
        }
        return markers.sorted { $0.count > $1.count } + ["för "]
    }()

    /// The member replaced, when `text` opens with a replacement marker: "tjg för Anna Ek (S)",
    /// "Ersätter Bo Lind", "i stället för …". After a bare "för " only a full name counts: "för
    /// kännedom" names no one.
    static func replacedMember(openingText text: String) -> PersonEntry? {
        let lowered = text.lowercased()
        guard let marker = leadingReplacementMarkers.first(where: { lowered.hasPrefix($0) }),
              let replaced = parse(String(text.dropFirst(marker.count))) else { return nil }
        return marker == "för " && replaced.name.wordCount < 2 ? nil : replaced
    }

    /// "SS 33 - 37", "$$ 33-37", "S 34": OCR's reading of "§§ 33 - 37" after a name, the signs
    /// given back; nil for anything else.
    static func misreadParagraphSigns(_ part: String) -> String? {
        for (misread, sign) in [("SS ", "§§ "), ("$$ ", "§§ "), ("S ", "§ "), ("$ ", "§ ")] where part.hasPrefix(misread) {
            let rest = part.dropFirst(misread.count)
            guard let first = rest.first, first.isNumber, rest.allSatisfy({ $0.isNumber || " -–,och".contains($0) }) else { return nil }
            return sign + rest
        }
        return nil
    }

    /// "4 kap. 2 § kyrkoordningen", "enligt 6 § kommunallagen": a law's paragraph, not a § of the
    /// minutes.
    static func isStatuteCitation(_ text: String) -> Bool {
        guard text.contains("§") else { return false }
        let folded = text.folded
        // ("ej § 88 på grund av jäv enligt 6 kap. 28 § kommunallagen": the §§ attended come first.)
        if ["ej ", "utom ", "t.o.m", "fr.o.m", "tom ", "from ", "§", "under §", "endast §"].contains(where: { folded.hasPrefix($0) }) { return false }
        if folded.includes(" kap.") || folded.includes(" kap ") { return true }
        guard let sign = folded.firstIndex(of: "§") else { return false }
        let next = folded[folded.index(after: sign)...].splitOnSpaces(limit: 2).first.map { String($0).trimmingPunctuation } ?? ""
        return ["lagen", "ordningen", "balken", "stadgarna", "reglementet"].contains { next.hasSuffix($0) }
    }

    static func isParticle(_ word: String) -> Bool {
        ["von", "af", "de", "van", "der", "den", "da", "di", "la", "le", "du", "zu", "bin", "al"].contains(word)
    }

    /// "(S)", "(KD)", "(-)", "s" in old minutes: an open set of short tags.
    /// A party tag as the register writes it: old minutes' "s", "fp" are "S", "FP"; a local party
    /// keeps its own capitals ("SjVP", "SöP").
    static func partyTag(_ text: String) -> String {
        let t = text.trimmed
        return t.allSatisfy(\.isLowercase) ? t.uppercased() : t
    }

    /// A local party's tag in parentheses after a name: "(SöP)", "(SjvP)", capitals at both ends.
    /// (Without parentheses "PwC" or "LiU" is an organisation.)
    static func isLocalPartyTag(_ text: String) -> Bool {
        let t = text.trimmed
        guard (3...4).contains(t.count), t.allSatisfy(\.isLetter), let first = t.first, let last = t.last else { return false }
        return first.isUppercase && last.isUppercase
    }

    static func isParty(_ text: String) -> Bool {
        let t = text.trimmed
        if t == "-" || abbreviatedPartyTags.contains(t) { return true }
        guard (1...5).contains(t.count), t.allSatisfy({ $0.isLetter }) else { return false }
        // "Kristina Sjölund, VD": a company's chief executive, not a party; "Anna Ek, HR": her department.
        // ("Sara Lindblom, KF": her seat in kommunfullmäktige; "CUF": a youth league, no party.)
        if t.allSatisfy(\.isUppercase) { return !["VD", "CEO", "CFO", "COO", "CIO", "HR", "IT"].contains(t) && !organAbbreviations.contains(t) }
        // Old minutes write tags in lower case: "s", "fp", "kds", "nyd".
        return t.count <= 3 && t.allSatisfy(\.isLowercase) && !["i", "och", "av", "för", "tjg", "vd", "ej", "tom", "kl", "dr", "ers", "led", "adj", "sup"].contains(t)
    }

    /// Organs' and youth leagues' short forms, written after a name where a party tag could stand.
    static let organAbbreviations: Set<String> = [
        "KF", "KS", "KSAU", "AU", "BUN", "SN", "TN", "MBN", "BMN", "KFN", "ÖFN", "SBN", "RF", "LF",
        "CUF", "MUF", "SSU", "KDU", "LUF", "SDU", "UV", "GU",
    ]

    /// Party tags in mixed case with a full stop, as Finland-Swedish minutes write the Finnish parties
    /// (Sannfinländarna, Samlingspartiet, Centern); a rule on their shape would take "Ordf." too.
    private static let abbreviatedPartyTags: Set<String> = ["Sannf.", "Sannf", "Saml.", "Saml", "Cent.", "Gröna"]

    /// Words that are never part of a personal name ("Örebro Läns Fotbollförbund" names no one).
    private static let notInNames: Set<String> = ["bilaga", "enligt", "medlemmar", "samtliga", "alla", "se", "lan", "lans"]

    /// The provinces that name a union's or an association's district ("IF Metall Dalarna"). (A
    /// surname may be one: "Sune Halland".)
    private static let provinces: Set<String> = [
        "dalarna", "varmland", "skane", "norrbotten", "vasterbotten", "jamtland", "harjedalen", "halland", "blekinge",
        "smaland", "gotland", "uppland", "sormland", "sodermanland", "ostergotland", "vastergotland", "vastmanland",
        "narke", "halsingland", "gastrikland", "medelpad", "angermanland", "dalsland", "bohuslan", "lappland",
    ]

    /// Two to five words, each capitalised (or a particle), no digits.
    static func isPlausibleName(_ words: [String]) -> Bool {
        guard (2...5).contains(words.count) else { return false }
        guard let first = words.first, first.startsWithUppercaseLetter, let last = words.last, last.startsWithUppercaseLetter else {
            return false
        }
        for (index, word) in words.enumerated() {
            // "Bengt Andersson i Lövsta": older minutes tell members apart by where they live. (Only
            // a first name and a surname before it: "Västerbottens Museum i Umeå" is no person.)
            if word == "i", index == 2, words.count == 4, !isOrganisationWord(words[1]),
               !["museum", "kyrka", "kyrkan", "bibliotek", "biblioteket", "teater", "teatern", "hus", "huset"].contains(words[1].folded),
               !["sankt", "s:t"].contains(words[0].folded) { continue }
            guard isNameWord(word) else { return false }
            guard word.startsWithUppercaseLetter || isParticle(word) else { return false }
        }
        // One folding per word for both word lists.
        return !words.contains { word in
            let folded = word.folded
            return isFoldedOrganisationWord(folded) || notInNames.contains(folded)
        }
    }

    /// "E1sy" → "Elsy", "Ber0ld" → "Berold": OCR reads l as 1 and o as 0 inside a capitalised word.
    /// Only a digit between letters is read back; "4B", "KS2019" and numbers stay as they are.
    static func repairingOCRDigits(_ word: Substring) -> String {
        guard word.contains(where: { $0 == "1" || $0 == "0" }), word.first?.isUppercase == true else { return String(word) }
        let characters = Array(word)
        var repaired = characters
        for index in characters.indices.dropFirst().dropLast() where characters[index] == "1" || characters[index] == "0" {
            guard characters[index - 1].isLowercase || characters[index - 1].isUppercase && index == 1,
                  characters[index + 1].isLowercase else { return String(word) }
            repaired[index] = characters[index] == "1" ? "l" : "o"
        }
        return repaired.contains(where: \.isNumber) ? String(word) : String(repaired)
    }

    /// Letters, "-", "'" and ".": by bytes when the word is ASCII, which most names are.
    private static func isNameWord(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2D || $0 == 0x27 || $0 == 0x2E }
        }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." }
    }
}
