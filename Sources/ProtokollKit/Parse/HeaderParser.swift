import Foundation

/// Title, organisation and body (organ) from the lines before the first §.
enum HeaderParser {
    static let titleWords = ["protokoll", "minnesanteckning", "anteckningar", "protokollsutdrag", "motesprotokoll", "sammantradesprotokoll", "utdrag ur protokoll"]

    /// The first line that names the document ("Protokoll från ...", "Minnesanteckningar ..."),
    /// else the first non-furniture line.
    static func title(_ lines: ArraySlice<SourceLine>) -> String {
        let candidates = lines.filter { !$0.isBlank }.prefix(25)
        // Minutes sent in an e-mail: "Ämne: Protokoll styrelsemöte 14/10" is the mail's subject; the
        // minutes' own title follows the mail's header and greeting.
        var subject: String?
        for line in candidates {
            let folded = line.text.folded
            if let header = mailHeaders.first(where: { folded.hasPrefix($0) }) {
                if header == "amne:" || header == "subject:" { subject = subject ?? String(line.text.trimmed.dropFirst(header.count)).trimmed }
                continue
            }
            // ("Här kommer protokollet från i tisdags. …": the mail's greeting speaks of the minutes.)
            if subject != nil, line.text.includes(". ") || line.text.wordCount > 12 { continue }
            if titleWords.contains(where: { folded.includes($0) }), FieldLabel.match(line.text) == nil || folded.hasPrefix("protokoll") {
                // On a layout line ("KOMMUN    SAMMANTRÄDESPROTOKOLL    Sida 1 (6)") the title is its column.
                let columns = line.text.trimmed.layoutColumns
                return columns.first(where: { column in titleWords.contains(where: { column.folded.includes($0) }) }) ?? columns.joined(separator: " ")
            }
        }
        if let subject { return subject }
        return candidates.first(where: { FieldLabel.match($0.text) == nil })?.text.trimmed.layoutColumns.joined(separator: " ") ?? ""
    }

    /// The header lines of an e-mail, folded.
    private static let mailHeaders = ["fran:", "from:", "skickat:", "sent:", "till:", "to:", "kopia:", "cc:", "amne:", "subject:", "datum: den "]

    /// Organ nouns that name a body: "Kommunstyrelsen", "Barn- och utbildningsnämnden", "Styrelsen".
    static func isBodyName(_ text: String) -> Bool {
        let words = text.splitOnSpaces()
        guard (1...6).contains(words.count), let last = words.last, text.startsWithUppercaseLetter else { return false }
        return Subject.isOrganNoun(String(last).folded) || String(last).folded.hasSuffix("utskott")
    }

    /// The organ in nominative form, from "Protokoll från X:s sammanträde", "X:s protokoll", a line
    /// with the organ's name, or a meeting kind ("Styrelsemöte" → "Styrelsen").
    static func body(_ lines: ArraySlice<SourceLine>, title: String) -> String? {
        if let fromTitle = bodyInPhrase(title) { return fromTitle }
        for line in lines.filter({ !$0.isBlank }).prefix(30) {
            let field = FieldLabel.match(line.text)
            if let (label, value) = field, label == .organ, !value.isEmpty { return nominative(value) }
            // "Närvarande: … Mirja Lantto, Länsstyrelsen, under punkt 18": an organ in a list of people
            // is where someone comes from.
            if let (label, _) = field, Self.peopleLabels.contains(label) { continue }
            // "Kultur- och fritidsnämnden, Ljungsåsa kommun": the organ is one part of the line.
            // "Vindelå studentkår – Kårstyrelsen": a dash between organisation and organ separates too.
            for column in line.text.layoutColumns.flatMap({ $0.split(separator: ",").map(String.init) }).flatMap(splitAtSpacedDash) {
                // "Kommunledningsgruppen (KLG)": the short form in parentheses is no part of the name.
                // "Sammanträde med fakultetsnämnden": the meeting's words are none either.
                let text = withoutMeetingWords(column.removingParenthesised.trimmed)
                if isBodyName(text), !text.contains(Character(",")), !FieldLabel.variants.contains(where: { text.folded == $0.0 }),
                   !text.folded.hasPrefix("protokoll") {
                    // "KOMMUNFULLMÄKTIGE" in a letterhead is "Kommunfullmäktige".
                    return text.filter(\.isLetter).allSatisfy(\.isUppercase) ? sentenceCase(text) : text
                }
                if let phrase = bodyInPhrase(text) { return phrase }
            }
        }
        return nil
    }

