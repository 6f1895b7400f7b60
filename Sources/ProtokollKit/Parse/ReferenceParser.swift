/// Earlier decisions quoted in the text: "Samverkansnämnden beslutade den 8 november 2013 att
/// ...", "Styrelsen beslutade vid det senaste sammanträdet om ...". They are links to earlier
/// minutes and never decisions of this meeting.
enum ReferenceParser {
    private static let pastVerbs = ["beslutade", "beslot", "har beslutat", "hade beslutat", "fattade beslut", "tog beslut", "beslutat", "beslutades"]
    /// Other past-tense resolutions: an earlier decision only with a date ("beviljade entledigandet den
    /// 24 oktober 2018, § 35").
    private static let datedPastVerbs = ["beviljade", "antog", "godkande", "faststallde", "uppdrog", "valde", "utsag", "avslog", "biföll", "bifoll"]
    private static let earlierMarkers = ["vid sitt sammantrade", "vid det senaste", "vid senaste", "vid forra", "vid foregaende", "tidigare", "i beslut", "vid sammantradet", "vid sitt mote", "vid motet", "forra motet", "forra sammantradet", "foregaende mote", "vid det motet", "pa det motet",
                                          "senaste motet", "senaste sammantradet"]

    /// "Taxan antogs av KF 2024-09-30": a passive past decision by a named organ, dated, is an earlier
    /// one. Without "av" ("Ansökan beviljades med villkor …") the passive may be this meeting's.
    private static let passivePastVerbs = ["antogs", "godkandes", "faststalldes", "beviljades", "beslutades", "beslots", "faststalls"]

    private static func passiveByOtherOrgan(_ folded: String) -> String? {
        let words = folded.splitOnSpaces()
        for (i, word) in words.enumerated() where passivePastVerbs.contains(String(word).trimmingPunctuation) {
            if i + 1 < words.count, words[i + 1] == "av" { return String(word).trimmingPunctuation + " av" }
            // "Ägardirektiven fastställdes därefter vid extra bolagsstämma den 20 februari 2025": at
            // another organ's meeting.
            let following = words[(i + 1)...].prefix(5).map { String($0).trimmingPunctuation }
            if let vid = following.firstIndex(of: "vid"),
               following[(vid + 1)...].prefix(3).contains(where: { Subject.isOrganNoun($0) || $0.hasSuffix("stamma") || $0.hasSuffix("mote") }) {
                return String(word).trimmingPunctuation
            }
        }
        return nil
    }

    /// "… av kommunfullmäktige den 28 maj" → "Kommunfullmäktige", "… vid extra bolagsstämma den 20
    /// februari" → "Extra bolagsstämma": the organ after the passive verb, up to the date.
    private static func organ(after text: String) -> String? {
        let words = text.splitOnSpaces().map { String($0).trimmingEnds(",.;:") }
        // The verb found may end in "av" already ("antogs av" + " KF 2023-11-20").
        let start = words.prefix(3).firstIndex(where: { $0 == "av" || $0 == "vid" }).map { $0 + 1 } ?? 0
        let stops: Set<String> = ["den", "pa", "i", "under", "och", "med", "som", "enligt", "efter", "§"]
        let organ = words[start...].prefix { !stops.contains($0.folded) && !($0.first?.isNumber ?? true) }.prefix(4)
        guard let last = organ.last?.folded, Subject.isOrganNoun(last) || last.hasSuffix("stamma") || last.hasSuffix("mote")
                || organ.count == 1 && (organ.first?.allSatisfy(\.isUppercase) ?? false) else { return nil }
        let phrase = organ.joined(separator: " ")
        guard let first = phrase.first else { return nil }
        return first.uppercased() + phrase.dropFirst()
    }

