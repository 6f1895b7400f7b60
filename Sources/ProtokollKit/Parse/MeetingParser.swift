import Foundation

/// Date, times and place of the meeting from "Tid", "Plats", "Plats och tid", "Datum",
/// "Sammanträdesdatum", or a date in the title.
enum MeetingParser {
    static func meeting(fields: [Field], front: ArraySlice<SourceLine>, title: String) -> Meeting {
        var meeting = Meeting()
        func take(_ text: String, placeToo: Bool, bareHours: Bool = false) {
            if meeting.date == nil, let date = SwedishDate.all(in: text).first(where: { $0.iso != nil }) { meeting.date = date.iso }
            // "Tid: 13–15" gives bare hours, as "kl 13–15" would; a "Datum" value does not ("1", a
            // page number beside it).
            if meeting.startTime == nil, let time = TimeRange.parse(text) ?? (bareHours ? TimeRange.parse("kl " + text) : nil) {
                meeting.startTime = time.start
                meeting.endTime = time.end
            }
            if placeToo, meeting.place == nil, let place = placeText(text) { meeting.place = place }
        }
        for field in fields {
            switch field.label {
            case .time: take(field.joined, placeToo: false, bareHours: true)
            case .date: take(field.joined, placeToo: false)
            case .placeAndTime:
                // "Tid och plats" over two lines, the date and time first: in the joined text the
                // time's " kl" would cut off what follows. Each line on its own keeps the place.
                let lines = field.nonEmptyValues
                take(field.joined, placeToo: lines.count < 2)
                if meeting.startTime == nil, lines.count >= 2 {
                    for value in lines where meeting.startTime == nil { take(value, placeToo: false) }
                }
                if meeting.place == nil, lines.count >= 2 {
                    // "Regionhuset, sammanträdesrum Järvsö, Gävle. Ledamöter och" / "ersättare har haft möjlighet
                    // att delta på distans via Teams.": the place ends with its sentence; a remark follows.
                    var placeLines: [String] = []
                    for line in lines where !isBreakNote(line) {
                        // (A full stop after a word of four letters or more, then a capital: "vån. 2" and
                        // "Dr. Westlings gata" go on.)
                        if let stop = sentenceStop(in: line) {
                            placeLines.append(String(line[..<stop]))
                            break
                        }
                        placeLines.append(line)
                    }
                    let places = placeLines.compactMap { placeText($0) }
                    if !places.isEmpty { meeting.place = places.joined(separator: ", ") }
                }
            case .place:
                if meeting.place == nil { meeting.place = placeText(field.joined) ?? field.joined }
            default: break
            }
        }
        // "När: tis 12/3, kl 17.30" / "möte 12 mars": a day without its year, which the page's other
        // dates give (a note-taking app's stamp of the day before is not the meeting).
        if meeting.date == nil, let year = front.prefix(40).lazy.compactMap({ SwedishDate.all(in: $0.text).first { $0.iso != nil }?.iso }).first
            .flatMap({ Int($0.prefix(4)) }) {
            let labelled = fields.filter { [.time, .date, .placeAndTime].contains($0.label) }.map(\.joined)
            for text in labelled + [title] where meeting.date == nil {
                meeting.date = SwedishDate.all(in: text, defaultYear: year).first { $0.iso != nil }?.iso ?? weekdayDayMonth(text, year: year)
            }
        }
        // "Protokoll fört vid sammanträde med styrelsen torsdagen den 14 mars 2024 kl. 13.00–15.30 i
        // bolagets sammanträdesrum": the opening sentence of association and company minutes.
        if meeting.date == nil || meeting.startTime == nil || meeting.place == nil, let opening = openingSentence(front) {
            take(opening, placeToo: false)
            if meeting.place == nil { meeting.place = placeInOpening(opening) }
        }
        if meeting.date == nil {
            take(title, placeToo: false)
        }
        // "Nätverksträff 2024-09-12, kl. 9.30–14.30": the time in the title.
        if meeting.startTime == nil, let time = TimeRange.parse(title) {
            meeting.startTime = time.start
            meeting.endTime = time.end
        }
        if meeting.place == nil { meeting.place = placeInTitle(title) }
        // "Plats: Föreningslokalen, Kastanjevägen 4." ends a sentence, not the name of the place.
        if let place = meeting.place, place.hasSuffix("."), !place.hasSuffix(".."), place.splitOnSpaces().last.map({ $0.count > 4 }) == true {
            meeting.place = String(place.dropLast())
        }
        // "Klubbstugan, Norrviksvallen (Erik deltog via Teams)": a remark on who took part from
        // elsewhere is no part of the place. ("Rådhuset (sal 2)" keeps its parenthesis.)
        if let place = meeting.place, place.hasSuffix(")"), let open = place.lastIndex(of: "("), open > place.startIndex {
            let remark = place[place.index(after: open)...].folded
            if ["via ", "distans", "deltog", "deltar", "digitalt"].contains(where: { remark.includes($0) }) {
                meeting.place = place[..<open].trimmed
            }
        }
        if meeting.date == nil {
            for line in front.prefix(40) where !line.isBlank {
                if let date = SwedishDate.all(in: line.text).first(where: { $0.iso != nil }) {
                    meeting.date = date.iso
                    break
                }
            }
        }
        return meeting
    }