    /// "Sammanträde med fakultetsnämnden" → "Fakultetsnämnden"; any other text as it is.
    static func withoutMeetingWords(_ text: String) -> String {
        let folded = text.folded
        for opening in ["sammantrade med ", "sammantrade for ", "mote med ", "motet med "] where folded.hasPrefix(opening) {
            let rest = text.dropFirst(opening.count).trimmed
            guard let first = rest.first else { return text }
            return first.uppercased() + rest.dropFirst()
        }
        return text
    }

    /// Labels of lists of people, whose organs name where a person comes from.
    private static let peopleLabels: [FieldLabel] = [
        .deciding, .servingSubstitutes, .substitutes, .present, .others, .presenter, .secretary, .chair, .minuteTaker,
        .absent, .adjusters, .signatures,
    ]

    /// "**Vindelå studentkår** – Kårstyrelsen" → "Vindelå studentkår", "Kårstyrelsen": the parts
    /// of a letterhead line on either side of a spaced dash, without Markdown's emphasis.
    /// Split once, and only where one side is an organ or a document's title: "Malung - Sälens
    /// kommun" and "Stiftelsen Hem - Skola - Samhälle" are names.
    static func splitAtSpacedDash(_ text: String) -> [String] {
        guard text.includes(" – ") || text.includes(" — ") || text.includes(" - ") else { return [text] }
        let parts = text.replacingAll(" — ", with: " – ").replacingAll(" - ", with: " – ").components(separatedBy: " – ")
            .map { $0.trimmingEnds("*_ ") }
        guard parts.count == 2, let left = parts.first, let right = parts.last, !left.isEmpty, !right.isEmpty else { return [text] }
        let separates = [left, right].contains { part in
            // ("Årsmötesprotokoll 2025 – Lokala hyresgästföreningen Granlunda": a compound title.)
            isBodyName(part) || titleWords.contains { part.folded.hasPrefix($0) || part.folded.splitOnSpaces().first?.hasSuffix($0) == true }
        }
        return separates ? [left, right] : [text]
    }