    /// Every verb and phrase above needs one of these as a whole word: a sentence without any of
    /// them is passed over after one scan instead of a search per phrase.
    /// Derived from the lists, so that a verb added there is never missed here: the last word of each
    /// phrase ("har beslutat" needs "beslutat") is the one that must stand in the sentence.
    private static let triggerWords = WordSet(Set(pastVerbs.compactMap { $0.splitOnSpaces().last.map(String.init) })
        .union(datedPastVerbs).union(passivePastVerbs))

    /// The reference in `sentence`, if it quotes an earlier decision. `narrative` sections (Bakgrund)
    /// hold only earlier decisions, so any past-tense decision there is a reference.
    static func reference(in sentence: String, meetingYear: Int?, narrative: Bool) -> Reference? {
        reference(in: sentence, folded: sentence.folded, meetingYear: meetingYear, narrative: narrative)
    }

    /// As above, with `sentence.folded` given by a caller that has it already.
    static func reference(in sentence: String, folded: String, meetingYear: Int?, narrative: Bool) -> Reference? {
        guard let found = candidate(in: sentence, folded: folded, meetingYear: meetingYear, narrative: narrative) else { return nil }
        // "beslut fattade under perioden 2024-03-01 – 2024-03-31": a period, not the day of a decision.
        if let date = found.date, startsRange(date, in: sentence, meetingYear: meetingYear) { return nil }
        return found
    }

    /// True when the first date in `sentence` with this ISO value is followed by a dash and another date.
    private static func startsRange(_ iso: String, in sentence: String, meetingYear: Int?) -> Bool {
        let dates = SwedishDate.all(in: sentence, defaultYear: meetingYear)
        guard let index = dates.firstIndex(where: { $0.iso == iso }), index + 1 < dates.count else { return false }
        let characters = Array(sentence)
        let (end, next) = (dates[index].end, dates[index + 1].start)
        guard end <= next, next <= characters.count else { return false }
        let between = String(characters[end..<next]).trimmed
        return ["–", "-", "—", "till", "t.o.m."].contains(between)
    }

