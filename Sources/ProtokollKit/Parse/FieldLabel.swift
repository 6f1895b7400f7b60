/// The labels of a front page, an attendance block, a signature block and an anslag, with the
/// variants real minutes use ("Plats och tid", "Tid och plats", "Beslutande ledamöter" ...).
enum FieldLabel: Equatable, Sendable {
    case placeAndTime, time, place, date
    case deciding, servingSubstitutes, substitutes, present, others, presenter, secretary, chair, minuteTaker
    case absent
    case adjusters, adjustment
    case paragraphRange
    case signatures
    case organ, announcementPosted, announcementRemoved, storage, appealDeadline

    /// Folded label text → label, longest first so "tid och plats" wins over "tid".
    static let variants: [(String, FieldLabel)] = [
        ("plats och tid", .placeAndTime), ("tid och plats", .placeAndTime), ("tid/plats", .placeAndTime),
        ("tid / plats", .placeAndTime), ("plats/tid", .placeAndTime), ("datum och tid", .time),
        ("tid", .time), ("klockan", .time), ("nar", .time), ("var", .place), ("plats", .place), ("lokal", .place), ("motesplats", .place),
        ("datum", .date), ("sammantradesdatum", .date), ("sammantradestid", .time), ("motestid", .time), ("sammantradesplats", .place), ("motesdatum", .date), ("sammantradesdag", .date),
        ("beslutande ledamoter", .deciding), ("narvarande ledamoter", .deciding), ("narvarande beslutande", .deciding),
        ("beslutande", .deciding), ("ledamoter", .deciding), ("narvarande styrelseledamoter", .deciding),
        ("styrelseledamoter", .deciding), ("narvarande revisorer", .deciding), ("revisorer", .deciding),
        ("sakkunnigt bitrade", .others), ("sakkunniga bitraden", .others),
        // A company board's employee representatives are members; a suppleant among them is not.
        ("arbetstagarrepresentanter", .deciding), ("arbetstagarrepresentant", .deciding),
        ("personalforetradare", .others), ("personalrepresentanter", .others), ("fackliga foretradare", .others),
        ("tjanstgorande ersattare", .servingSubstitutes), ("tjanstgorande suppleanter", .servingSubstitutes),
        ("ej tjanstgorande ersattare", .substitutes), ("narvarande ersattare", .substitutes),
        ("icke tjanstgorande ersattare", .substitutes), ("ovriga ersattare", .substitutes),
        ("ej beslutande", .substitutes), ("ersattare", .substitutes), ("suppleanter", .substitutes), ("suppleant", .substitutes),
        ("narvarande", .present), ("narv.", .present), ("narv", .present), ("deltagare", .present), ("narvarolista", .present), ("deltog", .present),
        ("medverkande", .present),
        ("ovriga narvarande", .others), ("ovriga deltagare", .others), ("ovriga deltagande", .others),
        ("dessutom narvarande", .others), ("ovriga narvarande tjansteman", .others), ("narvarande tjansteman", .others),
        ("tjansteman", .others), ("tjanstepersoner", .others), ("ovriga", .others), ("dessutom", .others),
        ("fran avd", .others), ("fran avd.", .others), ("fran avdelningen", .others), ("fran forvaltningen", .others),
        ("inbjudna", .others), ("inbjuden", .others), ("adjungerade", .others), ("adjungerad", .others),
        // A university's or a company's board: who may attend and speak but not decide.
        ("med narvaro- och yttranderatt", .others), ("med narvaro och yttranderatt", .others), ("med yttranderatt", .others),
        ("narvaro- och yttranderatt", .others), ("med narvarorratt", .others),
        ("gaster", .others), ("narvarande utan rostratt", .others), ("utan rostratt", .others), ("ej rostberattigade", .others),
        ("narvarande aktieagare", .deciding), ("narvarande rostberattigade", .deciding), ("rostberattigade", .deciding), ("narvarande ej ledamoter", .others), ("ej ledamoter", .others), ("ovriga narvarande tjanstepersoner", .others),
        ("narvarande tjanstepersoner", .others), ("narvarande tjansteman", .others), ("narvarande tjanstemannen", .others),
        ("foredragande", .presenter), ("sekreterare", .secretary), ("protokollforare", .secretary),
        ("motessekreterare", .secretary), ("vid protokollet", .secretary), ("in fidem", .secretary), ("ordforande", .chair),
        ("motesordforande", .chair), ("minnesantecknare", .minuteTaker), ("vid anteckningarna", .minuteTaker),
        ("antecknare", .minuteTaker), ("antecknat av", .minuteTaker), ("antecknad av", .minuteTaker), ("vid pennan", .minuteTaker),
        ("anteckningar fordes av", .minuteTaker),
        ("franvarande", .absent), ("forhinder", .absent), ("anmalt forhinder", .absent), ("anm. forhinder", .absent), ("ej narvarande", .absent),
        ("franvarande ledamoter", .absent),
        ("utses att justera", .adjusters), ("justerare", .adjusters), ("justerande", .adjusters),
        ("justeringspersoner", .adjusters), ("justeringsperson", .adjusters), ("protokolljusterare", .adjusters),
        ("protokolljustering", .adjustment), ("protokollets justering", .adjustment),
        ("justeringens plats och tid", .adjustment), ("justeringens tid och plats", .adjustment),
        ("justeringens plats", .adjustment), ("justeringens", .adjustment), ("justeras datum", .adjustment),
        ("justeringsdatum", .adjustment), ("justeringsdag", .adjustment), ("justeringstid", .adjustment), ("tid och plats for justering", .adjustment), ("justerat", .adjustment),
        ("justeras", .adjustment), ("justering", .adjustment), ("justerad", .adjustment),
        ("protokollet justerat", .adjustment), ("protokollet justerades", .adjustment), ("protokollet justeras", .adjustment),
        ("protokollet innehaller paragraferna", .paragraphRange), ("protokollet omfattar", .paragraphRange),
        ("narvarande ej tjanstgorande ersattare", .substitutes), ("narvarande suppleant", .substitutes), ("narvarande suppleanter", .substitutes),
        ("narvarande suppleant (ej tjanstgorande)", .substitutes), ("narvarande suppleanter (ej tjanstgorande)", .substitutes),
        ("narvarande ersattare (ej tjanstgorande)", .substitutes), ("ej tjanstgorande suppleant", .substitutes),
        ("ej tjanstgorande suppleanter", .substitutes), ("narvarande suppleant (tjanstgorande)", .servingSubstitutes),
        ("narvarande suppleanter (tjanstgorande)", .servingSubstitutes), ("tjanstgorande suppleant", .servingSubstitutes), ("narvarande tjanstgorande ersattare", .servingSubstitutes), ("paragrafer", .paragraphRange), ("justerade paragrafer", .paragraphRange),
        ("paragraf", .paragraphRange),
        ("underskrifter", .signatures), ("underskrift", .signatures),
        ("organ", .organ), ("datum for anslags uppsattande", .announcementPosted),
        ("datum da anslaget satts upp", .announcementPosted), ("anslaget uppsatt", .announcementPosted),
        ("anslaget satts upp", .announcementPosted), ("datum for anslag", .announcementPosted),
        ("anslagsdatum", .announcementPosted),
        // Finland-Swedish minutes are laid out for inspection, not posted.
        ("protokollet framlagt", .announcementPosted), ("framlagt till paseende", .announcementPosted),
        ("protokollet framlagt till paseende", .announcementPosted),
        ("datum for anslags nedtagande", .announcementRemoved), ("anslaget tas ned", .announcementRemoved),
        ("datum da anslaget tas ned", .announcementRemoved), ("anslaget till och med", .announcementRemoved),
        ("forvaringsplats for protokollet", .storage), ("forvaringsplats", .storage),
        ("sista dag for overklagande", .appealDeadline),
    ].sorted { $0.0.count > $1.0.count }