    /// "Protokoll från Samverkansnämndens sammanträde" → "Samverkansnämnden";
    /// "Styrelsemöte, Kommunförbundet X" → "Styrelsen".
    static func bodyInPhrase(_ text: String) -> String? {
        let words = text.collapsedWhitespace.splitOnSpaces().map(String.init)
        let folded = words.map { $0.folded.trimmingEnds(",.:;") }
        // "Protokoll Kommunstyrelsens arbetsutskott 2019-05-14", "Sammanträdesprotokoll för Socialnämnden".
        if let kind = folded.firstIndex(where: { $0 == "protokoll" || $0 == "sammantradesprotokoll" || $0 == "protokollsutdrag" }) {
            var phrase: [String] = []
            for (offset, word) in words[(kind + 1)...].enumerated() {
                let key = folded[kind + 1 + offset]
                // "Protokoll – Kårfullmäktige, Teknologkåren …": a dash or colon only separates.
                if phrase.isEmpty, ["fran", "for", "fort", "vid", "over", "med", "–", "-", "—", ":"].contains(key) { continue }
                guard !word.contains(where: \.isNumber), phrase.count < 6 else { break }
                phrase.append(word.trimmingEnds(",.:;"))
                if word.hasSuffix(",") { break }
            }
            // "Protokoll kommunala pensionärsrådet (KPR)": the short form is no part of the name, and
            // the name starts with a capital.
            let written = phrase.joined(separator: " ").removingParenthesised.trimmed
            // Only a bare name is capitalised: "ordinarie föreningsstämma i Brf Lärkträdet" and
            // "sammanträde med …" name a meeting, read below.
            let writtenWords = written.folded.splitOnSpaces().map(String.init)
            let namesMeeting = writtenWords.contains { ["i", "med", "vid", "pa", "hos"].contains($0) }
                || writtenWords.first.map { $0.hasPrefix("sammantrade") || $0.hasPrefix("mote") || ["ordinarie", "extra", "konstituerande"].contains($0) } ?? true
            let candidate = namesMeeting ? written : written.first.map { $0.uppercased() + written.dropFirst() } ?? written
            if isBodyName(candidate) { return nominative(candidate) }
        }
        for (i, word) in folded.enumerated() where word.hasPrefix("sammantrade") || word == "mote" || word == "motet" || word == "protokoll" && i > 0 {
            // "fört vid sammanträde med kommunalnämnden i Järbo": the organ after "med". (OCR's lost
            // "ä" in the organ's noun is given back: "kommunalnamnden".)
            if word.hasPrefix("sammantrade") || word == "mote", i + 2 < words.count, folded[i + 1] == "med",
               let end = (i + 2..<min(words.count, i + 5)).first(where: { Subject.isOrganNoun(folded[$0]) }),
               words[(i + 2)...end].allSatisfy({ $0.firstLetterIsLowercase }), !["de", "den", "det"].contains(folded[i + 2]) {
                var organ = words[(i + 2)...end].map { $0.trimmingEnds(",.:;") }
                if let last = organ.last, !last.contains("ä") {
                    organ[organ.count - 1] = last.replacingAll("namnd", with: "nämnd").replacingAll("fullmaktige", with: "fullmäktige")
                }
                let phrase = nominative(organ.joined(separator: " "))
                if isBodyName(phrase) { return phrase }
            }
            // Walk back over the genitive phrase before "sammanträde".
            var start = i
            while start > 0, start > i - 5 {
                let candidate = folded[start - 1]
                if ["fran", "vid", "med", "i", "for", "fort", "protokoll", "ordinarie", "extra", "konstituerande"].contains(candidate) { break }
                start -= 1
            }
            guard start < i else { continue }
            let phrase = words[start..<i].joined(separator: " ")
            guard let last = phrase.splitOnSpaces().last, last.hasSuffix("s") || last.hasSuffix(":s") else { continue }
            let nominativePhrase = nominative(phrase)
            if isBodyName(nominativePhrase) { return nominativePhrase }
        }
        // "Styrelsemöte", "Styrelsesammanträde", "Årsmöte" as the meeting kind.
        for word in folded {
            if word.hasPrefix("styrelsemote") || word.hasPrefix("styrelsesammantrade") { return "Styrelsen" }
            if word == "arsmote" || word == "arsmotet" { return "Årsmötet" }
            if word == "extrastamma" || word == "foreningsstamma" || word == "stamma" { return "Föreningsstämman" }
        }
        return nil
    }

    /// Genitive → nominative on the last word: "nämndens" → "nämnden", "Kommunfullmäktiges" →
    /// "Kommunfullmäktige", "KS:s" → "KS"; the first letter capitalised.
    static func nominative(_ phrase: String) -> String {
        var words = phrase.trimmed.splitOnSpaces().map(String.init)
        if var last = words.popLast() {
            if last.hasSuffix(":s") { last.removeLast(2) }
            else if last.hasSuffix("s"), !last.hasSuffix("ss"), Subject.isOrganNoun(String(last.dropLast()).folded) || String(last.dropLast()).folded.hasSuffix("utskott") { last.removeLast() }
            words.append(last)
        }
        var result = words.joined(separator: " ")
        if let first = result.first, first.isLowercase { result = first.uppercased() + result.dropFirst() }
        return result
    }