    private static func candidate(in sentence: String, folded: String, meetingYear: Int?, narrative: Bool) -> Reference? {
        guard hasTriggerWord(folded) else { return nil }
        // "Ordföranden ställer proposition ... och finner att kommunstyrelsen beslutat ...": the
        // outcome of this meeting's vote, not an earlier decision.
        if folded.includes("finner att") || folded.includes("fann att") || folded.includes("proposition") { return nil }
        // "Nämnden har således beslutat enligt förvaltningens förslag": the conclusion of this meeting's vote.
        // ("Kommunfullmäktige har således redan beslutat den 12 juni 2023 att …" cites, with its date.)
        if ["har saledes", "har alltsa", "har darmed", "har salunda", "saledes beslutat", "darmed beslutat"].contains(where: { folded.includes($0) }),
           !SwedishDate.all(in: sentence, defaultYear: meetingYear).contains(where: { $0.iso != nil }) { return nil }
        // "Med 3 ja-röster mot 3 nej-röster och med ordförandens utslagsröst har direktionen beslutat
        // …": this meeting's vote result.
        // ("Kommunfullmäktige beslutade 2023-06-12, § 45, med 31 röster mot 30" cites one, with its date.)
        if folded.includes("ja-rost") || folded.includes("utslagsrost") || folded.includes("roster mot"),
           SwedishDate.all(in: sentence, defaultYear: meetingYear).isEmpty { return nil }
        let activeVerb = datedPastVerbs.first(where: { containsWord(folded, $0) })
        if pastVerbs.first(where: { containsWord(folded, $0) }) == nil,
           let verb = activeVerb ?? passiveByOtherOrgan(folded),
           let verbRange = folded.find(verb) {
            // Folding keeps one character for one character, so offsets in `folded` hold in `sentence`.
            let after = String(sentence.dropFirst(folded.distance(from: folded.startIndex, to: verbRange.upperBound)))
            let subjectEnd = folded.distance(from: folded.startIndex, to: verbRange.lowerBound)
            // "Årsmötet den 12 mars 2023 antog …": the date may close the subject instead.
            let datedSubject = activeVerb == nil ? nil : SwedishDate.all(in: String(sentence.prefix(subjectEnd)), defaultYear: meetingYear)
                .last(where: { $0.iso != nil && $0.end >= subjectEnd - 1 })
            guard let date = SwedishDate.all(in: after, defaultYear: meetingYear).first(where: { $0.iso != nil }) ?? datedSubject else { return nil }
            // A passive's subject is what was decided; the organ stands after "av" or "vid".
            let body = activeVerb == nil ? organ(after: after) : Subject.phrase(String(sentence.prefix(subjectEnd)))
            return Reference(body: body, date: date.iso, text: sentence)
        }
        guard let verb = pastVerbs.first(where: { containsWord(folded, $0) }), let verbRange = folded.find(verb) else { return nil }
        let afterVerb = String(folded[verbRange.upperBound...])
        let date = SwedishDate.all(in: String(sentence), defaultYear: meetingYear).first(where: { $0.iso != nil })
        // "beslutade den 8 november 2013 att", "beslutade 2017-06-12", "beslutade i juni": the time
        // comes right after the verb. A date later in the sentence ("beslutade att höja avgiften från
        // och med den 1 juli") belongs to the decision's content.
        // ("beslutade därför den 8 mars 2024 att …": an adverb before the time.)
        let wordsAfterVerb = Array(afterVerb.splitOnSpaces(limit: 4).drop { ["darfor", "da", "sedan", "dessutom", "aven", "ocksa", "alltsa"].contains(String($0).trimmingPunctuation) })
        let firstAfterVerb = wordsAfterVerb.first.map(String.init) ?? ""
        // "beslutade i enlighet med förslaget" states how, not when.
        let secondAfterVerb = wordsAfterVerb.dropFirst().first.map(String.init) ?? ""
        let datedAfterVerb = ["den", "vid", "i", "pa", "under", "redan", "tidigare", "ar"].contains(firstAfterVerb.trimmingPunctuation)
            && !(firstAfterVerb == "i" && ["enlighet", "sak", "fragan", "arendet"].contains(secondAfterVerb.trimmingPunctuation))
            || firstAfterVerb.first?.isNumber == true
        // Markers start at a word: "i beslut" is not inside "vi beslutade".
        let earlier = earlierMarkers.contains(where: { folded.hasPrefix($0) || folded.includes(" " + $0) })
            || subjectIsDated(String(folded[..<verbRange.lowerBound]))
        // A past decision without a time ("Flera kommuner har beslutat om besparingar") is a report,
        // not a reference, unless it stands in a narrative rubric such as Bakgrund.
        guard narrative || datedAfterVerb || earlier else { return nil }
        let subjectEnd = folded.distance(from: folded.startIndex, to: verbRange.lowerBound)
        let subject = Subject.phrase(String(sentence.prefix(subjectEnd))) ?? subjectOfClause(String(sentence.prefix(subjectEnd)))
            ?? antecedent(String(sentence.prefix(subjectEnd)))
        return Reference(body: subject, date: date?.iso, text: sentence)
    }

