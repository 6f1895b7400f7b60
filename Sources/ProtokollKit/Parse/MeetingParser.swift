import Foundation

/// Date, times and place of the meeting from "Tid", "Plats", "Plats och tid", "Datum",
/// "Sammanträdesdatum", or a date in the title.
enum MeetingParser {
    static func meeting(fields: [Field], front: ArraySlice<SourceLine>, title: String) -> Meeting {
        var meeting = Meeting()
        func take(_ text: String, placeToo: Bool) {
            if meeting.date == nil, let date = SwedishDate.all(in: text).first(where: { $0.iso != nil }) { meeting.date = date.iso }
            // "Tid: 13–15" gives bare hours, as "kl 13–15" would.
            if meeting.startTime == nil, let time = TimeRange.parse(text) ?? TimeRange.parse("kl " + text) {
                meeting.startTime = time.start
                meeting.endTime = time.end
            }
            if placeToo, meeting.place == nil, let place = placeText(text) { meeting.place = place }
        }
        for field in fields {
            switch field.label {
            case .time, .date: take(field.joined, placeToo: false)
            case .placeAndTime: take(field.joined, placeToo: true)
            case .place:
                if meeting.place == nil { meeting.place = placeText(field.joined) ?? field.joined }
            default: break
            }
        }
        if meeting.date == nil {
            take(title, placeToo: false)
        }
        if meeting.place == nil { meeting.place = placeInTitle(title) }
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

    /// "... minnesanteckningar Hotell Skogsbrynet 2013-03-01": between the kind of document and the
    /// date at the end of a title, a short capitalised name is the place.
    static func placeInTitle(_ title: String) -> String? {
        let words = title.split(separator: " ").map(String.init)
        guard let kindIndex = words.lastIndex(where: { word in
            let folded = word.folded.trimmingEnds(",.:")
            return folded == "minnesanteckningar" || folded == "protokoll" || folded == "anteckningar"
        }), let last = words.last, SwedishDate.first(in: last)?.iso != nil else { return nil }
        let between = words[(kindIndex + 1)..<(words.count - 1)].filter { !["från", "vid", "i", "på", "den"].contains($0.lowercased()) }
        guard (1...4).contains(between.count), between.allSatisfy({ $0.startsWithUppercaseLetter }) else { return nil }
        return between.joined(separator: " ").trimmingEnds(",")
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
                guard folded.includes("avslut") || folded.includes("avslöt") || folded.includes("avslot") else { continue }
                if let time = TimeRange.parse(sentence)?.start { return time }
            }
        }
        return nil
    }

    /// The place in "Kommunhuset, Sessionssalen, kl. 13.00–16.30" or "Kommunhuset 2018-11-28":
    /// the text without its date and time.
    static func placeText(_ text: String) -> String? {
        var parts: [String] = []
        for part in text.split(separator: ",").map({ $0.trimmed }) {
            let folded = part.folded
            if folded.hasPrefix("kl") && part.contains(where: \.isNumber) { continue }
            if TimeRange.parse(part) != nil && part.filter(\.isLetter).count <= 3 { continue }
            var cleaned = part
            for date in SwedishDate.all(in: part).reversed() {
                let chars = Array(cleaned)
                if date.end <= chars.count { cleaned = String(chars[..<date.start]) + String(chars[date.end...]) }
            }
            cleaned = cleaned.collapsedWhitespace
            if let kl = cleaned.lowercased().find(" kl") {
                cleaned = String(cleaned[..<kl.lowerBound])
            }
            // What is left of "onsdagen den 21 november", "den 27 november 2013 på kommunkansliet".
            var words = cleaned.split(separator: " ").map(String.init)
            while let last = words.last, dateWords.contains(last.lowercased()) { words.removeLast() }
            while let first = words.first, dateWords.contains(first.lowercased()) || first.lowercased() == "på" || first.lowercased() == "i" { words.removeFirst() }
            cleaned = words.joined(separator: " ")
            cleaned = cleaned.trimmed
            if cleaned.filter(\.isLetter).count >= 2 { parts.append(cleaned) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