    /// The organisation: an upper-case letterhead ("REGIONFÖRBUNDET / JÖNKÖPINGS LÄN"), a line that
    /// names a kommun, region, förbund or förening, or the part after the meeting kind
    /// ("Styrelsemöte, Kommunförbundet X").
    static func organisation(_ lines: ArraySlice<SourceLine>, title: String) -> String? {
        let nonBlank = lines.filter { !$0.isBlank }.prefix(30)
        // "Förening: Stadsodlarna i Norrbrunna (ideell förening)", "Organisation: …": named by a label.
        for line in nonBlank.prefix(12) {
            let text = MarkdownText.stripHeadingMarks(line.text.trimmed).trimmingEnds("*_ ")
            guard let colon = text.firstIndex(of: ":") else { continue }
            let label = text[..<colon].trimmingEnds("*_ ").folded
            guard ["forening", "foreningen", "organisation", "bolag", "bolaget"].contains(label) else { continue }
            let value = text[text.index(after: colon)...].trimmingEnds("*_ ").removingParenthesised.trimmed
            if !value.isEmpty, value.count <= 80 { return value }
        }
        // Upper-case letterhead lines at the very top.
        var letterhead: [String] = []
        var afterLetterhead: SourceLine?
        for line in nonBlank.prefix(6) {
            let text = line.text.trimmed.layoutColumns.first ?? ""
            let letters = text.filter(\.isLetter)
            // A running header with the date ("KULTURNÄMNDEN 2015-09-22") is no letterhead.
            if text.contains(where: \.isNumber) { if !letterhead.isEmpty { break } else { continue } }
            guard letters.count >= 3, letters.allSatisfy(\.isUppercase), !HeaderParser.titleWords.contains(where: { text.folded.includes($0) }),
                  !isBodyName(sentenceCase(text)),
                  PageFurniture.isPageNumber(text) == false else {
                if !letterhead.isEmpty {
                    afterLetterhead = line
                    break
                }
                continue
            }
            letterhead.append(text)
        }
        // "SVENSKA KYRKAN" over "Tolkabygdens pastorat": the church's local unit under its name.
        if !letterhead.isEmpty, let unit = afterLetterhead?.text.trimmed.layoutColumns.first, unit.startsWithUppercaseLetter,
           unit.wordCount <= 5, ["pastorat", "forsamling", "kyrkliga samfallighet"].contains(where: { unit.folded.hasSuffix($0) }) {
            return unit
        }
        if !letterhead.isEmpty {
            let name = letterhead.map(sentenceCase).joined(separator: " ")
            if PersonEntry.isOrganisationText(name) || letterhead.count >= 1 && name.wordCount <= 6 {
                return casing(of: name, in: lines)
            }
        }
        // "Styrelsemöte, Kommunförbundet Norrbotten" / "... i Brf Lärkträdet"
        // Only the letterhead part: lines before the first labelled field.
        let header = nonBlank.prefix(while: { FieldLabel.match($0.text) == nil })
        for text in [title] + header.map({ $0.text }) {
            // Columns of a layout line first: "Bäckby kommun<TAB><TAB>PROTOKOLL<TAB>Sida 1 (3)".
            let parts = text.layoutColumns.flatMap({ $0.split(separator: ",").map { $0.trimmed } }).flatMap(splitAtSpacedDash)
            // "Räddningstjänsten Mellanbygd, kommunalförbund": the name before its legal form.
            if parts.count == 2, let form = parts.last, form.firstLetterIsLowercase,
               form.splitOnSpaces().allSatisfy({ PersonEntry.isOrganisationWord(String($0)) || $0 == "ideell" || $0 == "ekonomisk" }),
               let name = parts.first, name.startsWithUppercaseLetter, !name.contains(where: \.isNumber) {
                return name
            }
            // A title line names the document, not the organisation; what follows " i " may.
            let candidates = parts.filter { part in !titleWords.contains(where: { part.folded.includes($0) }) }
            for part in candidates + inPhrases(text) {
                // "Ålsviks Segelsällskap (ÅSS)": the short form is no part of the name.
                if let open = part.firstIndex(of: "("), part.hasSuffix(")"),
                   case let inner = part[part.index(after: open)...].dropLast(), (2...6).contains(inner.count),
                   inner.allSatisfy({ $0.isLetter && $0.isUppercase }), isOrganisationName(part.removingParenthesised) {
                    return part.removingParenthesised
                }
                // "Bostadsbolaget i Granstad AB (org.nr 556614-2290)"
                if isOrganisationName(part) { return part }
                let name = part.removingParenthesised
                if isOrganisationName(name) { return name }
            }
        }
        if let name = organisationInCapitalTitle(title) { return casing(of: name, in: lines) }
        return nil
    }