    /// "enligt kommunfullmäktiges beslut den 28 november 2022, § 141", "(KF 2022-11-28 § 141)",
    /// "Kommunstyrelsen behandlade ärendet 2023-06-05, § 98": a date followed by a § number cites a
    /// decision in other minutes, whatever the verb. The organ is the one named before the date.
    static func citation(in sentence: String, meetingYear: Int?) -> Reference? {
        guard sentence.includes("§"), SwedishDate.mayHoldDate(sentence) else { return nil }
        let bytes = Array(sentence.utf8)
        // Each "§ <number>" is tried with the few bytes before it: a date must end right there.
        var sign = 0
        while sign + 1 < bytes.count {
            defer { sign += 1 }
            guard bytes[sign] == 0xC2, bytes[sign + 1] == 0xA7 else { continue }
            var digit = sign + 2
            while digit < bytes.count, bytes[digit] == 0x20 { digit += 1 }
            guard digit < bytes.count, bytes[digit] >= 0x30, bytes[digit] <= 0x39 else { continue }
            var end = sign
            // "2024-05-23, § 14", "2024-05-23 (§ 14)".
            while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2C || bytes[end - 1] == 0x28 { end -= 1 }
            // "2024-11-05, KS § 185": the organ's abbreviation between the date and the sign.
            var letters = 0
            while end - letters > 0, letters <= 5, bytes[end - letters - 1] >= 0x41, bytes[end - letters - 1] <= 0x5A { letters += 1 }
            if letters >= 2, letters <= 5, end - letters > 0, bytes[end - letters - 1] == 0x20 {
                end -= letters
                while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2C { end -= 1 }
            }
            // A date ends in a digit: "2023-03-19", "19 mars 2023".
            guard end > 0, bytes[end - 1] >= 0x30, bytes[end - 1] <= 0x39 else { continue }
            var start = max(0, end - 40)
            while start > 0, start < end, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let window = String(decoding: bytes[start..<end], as: UTF8.self)
            guard let date = SwedishDate.all(in: window, defaultYear: meetingYear).last, date.iso != nil, date.end == window.count else { continue }
            let before = String(decoding: bytes[..<start], as: UTF8.self) + String(window.prefix(date.start))
            return Reference(body: citedOrgan(before: before), date: date.iso, text: sentence)
        }
        return nil
    }

    /// Courts and state authorities whose decisions minutes cite by the noun ("Länsstyrelsens beslut
    /// 2025-04-15"), folded, in the definite form.
    private static let authorities = ["lansstyrelsen", "forvaltningsratten", "kammarratten", "domstolen", "regeringen",
                                      "inspektionen", "verket", "myndigheten", "departementet", "overformyndaren", "kommunen", "regionen"]

    /// "Protokollet från styrelsens sammanträde den 17 januari 1978 (§§ 1—30) lades till handlingarna",
    /// "protokoll från tandvårdsnämnden den 13.1.1978", "Protokollet från kårstyrelsemöte 2024:3 (13
    /// februari 2024)": the minutes of an earlier meeting, and the organ that met.
    /// "Protokoll nr 3/2025 från sammanträdet den 24 april 2025": the meeting named without its organ
    /// is one of `ownBody`'s.
    static func earlierMinutes(in sentence: String, folded: String, meetingYear: Int?, ownBody: String? = nil) -> Reference? {
        // Offsets in the folded text hold in the sentence only when folding kept one character for one.
        guard folded.count == sentence.count,
              let from = folded.find("protokollet fran ") ?? folded.find("protokoll fran ") ?? folded.find("protokollen fran ")
                ?? numberedMinutes(folded) else { return nil }
        let after = String(sentence.dropFirst(folded.distance(from: folded.startIndex, to: from.upperBound)))
        // The date closes the name of the meeting: a few words at most stand before it.
        guard let date = SwedishDate.all(in: after, defaultYear: meetingYear).first, let iso = date.iso, date.start <= 60,
              case let original = after.prefix(date.start).splitOnSpaces().map({ $0.trimmingEnds("(),") }).filter({ !$0.isEmpty && $0.folded != "den" }),
              (1...4).contains(original.count) else { return nil }
        let words = original.map(\.folded)
        var organ: String?
        if let first = words.first {
            if let stem = ["motet", "mote", "sammantradet", "sammantrade"].first(where: { first.hasSuffix($0) && first.count > $0.count }),
               case let base = original[0].dropLast(stem.count), case let derived = String(base) + (base.hasSuffix("e") ? "n" : "en"),
               Subject.isOrganNoun(derived.folded) {
                // "styrelsemötet", "kårstyrelsemöte": the organ's name in the compound, in its
                // definite form. ("budgetmötet" names no organ; "årsmötet" is one of its own, below.)
                organ = derived
            } else if first.hasSuffix("s"), Subject.isOrganNoun(String(first.dropLast())) {
                organ = HeaderParser.nominative(original[0])          // "styrelsens sammanträde"
            } else if ["sammantradet", "motet"].contains(first) {
                organ = original.count == 1 ? ownBody ?? original[0] : nil  // "sammanträdet den 24 april"
            } else if Subject.isOrganNoun(first) {
                organ = original[0]                                     // "tandvårdsnämnden"
            }
        }
        guard let organ, !organ.isEmpty else { return nil }
        return Reference(body: organ.prefix(1).uppercased() + organ.dropFirst(), date: iso, text: sentence)
    }