    /// Labels that are ordinary words and so need ":" or a wide gap before their value.
    static let needsSeparator: Set<String> = ["ovriga", "dessutom", "datum", "organ", "deltagare", "justering", "justerat", "justerad", "lokal", "klockan",
                                              "nar", "var"]

    /// The label at the start of `line` and the value after it.
    static func match(_ line: String) -> (label: FieldLabel, value: String)? {
        matchWithKey(line).map { ($0.label, $0.value) }
    }

    /// First words of all labels: a line whose first word is none of them has no label.
    static let firstWords = WordSet(variants.map { String($0.0.prefix(while: { $0 != " " && $0 != "/" })) })

    /// True when `word` is a first word of a label or, longer than three letters, begins with one
    /// ("justeringens"): every prefix is looked up, instead of testing every label's word.
    private static func beginsWithFirstWord(_ word: String) -> Bool {
        var word = word
        let long = word.count > 3
        return word.withUTF8 { bytes in
            if firstWords.contains(bytes) { return true }
            guard long else { return false }
            for length in stride(from: bytes.count - 1, through: 1, by: -1)
            where firstWords.contains(UnsafeBufferPointer(rebasing: bytes[..<length])) {
                return true
            }
            return false
        }
    }

    static func matchWithKey(_ line: String) -> (label: FieldLabel, value: String, key: String)? {
        let leading = line.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 }).prefix(while: { $0 != 0x20 && $0 != 0x09 && $0 != 0x3A && $0 != 0x2F })
        let firstWord = withoutMarkup(Array(leading)).folded
        guard beginsWithFirstWord(firstWord) else { return nil }
        var text = MarkdownText.stripHeadingMarks(line.trimmed)
        text = String(text.drop(while: { $0 == "-" || $0 == "*" || $0 == "•" || $0 == " " }))
        let folded = text.folded
        for (key, label) in variants where folded.hasPrefix(key) {
            let rest = text.dropFirst(key.count)
            guard let next = rest.first else { return (label, "", key) }
            if next == ":" { return (label, rest.dropFirst().trimmed, key) }
            if next == "\t" { return (label, rest.trimmed, key) }
            if next == " " {
                if rest.hasPrefix("  ") { return (label, rest.trimmed, key) }
                let value = rest.trimmed
                if value.hasPrefix(":") { return (label, value.dropFirst().trimmed, key) }
                if needsSeparator.contains(key) { continue }
                // A sentence is not a label line: "Tid för nästa möte är ...".
                if value.first?.isLowercase == true, ![.deciding, .present, .adjustment, .adjusters, .paragraphRange, .time, .place, .placeAndTime, .others].contains(label) { continue }
                if value.first?.isLowercase == true, value.wordCount > 3, label != .placeAndTime, label != .adjustment { continue }
                // "Adjungerade (närvaro- och yttranderätt)": a remark on the label; the names follow.
                if value.hasPrefix("("), value.hasSuffix(")"), value.removingParenthesised.trimmed.isEmpty { return (label, "", key) }
                return (label, value, key)
            }
            if next == "/" || next == "." { continue }
        }
        return nil
    }
}

extension FieldLabel {
    /// A word without Markdown emphasis and list marks around it: "**Tid:**" → "Tid", "• Närvarande"
    /// → "Närvarande". On bytes: this runs for the first word of every line.
    fileprivate static func withoutMarkup(_ bytes: [UInt8]) -> String {
        var start = 0
        while start < bytes.count {
            let byte = bytes[start]
            if byte == 0x2A || byte == 0x2D || byte == 0x23 || byte == 0x5F {
                start += 1
            } else if byte == 0xE2, start + 2 < bytes.count, bytes[start + 1] == 0x80, bytes[start + 2] == 0xA2 {
                start += 3  // "•"
            } else {
                break
            }
        }
        var end = start
        while end < bytes.count, bytes[end] != 0x2A, bytes[end] != 0x5F { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