    /// "PROTOKOLL STYRELSEMÖTE BRF KVARNBACKEN I UPPSALA" → "Brf Kvarnbacken", "PROTOKOLL FÖRT VID
    /// STYRELSEMÖTE I LERBO HEMBYGDSFÖRENING" → "Lerbo hembygdsförening": a title in capitals names
    /// the association, from "Brf" up to the place, or after " I ".
    private static func organisationInCapitalTitle(_ title: String) -> String? {
        let letters = title.filter(\.isLetter)
        guard letters.count >= 8, letters.allSatisfy(\.isUppercase) else { return nil }
        let words = title.splitOnSpaces().map(String.init)
        var nameWords: [String]
        if let start = words.firstIndex(where: { ["brf", "bostadsrattsforeningen"].contains($0.folded) }) {
            nameWords = Array(words[start...].prefix { $0 != "I" && $0 != "–" && $0 != "-" })
        } else if let at = words.firstIndex(of: "I"), at + 1 < words.count {
            nameWords = Array(words[(at + 1)...])
        } else {
            return nil
        }
        guard (2...6).contains(nameWords.count) else { return nil }
        let cased = nameWords.enumerated().map { index, word -> String in
            let lower = word.lowercased()
            if index == 0, lower == "brf" { return "Brf" }
            if index > 0, PersonEntry.isOrganisationWord(lower) || ["och", "i", "för", "av"].contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
        return isOrganisationName(cased) ? cased : nil
    }

    /// A region's or a municipality's organ with no letterhead (it was a logo): the "Region Norrsund"
    /// or "Kvarnsjö kommun" the text names most often. Only for the organs such a body has.
    /// "fört vid sammanträde med stadsfullmäktige i Nyköping å stadshuset …": the place after the organ
    /// of an opening sentence is whose organ it is (a town, a landskommun, a förening).
    static func organisationInOpening(_ sentence: String?) -> String? {
        guard let sentence else { return nil }
        let words = sentence.splitOnSpaces().map { String($0) }
        guard let med = words.firstIndex(where: { $0 == "med" }), med > 0, words[med - 1].folded.hasPrefix("sammantrade") || words[med - 1].folded == "mote",
              let organEnd = (med + 1..<min(words.count, med + 5)).first(where: { Subject.isOrganNoun(words[$0].folded.trimmingEnds(",.")) }),
              organEnd + 2 < words.count, words[organEnd + 1] == "i" else { return nil }
        let capitalised = words[(organEnd + 2)...].prefix { $0.startsWithUppercaseLetter }.prefix(3)
        var name = capitalised.map { $0.trimmingEnds(",.") }
        // ("i Kommunhuset, Ljusdal": a building and its town, where the meeting was held.)
        guard !name.isEmpty, name.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }), !capitalised.dropLast().contains(where: { $0.hasSuffix(",") }),
              !name.contains(where: { word in ["huset", "salen", "rummet", "lokalen", "kontoret", "garden", "skolan"].contains { word.folded.hasSuffix($0) } })
        else { return nil }
        // "i Ekeryds" / "landskommun": the kind of place after a genitive is part of the name. Anything
        // else after the name but the day, the time or where ("å stadshuset") makes it no town: "i
        // Stora sessionssalen".
        let after = organEnd + 2 + name.count
        if after < words.count, case let next = words[after].trimmingEnds(",.").folded,
           ["kommun", "landskommun", "stad", "koping", "forsamling", "socken", "municipalsamhalle", "lan"].contains(next) {
            name.append(words[after].trimmingEnds(",."))
        } else if name.last?.hasSuffix("s") == true {
            return nil
        } else if after < words.count, case let next = words[after].folded,
                  !(["a", "pa", "den", "kl", "kl.", "och"].contains(next) || next.hasSuffix("dagen") || next.first?.isNumber == true) {
            return nil
        }
        return name.joined(separator: " ")
    }

    static func organisationNamedInText(_ lines: [SourceLine], body: String?) -> String? {
        guard let organ = body?.folded else { return nil }
        let regional = organ.hasPrefix("region")
        guard regional || organ.hasPrefix("kommun") else { return nil }
        var counts: [String: Int] = [:]
        for line in lines {
            let text = line.text
            guard regional ? text.includes("Region ") : text.includes(" kommun") else { continue }
            let words = text.splitOnSpaces().map { $0.trimmingEnds(",.;:()") }
            for i in words.indices.dropLast() {
                if regional, words[i] == "Region", let name = words[i + 1].first, name.isUppercase, words[i + 1].allSatisfy(\.isLetter) {
                    counts["Region " + words[i + 1], default: 0] += 1
                } else if !regional, words[i + 1] == "kommun", words[i].first?.isUppercase == true, words[i].allSatisfy(\.isLetter),
                          words[i].count >= 3, !notPlaceNames.contains(words[i].folded) {
                    counts[words[i] + " kommun", default: 0] += 1
                }
            }
        }
        // "Region Norrsunds budget": the genitive counts for the name.
        for (name, count) in counts where name.hasSuffix("s") && !name.hasSuffix(" kommun") {
            let base = String(name.dropLast())
            if counts[base] != nil { counts[base, default: 0] += count; counts[name] = nil }
        }
        // Named twice at least, and more often than any other: a neighbour named in one § is not it.
        let ranked = counts.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
        guard let best = ranked.first, best.value >= 2, ranked.count == 1 || ranked[1].value * 2 <= best.value else { return nil }
        return best.key
    }

    private static let notPlaceNames: Set<String> = ["varje", "vilken", "denna", "samma", "annan", "egen", "hela", "var", "en", "ingen", "valfri", "berord", "aktuell"]

    private static func inPhrases(_ text: String) -> [String] {
        guard let range = text.find(" i ") ?? text.find(" med ") else { return [] }
        // "... i Vattenbolaget Norrvik AB, 556123-4567": the name, without its org.nr.
        let tail = String(text[range.upperBound...]).trimmed
        return [tail.split(separator: ",").first.map { $0.trimmed } ?? tail]
    }

    static func isOrganisationName(_ text: String) -> Bool {
        let words = text.splitOnSpaces().map(String.init)
        guard (1...10).contains(words.count), text.startsWithUppercaseLetter else { return false }
        guard !text.contains(Character(":")), SwedishDate.first(in: text) == nil, !text.contains(Character("§")) else { return false }
        // Every word but particles capitalised: a name, not a sentence.
        let lowercaseWords = words.filter { $0.firstLetterIsLowercase }
        guard lowercaseWords.allSatisfy({ ["i", "och", "för", "av", "på", "inom", "vid", "kommun", "län", "landsting", "stad", "region"].contains($0)
            || PersonEntry.isOrganisationWord($0) }) else { return false }
        let folded = words.map { $0.folded }
        if folded.first == "brf" || folded.first == "bostadsrattsforeningen" || folded.first == "region" || folded.first == "foreningen" { return words.count >= 2 }
        guard words.contains(where: { PersonEntry.isOrganisationWord($0) }) else { return false }
        return !isBodyName(text) || folded.contains(where: { $0.hasSuffix("forbund") || $0.hasSuffix("forbundet") })
    }

    /// "JÖNKÖPINGS LÄN" → "Jönköpings län": proper nouns capitalised, common nouns lower-case.
    /// The name as the text writes it elsewhere, when it does: "PRO SJÖBERGA" in the letterhead is "PRO
    /// Sjöberga" in the opening sentence, which no rule of capitals could guess.
    static func casing(of name: String, in lines: ArraySlice<SourceLine>) -> String {
        let target = name.lowercased()
        for line in lines.prefix(60) where !line.isBlank {
            let text = line.text
            let lower = text.lowercased()
            guard lower.utf8.count == text.utf8.count, let range = lower.find(target) else { continue }
            let start = lower.utf8.distance(from: lower.startIndex, to: range.lowerBound)
            guard let from = text.utf8.index(text.startIndex, offsetBy: start, limitedBy: text.endIndex),
                  let to = text.utf8.index(from, offsetBy: target.utf8.count, limitedBy: text.endIndex) else { continue }
            let candidate = String(text[from..<to])
            if candidate.lowercased() == target, candidate != candidate.uppercased() { return candidate }
        }
        return name
    }

    /// Words that stay in lower case inside a name written in sentence case.
    private static let sentenceCaseLowerWords: Set<String> = [
        "lan", "kommun", "kommuns", "landsting", "stad", "region", "och", "i", "for", "av", "forsamling", "forening",
        "kyrkan", "forsamlingen", "pastorat", "stift", "vagforening", "samfallighetsforening",
    ]

    static func sentenceCase(_ text: String) -> String {
        return text.splitOnSpaces().enumerated().map { index, word in
            let lower = word.lowercased()
            if index > 0, sentenceCaseLowerWords.contains(lower.folded) { return lower }
            if word.count <= 3, index > 0 { return String(word) }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }
}