    /// "Vidare anmäldes att styrelsen den 20 maj 2025 per capsulam": the organ that opens the
    /// att-clause before the verb.
    private static func subjectOfClause(_ text: String) -> String? {
        guard let att = text.find(" att ") else { return nil }
        let first = text[att.upperBound...].splitOnSpaces(limit: 2).first.map { String($0).trimmingEnds(",") } ?? ""
        guard Subject.isOrganNoun(first.folded) else { return nil }
        return first.prefix(1).uppercased() + first.dropFirst()
    }

    /// "… rapporterade från arbetsutskottet, som den 3 september 2024": the organ a relative clause
    /// says decided.
    private static func antecedent(_ text: String) -> String? {
        guard let som = text.find(", som ") else { return nil }
        let before = text[..<som.lowerBound].splitOnSpaces().map(String.init)
        guard let last = before.last, Subject.isOrganNoun(last.folded) else { return nil }
        // "till barn- och utbildningsnämnden, som", "till tekniska nämnden, som": the whole name.
        var start = before.count - 1
        if start >= 2, before[start - 1] == "och", before[start - 2].hasSuffix("-") {
            start -= 2
        } else if start >= 1, Subject.isOrganAdjective(before[start - 1]) {
            start -= 1
        }
        let name = before[start...].joined(separator: " ")
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// "protokoll nr 3/2025 från ": the number of the minutes between the noun and "från".
    private static func numberedMinutes(_ folded: String) -> Range<String.Index>? {
        guard let number = folded.find("protokoll nr "), let from = folded.find(" fran ", from: number.upperBound),
              folded.distance(from: number.upperBound, to: from.lowerBound) <= 12 else { return nil }
        return from
    }

    /// "Länsstyrelsens beslut 2025-04-15 om …", "har överklagat socialnämndens beslut den 22 juli
    /// 2025", "Länsstyrelsen, beslut 2025-04-15": an organ's or an authority's decision named by the
    /// noun and its date, without a § to cite.
    static func decisionNoun(in sentence: String, folded: String, meetingYear: Int?) -> Reference? {
        guard folded.includes("beslut "), SwedishDate.mayHoldDate(sentence) else { return nil }
        let words = sentence.splitOnSpaces().map(String.init)
        for i in words.indices.dropFirst() where words[i].folded.trimmingEnds(",.;:") == "beslut" {
            var next = i + 1
            if next < words.count, words[next].folded == "den" { next += 1 }
            guard next < words.count else { continue }
            let rest = words[next...].prefix(4).joined(separator: " ")
            guard let date = SwedishDate.all(in: rest, defaultYear: meetingYear).first, date.start == 0, let iso = date.iso else { continue }
            let before = words[i - 1]
            let name = before.trimmingEnds(",")
            var nominative = name
            if !before.hasSuffix(","), name.hasSuffix("s"), !name.hasSuffix("ss") { nominative.removeLast() }
            let key = nominative.folded
            guard Subject.isOrganNoun(key) || authorities.contains(where: { key.hasSuffix($0) }) else { continue }
            // "Miljö- och byggnadsnämndens beslut": the whole name, when the one found ends in this word
            // ("XX har överklagat socialnämndens beslut": not the sentence's subject).
            var named = citedOrgan(before: words[..<i].joined(separator: " ")).flatMap { $0.folded.hasSuffix(key) ? $0 : nil }
            // "upphävde tekniska nämndens beslut": the qualifier in lower case mid-sentence.
            if i >= 2, case let qualifier = words[i - 2], qualifier.count >= 4, qualifier.first?.isLowercase == true,
               qualifier.hasSuffix("a") || qualifier.hasSuffix("e") && !qualifier.hasSuffix("de") && !qualifier.hasSuffix("te"),
               qualifier.allSatisfy(\.isLetter), !qualifierStops.contains(qualifier.folded),
               named.map({ $0.splitOnSpaces().count == 1 }) ?? true {
                named = qualifier.prefix(1).uppercased() + qualifier.dropFirst() + " " + nominative.lowercased()
            }
            return Reference(body: named ?? (nominative.prefix(1).uppercased() + nominative.dropFirst()), date: iso, text: sentence)
        }
        return nil
    }

    /// Sentence words that may stand capitalised before an organ without naming it.
    private static let qualifierStops: Set<String> = [
        "att", "den", "det", "som", "och", "enligt", "mot", "fran", "till", "av", "vid", "efter", "dar", "nar", "aven",
        "beslut", "da", "sedan", "nu", "har", "hade", "ocksa", "samma", "denna", "detta", "varje", "alla", "bade",
        "forra", "forsta", "andra", "hela", "sista", "nya", "gamla", "egna", "senaste", "tidigare", "nuvarande", "dessa", "vara",
    ]
    /// Organs of a municipality, region or parish, which the place's name may precede.
    private static let municipalOrgans = ["kommunfullmaktige", "kommunstyrelse", "regionfullmaktige", "regionstyrelse",
                                          "landstingsfullmaktige", "landstingsstyrelse", "kyrkofullmaktige", "kyrkoradet"]

    /// The organ named just before a cited date: "kommunfullmäktige den" → "Kommunfullmäktige",
    /// "stämmans beslut" → "Stämman", "KF" → "KF"; else the organ that opens the sentence.
    private static func citedOrgan(before text: String) -> String? {
        var words = text.splitOnSpaces().map { String($0).trimmingEnds(",.:;()") }
        while let last = words.last, ["den", "beslut", "beslutet", "sammantrade", "sammantradet", "protokoll", "nr", "av", "i", "från", "fran"].contains(last.folded) {
            words.removeLast()
        }
        func organ(_ word: String) -> String? {
            let folded = word.folded
            if word.count >= 2, word.count <= 5, word.allSatisfy({ $0.isUppercase || $0 == "-" }) { return word }
            if Subject.isOrganNoun(folded) || folded.hasSuffix("utskott") { return HeaderParser.nominative(word) }
            if folded.hasSuffix("s"), Subject.isOrganNoun(String(folded.dropLast())) { return HeaderParser.nominative(word) }
            // "föregående stämma den 25 maj 2023", "årsmöte 2024-03-10": the meeting, named definite.
            if folded.hasSuffix("stamma") { return HeaderParser.nominative(word + "n") }
            if folded.hasSuffix("arsmote") || folded.hasSuffix("styrelsemote") { return HeaderParser.nominative(word + "t") }
            return nil
        }
        // "Kommunfullmäktige remitterade motionen till kommunstyrelsen 2023-10-30, § 131": the organ
        // that acted opens the sentence with a verb in the past. (A meeting right before the date acted
        // itself: "Styrelsen påminde om att föregående stämma den 25 maj 2023 gav …".)
        let meetingAtDate = words.count >= 3 && ["stamma", "stamman", "arsmote", "arsmotet", "styrelsemote", "styrelsemotet"]
            .contains(where: { words[words.count - 1].folded.hasSuffix($0) })
        if words.count >= 2, !meetingAtDate, let subject = organ(words[0]), !words[0].folded.hasSuffix("s"),
           words[1].folded.hasSuffix("de") || words[1].folded.hasSuffix("te") || ["gav", "tog", "antog", "beslot", "foreslog", "forelade", "har", "hade"].contains(words[1].folded) {
            return subject
        }
        // The organ stands right before the date or a few words earlier ("kommunfullmäktige i Älvbacka
        // kommun den 17 april", "Miljö- och byggnämnden föreslog 2023-05-10").
        if let at = words.indices.reversed().prefix(5).first(where: { organ(words[$0]) != nil }), let found = organ(words[at]) {
            // "Miljö- och byggnämnden", "Kommunstyrelsens arbetsutskott": the words of the organ's name.
            var start = at
            while start > 0, at - start < 3, words[start - 1].folded == "och" || words[start - 1].hasSuffix("-") {
                start -= 1
            }
            // "Kommunstyrelsens arbetsutskott": the organ it belongs to comes first.
            if start == at, start > 0, words[start - 1].hasSuffix("s"), words[start - 1].first?.isUppercase == true, organ(words[start - 1]) != nil {
                start -= 1
            }
            // "Tekniska nämnden": an adjective in its definite form names the organ; "Siljebo
            // kommunfullmäktige": the municipality's name tells two councils apart.
            // ("Meddelanden Kommunfullmäktige 2024-09-23": a capital organ starts a name of its own.)
            // ("till tekniska nämnden, som i sitt yttrande 2004-02-19": such an adjective inside the sentence.)
            if start == at, start > 0, words[at].first?.isLowercase == true, Subject.isOrganAdjective(words[start - 1]) {
                start -= 1
            } else if start == at, start > 0, words[at].first?.isLowercase == true, let qualifier = Optional(words[start - 1]), qualifier.count >= 3,
               qualifier.first?.isUppercase == true, qualifier.allSatisfy(\.isLetter), organ(qualifier) == nil,
               !qualifierStops.contains(qualifier.folded),
               qualifier.hasSuffix("a") && qualifier.count >= 4 || qualifier.hasSuffix("e") && qualifier.count >= 4
                || municipalOrgans.contains(where: { words[at].folded.hasPrefix($0) }) {
                start -= 1
            }
            if words[start].folded == "och" { return found }
            return start == at ? found : HeaderParser.nominative(words[start...at].joined(separator: " "))
        }
        return words.first.flatMap(organ)
    }

    /// True when a run of ASCII letters in `folded` is one of `triggerWords`. The words are ASCII, so
    /// a whole-word match of any of them is such a run whatever stands around it.
    private static func hasTriggerWord(_ folded: String) -> Bool {
        triggerWords.containsAnyWord(of: folded, minimumLength: 5) { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }
    }

    /// "Stämman 2023-05-22 beslutade", "Årsmötet 1994 beslöt": a meeting named by its date or year is
    /// an earlier one.
    /// Words before a year that make it a period: "för 2018", "verksamhetsåret 2018", "inför 2025".
    private static let periodWords: Set<String> = ["for", "infor", "ar", "aret", "under", "verksamhetsaret", "rakenskapsaret", "budgetaret", "till", "fran", "om"]

    private static func subjectIsDated(_ subject: String) -> Bool {
        if SwedishDate.all(in: subject).contains(where: { $0.iso != nil }) { return true }
        // ("Stämman fastställde resultaträkningen för 2018 och beslöt …": a year after "för" is the
        // period the accounts cover, not when a meeting was held.)
        let words = subject.splitOnSpaces()
        return words.indices.contains { index in
            let digits = words[index].trimmingEnds(",.:")
            guard digits.utf8.count == 4, digits.allSatisfy(\.isNumber), digits.hasPrefix("19") || digits.hasPrefix("20") else { return false }
            return index == 0 || !periodWords.contains(words[index - 1].folded)
        }
    }

    static func containsWord(_ text: String, _ phrase: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.find(phrase, from: searchStart) {
            let beforeOK = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            let afterOK = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
            if beforeOK && afterOK { return true }
            searchStart = range.upperBound
        }
        return false
    }
}

/// The grammatical subject that opens a sentence: "Samverkansnämnden", "Styrelsen", "Mötet".
enum Subject {
    /// `text` is what stands before the verb. Returns it when it reads as an organ or a person.
    static func phrase(_ text: String) -> String? {
        // "Vårstädning: Mötet beslutade": a sub-item label before the subject.
        let afterLabel = text.split(separator: ":").last.map(String.init) ?? text
        // "Landstingsstyre1sen": OCR's digit for a letter inside the organ's name.
        var subject = afterLabel.trimmed
        // "Årsmötet den 12 mars 2023", "Stämman 2023-03-12": the date of an earlier meeting closes the subject.
        if SwedishDate.mayHoldDate(subject), let date = SwedishDate.all(in: subject).last, date.iso != nil, date.end >= subject.count - 1, date.start > 0 {
            subject = String(subject.prefix(date.start)).trimmed
            if subject.folded.hasSuffix(" den") { subject = String(subject.dropLast(4)) }
        }
        var words = subject.splitOnSpaces().map(PersonEntry.repairingOCRDigits)
        // "Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen": no subject before the verb.
        while let last = words.last, last.hasSuffix(",") { words.removeLast() }
        // "Den ordinarie föreningsstämman (årsmötet)": the other name in parentheses.
        if words.count >= 2, let last = words.last, last.hasPrefix("("), last.hasSuffix(")") { words.removeLast() }
        guard (1...6).contains(words.count), let first = words.first, first.startsWithUppercaseLetter else { return nil }
        let lowered = words.map { $0.folded }
        if lowered.contains(where: { ["om", "att", "nar", "som", "med", "da", "enligt", "efter", "i", "pa", "under", "har", "hade", "den", "det", "vilket"].contains($0) }) {
            // Prepositions and clause words mean the text before the verb is not a bare subject.
            // ("Stiftsstyrelsen i Skara stift", "Domkapitlet i Lund": an organ and where it is.)
            let organInPlace = lowered.count >= 3 && isOrganNoun(lowered[0]) && lowered[1] == "i"
                && words.dropFirst(2).allSatisfy { $0.startsWithUppercaseLetter || placeWords.contains($0.folded) }
            if !organInPlace, !(lowered.count >= 2 && lowered.last.map(isOrganNoun) == true && !lowered.contains("att")) { return nil }
        }
        return words.joined(separator: " ")
    }