    /// "tis 12/3", "tisdag 12/3": a day and month after a weekday, which makes "12/3" a date and not
    /// a fraction, in the given year.
    static func weekdayDayMonth(_ text: String, year: Int) -> String? {
        let words = text.splitOnSpaces().map { $0.trimmingEnds(",.") }
        for (index, word) in words.enumerated().dropLast() where weekdayForms.contains(word.folded) {
            let parts = words[index + 1].split(separator: "/")
            guard parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]), let date = SwedishDate.iso(year, month, day) else { continue }
            return date
        }
        return nil
    }

    /// Weekdays, folded, written out or cut short ("tis", "tors").
    private static let weekdayForms: Set<String> = [
        "man", "mand", "mandag", "tis", "tisd", "tisdag", "ons", "onsd", "onsdag", "tor", "tors", "torsd", "torsdag",
        "fre", "fred", "fredag", "lor", "lord", "lordag", "son", "sond", "sondag",
    ]

    /// "... minnesanteckningar Hotell Skogsbrynet 2013-03-01": between the kind of document and the
    /// date at the end of a title, a short capitalised name is the place.
    /// Where a sentence ends inside `line`: ". " after a word of four letters or more, before a capital.
    static func sentenceStop(in line: String) -> String.Index? {
        var from = line.startIndex
        while let range = line.find(". ", from: from) {
            from = range.upperBound
            let word = line[..<range.lowerBound].splitOnSpaces().last ?? ""
            guard word.count >= 4, word.allSatisfy(\.isLetter), line[range.upperBound...].first?.isUppercase == true else { continue }
            return range.lowerBound
        }
        return nil
    }

    static func placeInTitle(_ title: String) -> String? {
        let words = title.splitOnSpaces().map(String.init)
        guard let kindIndex = words.lastIndex(where: { word in
            let folded = word.folded.trimmingEnds(",.:")
            return folded == "minnesanteckningar" || folded == "protokoll" || folded == "anteckningar"
        }), let last = words.last, SwedishDate.first(in: last)?.iso != nil else { return nil }
        let between = words[(kindIndex + 1)..<(words.count - 1)].filter { !["från", "vid", "i", "på", "den"].contains($0.lowercased()) }
        guard (1...4).contains(between.count), between.allSatisfy({ $0.startsWithUppercaseLetter }) else { return nil }
        return between.joined(separator: " ").trimmingEnds(",")
    }

    /// "Ajournering kl. 14.30–14.45", "(lunch 12.00–13.00)": a line about a break, not a place.
    static func isBreakNote(_ line: String) -> Bool {
        let text = line.trimmed
        if text.hasPrefix("(") { return true }
        let first = text.splitOnSpaces().first.map { $0.folded.trimmingEnds(",.:") } ?? ""
        return ["ajournering", "ajournerades", "ajourneras", "paus", "lunch", "lunchpaus", "fika", "kaffe", "uppehall"].contains(first)
    }

    /// "… kl 13.30 - 17.05 (ajournering kl 15.00 - 15.20)": the break in parentheses goes; "Stadshuset
    /// (Rådssalen)" keeps its room.
    static func withoutBreakNotes(_ text: String) -> String {
        guard text.containsByte(0x28) else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inner = rest[rest.index(after: open)..<close]
            result += rest[..<open]
            if !isBreakNote(String(inner)) { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return (result + rest).collapsedWhitespace
    }

    /// The first block of the front page that is a sentence opening with "Protokoll" and holding a
    /// date: "Protokoll fört vid …", "Protokoll från styrelsemöte …", "Protokoll hållet vid …".
    static func openingSentence(_ front: ArraySlice<SourceLine>) -> String? {
        var block: [String] = []
        func judge() -> String? {
            let text = block.joined(separator: " ").collapsedWhitespace
            block = []
            // "Protokoll fört vid …", or "fört vid årsstämma …" under a heading "PROTOKOLL".
            let folded = text.folded
            // ("Sammanträde den 7 februari 1978 i landstingshusets sessionssal": older minutes open so.)
            // ("PROTOKOLL," / "fört vid …": the heading's comma runs on into the sentence.)
            guard folded.hasPrefix("protokoll ") || folded.hasPrefix("protokoll, ") || folded.hasPrefix("fort vid ") || folded.hasPrefix("protokollet fort vid ")
                    || folded.hasPrefix("utdrag ur protokoll ") || folded.hasPrefix("sammantrade den ") || folded.hasPrefix("sammantradet den "),
                  text.wordCount >= 6,
                  SwedishDate.all(in: text).contains(where: { $0.iso != nil }) else { return nil }
            return text
        }
        for line in front.prefix(40) {
            if line.isBlank {
                if let found = judge() { return found }
            } else {
                block.append(line.text)
            }
        }
        return judge()
    }

    /// The place after the date and time of an opening sentence: "… den 14 mars 2024 kl. 13.00–15.30
    /// i bolagets sammanträdesrum, Storgatan 14." gives "bolagets sammanträdesrum, Storgatan 14".
    static func placeInOpening(_ sentence: String) -> String? {
        let characters = Array(sentence)
        guard let date = SwedishDate.all(in: sentence).first(where: { $0.iso != nil }), date.end <= characters.count else { return nil }
        var words = String(characters[date.end...]).splitOnSpaces().map(String.init)
        if let first = words.first, first.folded.hasPrefix("kl") {
            words.removeFirst()
            if !first.contains(where: \.isNumber), !words.isEmpty { words.removeFirst() }
            // ("kl. 19.00 – 21.40 i …": a spaced dash and the end of the time.)
            while let next = words.first, next.allSatisfy({ $0.isDash }) || next.first?.isNumber == true { words.removeFirst() }
        }
        // "i Stadshuset", "på kontoret", "hos Birgitta Wall, Ängsvägen 14", and older minutes' "å
        // kommunalkontoret".
        guard let preposition = words.first, ["i", "på", "hos", "å"].contains(preposition.lowercased()), words.count >= 2 else {
            return words.isEmpty ? placeBeforeDate(String(characters[..<date.start])) : nil
        }
        // The place ends with its sentence: "… i föreningslokalen, Storgatan 12. Närvarande var …".
        // "hos Birgitta Wall" is a place only with its preposition: a home, not a person.
        let rest = (preposition.lowercased() == "hos" ? words : Array(words.dropFirst())).joined(separator: " ")
        var place = (Sentences.split(rest).first ?? rest).trimmingEnds(".")
        // "1andstingshusets": OCR's "1" for a first "l".
        if place.hasPrefix("1"), place.dropFirst().first?.isLowercase == true { place = "l" + place.dropFirst() }
        guard place.startsWithUppercaseLetter || place.firstLetterIsLowercase, place.count <= 120 else { return nil }
        return placeText(place) ?? place
    }

    /// "… med stadsfullmäktige i Nyköping å stadshuset måndagen den 15 mars 1948 kl. 19.": the place
    /// stands before the day when nothing follows the time. Only "å" or "på" and a lower-case place
    /// right before the weekday: "i Nyköping" names the town of the organ.
    private static func placeBeforeDate(_ head: String) -> String? {
        var words = head.splitOnSpaces().map(String.init)
        while let last = words.last, dateWords.contains(last.lowercased()) { words.removeLast() }
        guard let at = words.lastIndex(where: { $0 == "å" || $0 == "på" }), at + 1 < words.count, words.count - at <= 4,
              case let place = words[(at + 1)...].joined(separator: " ").trimmingEnds(","), place.firstLetterIsLowercase,
              // ("på distans": how the meeting was held, not where.)
              !["distans", "telefon", "internet", "zoom", "teams"].contains(place.folded) else { return nil }
        return place
    }

    private static let dateWords: Set<String> = [
        "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen", "måndag", "tisdag",
        "onsdag", "torsdag", "fredag", "lördag", "söndag", "den", "datum", "dag", "tid",
    ]

    /// The end of the meeting when only the closing § states it: "Ordföranden förklarade mötet
    /// avslutat kl. 20.40".
    static func closingTime(_ paragraphs: [Paragraph]) -> String? {
        for paragraph in paragraphs.suffix(2).reversed() {
            for sentence in Sentences.split(paragraph.text.split(separator: "\n").joined(separator: " ")) {
                let folded = sentence.folded
                guard let verb = folded.find("avslut") ?? folded.find("avslot") else { continue }
                // "Nästa möte … kl. 19.00 … och avslutade mötet kl. 21.05": the time after the verb.
                let after = String(folded[verb.upperBound...])
                if let time = TimeRange.parse(after)?.start ?? TimeRange.parse(sentence)?.start { return time }
            }
        }
        return nil
    }

    /// The place in "Kommunhuset, Sessionssalen, kl. 13.00–16.30" or "Kommunhuset 2018-11-28":
    /// the text without its date and time.
    static func placeText(_ text: String) -> String? {
        var parts: [String] = []
        for part in withoutBreakNotes(text).split(separator: ",").map({ $0.trimmed }) {
            if isBreakNote(part) { continue }
            let folded = part.folded
            if folded.hasPrefix("kl") && part.contains(where: \.isNumber) { continue }
            if TimeRange.parse(part) != nil && part.filter(\.isLetter).count <= 3 { continue }
            var cleaned = part
            for date in SwedishDate.all(in: part).reversed() {
                let chars = Array(cleaned)
                if date.end <= chars.count { cleaned = String(chars[..<date.start]) + String(chars[date.end...]) }
            }
            cleaned = cleaned.collapsedWhitespace
            // "28 mars 1994 kl 19.00 - 22.15" leaves "kl 19.00 - 22.15": the time starts the part.
            if cleaned.lowercased().hasPrefix("kl ") || cleaned.lowercased().hasPrefix("kl.") {
                cleaned = ""
            } else if let kl = cleaned.lowercased().find(" kl") {
                cleaned = String(cleaned[..<kl.lowerBound])
            }
            // What is left of "onsdagen den 21 november", "den 27 november 2013 på kommunkansliet".
            var words = cleaned.splitOnSpaces().map(String.init)
            while let last = words.last, dateWords.contains(last.lowercased()) { words.removeLast() }
            while let first = words.first, dateWords.contains(first.lowercased()) || first.lowercased() == "på" || first.lowercased() == "i" { words.removeFirst() }
            cleaned = words.joined(separator: " ")
            cleaned = cleaned.trimmed
            if cleaned.filter(\.isLetter).count >= 2 { parts.append(cleaned) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
