import Foundation

/// The signature block ("Vid protokollet", "Sekreterare ....", "Justeras") and the anslag.
enum SignatureBlock {
    struct Signers {
        var chair: String?
        var secretary: String?
    }

    /// Names under "Sekreterare" / "Ordförande" / "Vid protokollet" labels.
    static func read(fields: [Field], lines: [SourceLine], tailStart: Int, frontEnd: Int) -> Signers {
        var signers = Signers()
        for field in fields {
            guard field.label == .secretary || field.label == .chair else { continue }
            let name = field.nonEmptyValues.lazy.compactMap { value -> String? in
                let cleaned = value.filter { $0 != "." && $0 != "_" }.trimmed
                return PersonEntry.parse(cleaned)?.name
            }.first
            if field.label == .secretary { signers.secretary = signers.secretary ?? name }
            if field.label == .chair { signers.chair = signers.chair ?? name }
        }
        return signers
    }

    static func adjustment(fields: [Field], meetingYear: Int?) -> Adjustment? {
        guard let field = fields.first(where: { $0.label == .adjustment && !$0.nonEmptyValues.isEmpty }) else { return nil }
        let text = field.joined
        let date = SwedishDate.all(in: text, defaultYear: meetingYear).first(where: { $0.iso != nil })?.iso
        var place = MeetingParser.placeText(text)
        if let p = place, PersonEntry.parse(p) != nil, date == nil { place = nil }
        if date == nil && place == nil { return nil }
        return Adjustment(date: date, place: place)
    }

    /// "Datum för anslags uppsättande 2018-11-29", or a sentence "... har 2014-05- anslagits ...".
    static func announcement(lines: ArraySlice<SourceLine>, fields: [Field], meetingDate: String?) -> Announcement? {
        if let field = fields.first(where: { $0.label == .announcementPosted }) {
            if let date = SwedishDate.first(in: field.joined) { return Announcement(date: date.iso, raw: date.raw) }
        }
        for line in lines {
            let folded = line.text.folded
            guard folded.contains("anslag") else { continue }
            let dates = SwedishDate.all(in: line.text)
            let cut = ["nedtagande", "tas ned", "till och med", "overklagande"].compactMap { folded.range(of: $0) }.map { folded.distance(from: folded.startIndex, to: $0.lowerBound) }.min()
            for date in dates {
                if let cut, date.start > cut { break }
                if date.iso != nil && date.iso == meetingDate { continue }
                return Announcement(date: date.iso, raw: date.raw)
            }
        }
        return nil
    }
}