    /// "tekniska", "sociala", "kulturella": an adjective in lower case that is part of an organ's
    /// name ("tekniska nämnden"), unlike "nya" or "samma".
    static func isOrganAdjective(_ word: String) -> Bool {
        word.count >= 6 && word.allSatisfy(\.isLowercase) && ["iska", "ala", "ella"].contains(where: { word.hasSuffix($0) })
    }

    /// Words of a place's name that are no proper noun: "Skara stift", "Hällefors kommun".
    private static let placeWords: Set<String> = ["stift", "kommun", "lan", "region", "landsting", "forsamling", "pastorat", "stad"]

    /// Organ nouns in definite form: "nämnden", "styrelsen", "kommunfullmäktige", "mötet".
    static func isOrganNoun(_ folded: String) -> Bool {
        let endings = ["namnden", "styrelsen", "fullmaktige", "utskottet", "motet", "stamman", "beredningen",
                       "direktionen", "presidiet", "radet", "kommitten", "gruppen", "arsmotet", "styrelse", "namnd",
                       "forsamlingen", "sektionen", "delegationen", "kollegiet", "revisorerna", "revisionen"]
        return endings.contains(where: { folded.endsWithBytes($0) }) && !notOrgans.contains(where: { folded.endsWithBytes($0) })
    }

    /// Words with an organ's ending that name a place, a process or an office holder: "området",
    /// "samrådet" (a consultation), "kommunalrådet", "förrådet".
    private static let notOrgans = ["omradet", "samradet", "forradet", "kommunalradet", "regionradet", "statsradet", "oppositionsradet",
                                    "tillradet", "informationsmotet", "dialogmotet", "samradsmotet"]
}
