import Foundation

/// The signature block ("Vid protokollet", "Sekreterare ....", "Justeras") and the anslag.
enum SignatureBlock {
    struct Signers {
        var chair: String?
        var secretary: String?
        /// Every name signed as chair or as secretary, in order: the notes' "Sanna L" at the top and
        /// "Sanna Lindqvist, sekreterare" at the foot.
        var chairNames: [String] = []
        var secretaryNames: [String] = []

        /// A name signed under `role` (folded): the first of each office is the chair or secretary.
        mutating func record(_ name: String, role: String) {
            if isSecretarySigner(role) { secretary = secretary ?? name; secretaryNames.append(name) }
            if isChairSigner(role) { chair = chair ?? name; chairNames.append(name) }
        }
    }

    /// Names under "Sekreterare" / "Ordförande" / "Vid protokollet" labels.
    static func read(fields: [Field], lines: [SourceLine], tailStart: Int, frontEnd: Int) -> Signers {
        var signers = Signers()
        for field in fields {
            guard field.label == .secretary || field.label == .chair || field.label == .minuteTaker else { continue }
            let name = field.nonEmptyValues.lazy.compactMap { value -> String? in
                let cleaned = value.filter { $0 != "." && $0 != "_" }.trimmed
                guard let entry = PersonEntry.parse(cleaned) else { return nil }
                // ("Utdragsbestyrkande" / "In fidem" / "Karin Holm, registrator": who certified the
                // extract, not who kept the minutes.)
                if field.key == "in fidem", let role = entry.role, !DocumentParser.isSecretaryRole(role, strict: false) { return nil }
                return entry.name
            }.first
            if field.label == .secretary || field.label == .minuteTaker { signers.secretary = signers.secretary ?? name }
            if field.label == .chair { signers.chair = signers.chair ?? name }
            if let name { field.label == .chair ? signers.chairNames.append(name) : signers.secretaryNames.append(name) }
        }
        if tailStart < lines.count {
            let underRoles = namesUnderRoles(lines[tailStart...])
            signers.secretary = signers.secretary ?? underRoles.secretary
            signers.chair = signers.chair ?? underRoles.chair
            signers.chairNames += underRoles.chairNames
            signers.secretaryNames += underRoles.secretaryNames
        }
        return signers
    }

    /// The roles a signature names, folded: the secretary's and the chair's as `DocumentParser` reads
    /// them in attendance lists, and the adjusters'.
    fileprivate static func isSecretarySigner(_ role: String) -> Bool {
        // ("Vid pennan", "Antecknat av": the labels that name whoever kept the minutes.)
        role == "vid protokollet" || DocumentParser.isSecretaryRole(role, strict: true)
            || FieldLabel.matchWithKey(role).map { $0.label == .minuteTaker && $0.value.isEmpty } ?? false
    }

    fileprivate static func isChairSigner(_ role: String) -> Bool {
        DocumentParser.isChairRole(role) || role == "stammoordforande" || role == "motesordforande"
    }

    private static func isSignerRole(_ role: String) -> Bool {
        isSecretarySigner(role) || isChairSigner(role) || ["justerare", "justeras", "justerande", "justeringsperson"].contains(role)
    }

    /// Signatures that name their role: a row of roles over a row of names in the same columns
    /// ("Stämmoordförande      Protokollförare" / "Gunilla Ahlström       Johan Pettersson"), or a
    /// name with its role on one line ("Sara Nyström, mötessekreterare").
    static func namesUnderRoles(_ tail: ArraySlice<SourceLine>) -> Signers {
        var signers = Signers()
        var pendingRoles: [String]?
        for line in tail where !line.isBlank {
            let text = line.text
            if text.includes("....") || text.includes("____") { continue }
            let columns = text.hasLayoutGap || text.wordCount <= 2 ? text.layoutColumns.map { $0.folded.trimmingEnds(":") } : []
            if !columns.isEmpty, columns.allSatisfy(isSignerRole) {
                pendingRoles = columns
                continue
            }
            if let roles = pendingRoles {
                pendingRoles = nil
                let names = text.layoutColumns.map { PersonEntry.parse($0)?.name }
                // ("Justeras" / "Mikael Jonsson, ordförande<TAB>Leyla Yilmaz": more names than roles
                // over them; each says its own role, if any.)
                if names.count == roles.count {
                    for (column, name) in zip(roles, names) {
                        guard let name else { continue }
                        // ("Justeras" / "Mikael Jonsson, ordförande": the signer's own role tells.)
                        let ownRole = names.count == 1 && !isChairSigner(column) && !isSecretarySigner(column) ? PersonEntry.parse(text.trimmed)?.role?.folded : nil
                        signers.record(name, role: ownRole ?? column)
                    }
                    continue
                }
            }
            // One line, a name and its role: only a line that names such a role is read.
            guard text.includes("ekreterare") || text.includes("rotokollf") || text.includes("rdförande") else { continue }
            // ("Mikael Jonsson, ordförande<TAB>Leyla Yilmaz": signatures side by side, each its own.)
            for column in text.hasLayoutGap ? text.layoutColumns : [text.trimmed] {
                guard let entry = PersonEntry.parse(column), let role = entry.role?.folded else { continue }
                signers.record(entry.name, role: role)
            }
        }
        return signers
    }

    /// The people who signed under "Justeras" ("Mikael Jonsson, ordförande<TAB>Leyla Yilmaz"), with the
    /// label's line. Only lines of names and nothing else are read: a place, a date or a sentence is
    /// the justering's. A name on a line of its own must be one of those present (`isPresent`), so
    /// that "Justeras: Kommunhuset Ljusdal" names no one; names side by side are signatures.
    static func signersUnderJusteras(fields: [Field], lines: [SourceLine], isPresent: (String) -> Bool) -> [(entry: PersonEntry, line: Int)] {
        var signers: [(entry: PersonEntry, line: Int)] = []
        for field in fields where field.label == .adjustment && ["justeras", "justering", "justerad"].contains(field.key) {
            for value in field.nonEmptyValues where !value.contains(where: \.isNumber) {
                // Each column without the dots and rules of a signature line.
                let columns = (value.hasLayoutGap ? value.layoutColumns : [value.trimmed])
                    .map { $0.filter { $0 != "." && $0 != "_" }.trimmed }.filter { !$0.isEmpty }
                var entries = columns.compactMap(PersonEntry.parse)
                guard !entries.isEmpty, entries.count == columns.count,
                      entries.allSatisfy({ $0.name.wordCount >= 2 || isPresent($0.name) }),
                      // ("Förnamn Efternamn", "Via Scrive": a form's text, not a signer.)
                      !entries.contains(where: { entry in templateWords.contains { entry.name.folded.includes($0) } }),
                      // One of the names must be of those present: a place or a form's text names no one.
                      entries.contains(where: { isPresent($0.name) }) else { continue }
                // "Anna Berg      Per Olsson" / "Ordförande     Justerare": the roles printed under the names
                // (a label of its own to the field scanner, so looked for in the lines).
                let trimmed = value.trimmed
                if let at = lines.firstIndex(where: { $0.number >= field.line && $0.text.trimmed == trimmed }),
                   let under = lines[(at + 1)...].prefix(3).first(where: { !$0.isBlank && !$0.text.allSatisfy { "._ \t".contains($0) } }),
                   case let below = under.text.layoutColumns.map({ $0.folded.trimmingEnds(":") }),
                   below.count == entries.count, below.allSatisfy(isSignerRole) {
                    for index in entries.indices where entries[index].role == nil { entries[index].role = below[index] }
                }
                signers += entries.map { ($0, field.line) }
            }
        }
        return signers
    }

    /// Words of a signature form's printed text, folded.
    private static let templateWords = ["fornamn", "efternamn", "namnfortydligande", "scrive", "signerat", "signatur", "underskrift", "elektronisk"]

    /// "Micke J (ordf)" in the notes' list, "Mikael Jonsson, ordförande" under them: a first name or
    /// nickname with the surname's initial is the signer's full name when that initial opens the
    /// signer's surname and either the first names agree or both hold the same office.
    static func isShortForm(_ short: String, of full: String, sameOffice: Bool) -> Bool {
        let shortWords = short.splitOnSpaces()
        let fullWords = full.splitOnSpaces()
        guard shortWords.count == 2, fullWords.count >= 2, let first = shortWords.first, let initial = shortWords.last,
              let surname = fullWords.last, let fullFirst = fullWords.first else { return false }
        let letter = initial.hasSuffix(".") ? initial.dropLast() : Substring(initial)
        guard letter.count == 1, letter.allSatisfy({ $0.isUppercase && $0.isLetter }), surname.hasPrefix(letter),
              surname.count > 2, surname.allSatisfy(\.isLetter) || surname.contains("-") else { return false }
        return first.folded == fullFirst.folded || sameOffice && fullFirst.first == first.first
    }

    /// "Justeringens plats och tid: Kommunkansliet 2018-09-25 kl. 10.00", "Justeras datum: 2014-04-30".
    /// An omedelbart justerad § is adjusted at the meeting. A "Justeras" over signature lines is no
    /// adjustment statement.
    static func adjustment(fields: [Field], meetingYear: Int?, meetingDate: String?, lines: [SourceLine]) -> Adjustment? {
        for field in fields where field.label == .adjustment && !field.nonEmptyValues.isEmpty {
            // Signature lines, and names side by side in columns ("Per-Olof Grahn    Margareta Nyström").
            // ("Justeras:" / names / "Justeringen av detta protokoll har tillkännagivits å" / "… anslagstavla
            // den 22 mars 1962": the anslag under the signatures ends what the label says.)
            var ownValues: [String] = []
            for value in field.nonEmptyValues {
                let folded = value.folded
                guard let anslag = anslagWords.compactMap({ folded.find($0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
                    ownValues.append(value)
                    continue
                }
                // "Protokollet justerat 1996-03-12. Anslaget på …", "Stadshuset 2025-03-19, därefter anslag":
                // what stands before the anslag stays when it dates the justering.
                let head = String(value.prefix(folded.distance(from: folded.startIndex, to: anslag.lowerBound)))
                // (Up to the date: "Stadshuset 2025-03-19, därefter anslag" leaves "därefter" out.)
                if let date = SwedishDate.all(in: head).last(where: { $0.iso != nil }) {
                    ownValues.append(String(head.prefix(date.end)).trimmingEnds(" ,"))
                }
                break
            }
            // ("Kommunhuset Kil, 2024-10-22" reads as a name and its note; with the date it is the place.)
            let values = ownValues.filter { value in
                !value.includes("....") && !value.includes("____")
                    && (PersonEntry.parse(value) == nil || SwedishDate.mayHoldDate(value) && SwedishDate.all(in: value).contains { $0.iso != nil }
                        && placeWords.contains { value.folded.splitOnSpaces().first?.includes($0) ?? false })
                    && !(value.hasLayoutGap && value.layoutColumns.allSatisfy { PersonEntry.parse($0) != nil })
                    && !value.layoutColumns.allSatisfy(isSignatureCaption)
            }
            let text = values.joined(separator: " ").collapsedWhitespace
            guard !text.isEmpty else { continue }
            // "Paragraferna justerades omedelbart": adjusted at the meeting, no place of its own.
            // "Omedelbar justering, kommunhuset 2024-08-14 kl. 08.50" still names where it was signed.
            if text.folded.includes("omedelbar") {
                let rest = text.split(separator: ",").map { $0.trimmed }.filter { !$0.folded.includes("omedelbar") && !$0.folded.includes("justera") }
                let place = rest.isEmpty ? nil : MeetingParser.placeText(rest.joined(separator: ", "))
                let date = SwedishDate.all(in: text, defaultYear: meetingYear).first(where: { $0.iso != nil })?.iso
                return Adjustment(date: date ?? meetingDate, place: place)
            }
            // The place is what stands before the date and on its line: the signatures, names and
            // roles under a "Justeras" label are not a place, and neither is a sentence after the date
            // ("Protokollet justerat 2023-09-19. Läggs ut på hemsidan.").
            // (The date stands within the first lines: one further down belongs to what follows the
            // signatures, a bilaga or an e-signing page.)
            guard let dateLine = values.prefix(3).firstIndex(where: { value in
                SwedishDate.all(in: value, defaultYear: meetingYear).contains { $0.iso != nil }
            }) else {
                let place = MeetingParser.placeText(text)
                if place == nil || values.count > 1 || !isPlaceLike(text) { continue }
                return Adjustment(date: nil, place: place)
            }
            var placeText = values[...dateLine].joined(separator: " ").collapsedWhitespace
            if let end = placeText.find(". "), placeText[end.upperBound...].first?.isUppercase == true {
                placeText = String(placeText[..<end.lowerBound])
            }
            let date = SwedishDate.all(in: placeText, defaultYear: meetingYear).first(where: { $0.iso != nil })?.iso
                ?? SwedishDate.all(in: text, defaultYear: meetingYear).first(where: { $0.iso != nil })?.iso
            return Adjustment(date: date, place: MeetingParser.placeText(placeText).flatMap { isPlaceLike($0) ? $0 : nil })
        }
        let immediately = lines.contains { line in
            let folded = line.text.folded
            return folded.includes("omedelbart justera") || folded.includes("omedelbar justering")
        }
        if immediately, let meetingDate { return Adjustment(date: meetingDate, place: nil) }
        return nil
    }

    /// Parts of a place's first word: "Kommunhuset", "Kommunkansliet", "Sessionssalen"; a name
    /// ("Tina Rask, 2024-05-22") has none.
    private static let placeWords = ["hus", "kansli", "sal", "rum", "kontor", "expedition", "forvaltning", "kyrk", "gard", "skola", "center",
                                     "centrum", "bibliotek", "lokal"]

    /// "Stämmans ordförande", "Justeringsperson", "Ordf.": what a signer signs as, printed under the name.
    static func isSignatureCaption(_ text: String) -> Bool {
        // ("Hos ordförande": where the minutes are signed.)
        guard let last = text.splitOnSpaces().last.map({ $0.folded.trimmingEnds(".,") }), text.wordCount <= 3,
              let first = text.splitOnSpaces().first, !["hos", "i", "pa", "vid"].contains(first.folded) else { return false }
        return ["ordforande", "ordf", "sekreterare", "justerare", "justeringsperson", "justeringsman", "protokollforare",
                "motesordforande", "stammoordforande", "motessekreterare"].contains(last)
    }

    /// A place of signing: "Kommunkansliet", "Stadshuset, Säffle". Not a label again ("Justeras"),
    /// nor a role ("Ordförande").
    static func isPlaceLike(_ text: String) -> Bool {
        let folded = text.folded
        // ("Protokollet justeras 2025-03-19": a sentence about the justering, no place.)
        // ("BEVIS", "Anslagsbevis": the heading of the anslag's box under the signatures.)
        return !folded.hasPrefix("juster") && !folded.hasPrefix("protokollet") && !folded.hasPrefix("ordforande") && !folded.hasPrefix("sekreterare")
            && !folded.hasPrefix("bevis") && !folded.hasPrefix("anslag")
            && !folded.hasPrefix("vid protokollet") && text.wordCount <= 8
    }

    /// "Västerås 2024-03-19", "Sörbyn den 2 mars 2025": the place and date line of a signature block
    /// that says "Justeras" but gives no date of its own. A line of a place name and a date, nothing
    /// else, in the block after the last §.
    static func placeAndDateLine(in tail: ArraySlice<SourceLine>) -> Adjustment? {
        guard tail.contains(where: { $0.text.folded.includes("juster") }) else { return nil }
        for line in tail where !line.isBlank {
            // ("Bilaga 3 till protokoll …" / a reservation signed "Lindesberg den 7 mars 2025": a
            // bilaga's own date, after the minutes' signatures.)
            let folded = line.text.trimmed.folded
            if folded.hasPrefix("bilaga "), folded.dropFirst(7).first?.isNumber == true { break }
            if let found = placeAndDate(line.text) { return found }
        }
        return nil
    }

    private static let weekdays: Set<String> = ["mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag",
                                                "mandagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lordagen", "sondagen"]

    /// "Norrstad den 19 mars 2025", "Ort och datum:   Örebro  2024-06-03": a line of one to three
    /// capitalised words and a date, as written over the signatures.
    static func placeAndDate(_ line: String) -> Adjustment? {
        var text = line.trimmed
        // "Ort och datum:   Örebro  2024-06-03": the label of a signing form. Another label
        // ("Sammanträdesdatum   1994-03-28" in an anslag) names no place.
        if text.folded.hasPrefix("ort och datum") {
            text = String(text.dropFirst(13)).trimmingEnds(": ").collapsedWhitespace
        } else if FieldLabel.match(text) != nil {
            return nil
        }
        guard text.utf8.count <= 60, let date = SwedishDate.all(in: text).last, let iso = date.iso, date.end == text.count else {
            return nil
        }
        var words = String(text.prefix(date.start)).splitOnSpaces().map { $0.trimmingEnds(",") }
        if words.last?.lowercased() == "den" { words.removeLast() }
        // "Onsdag 18 juni 2025": a weekday is no place.
        guard (1...3).contains(words.count), !weekdays.contains(words[0].folded),
              words.allSatisfy({ $0.startsWithUppercaseLetter && $0.allSatisfy { $0.isLetter || $0 == "-" } }) else { return nil }
        return Adjustment(date: iso, place: words.joined(separator: " "))
    }

    /// Words that tell of the anslag, folded, in the order they are looked for: "anslag", OCR's "an-
    /// slag" (a space in a word broken at the line end), "tillkännagivits".
    private static let anslagWords = ["anslag", "an- slag", "tillkannagiv"]

    /// Words between "Justering" and the place: "skall ske", "sker", "äger rum", "kommer att ske".
    private static let adjustmentVerbs: Set<String> = ["skall", "ska", "sker", "ske", "ager", "aga", "rum", "kommer", "att"]
    /// Words that end the place: a day, "den", a time.
    private static let placeStops: Set<String> = [
        "den", "kl", "kl.", "klockan", "mandagen", "tisdagen", "onsdagen", "torsdagen", "fredagen",
        "lordagen", "sondagen", "mandag", "tisdag", "onsdag", "torsdag", "fredag", "senast", "efter",
    ]
    private static let notPlaces: Set<String> = ["samband", "anslutning", "nasta", "direkt", "omedelbart", "sammantradet", "motet", "slutet"]

    /// "Justering skall ske på pastorsexpeditionen tisdagen den 15 april kl. 10.00": where the minutes
    /// are adjusted, as a § of an older protokoll says it. The words after "på" or "i" up to the day,
    /// the date or the time, and the date when the sentence has one.
    static func adjustmentInProse(_ text: String, meetingYear: Int?) -> Adjustment? {
        guard text.includes("usterin") else { return nil }
        for sentence in Sentences.split(text.replacingLineBreaksWithSpaces) {
            let words = sentence.splitOnSpaces().map(String.init)
            guard let start = words.firstIndex(where: { $0.folded.hasPrefix("justering") }), start + 3 < words.count else { continue }
            // "Justering skall ske på …", "Justeringen sker i …", "Justering äger rum på …".
            var index = start + 1
            while index < words.count, adjustmentVerbs.contains(words[index].folded) { index += 1 }
            // ("Justering skall ske å byggnadskontoret": the older "å" for "på".)
            guard index > start + 1, index < words.count, ["pa", "i", "hos", "a"].contains(words[index].folded) else { continue }
            let place = words[(index + 1)...].prefix { !placeStops.contains($0.folded) && !($0.first?.isNumber ?? true) }
            let phrase = place.joined(separator: " ").trimmingEnds(",. ")
            // "i samband med nästa möte", "i anslutning till sammanträdet": when, not where.
            guard !phrase.isEmpty, place.count <= 6, let first = phrase.first,
                  !notPlaces.contains(place.first?.folded ?? "") else { continue }
            let date = SwedishDate.all(in: sentence, defaultYear: meetingYear).first { $0.iso != nil }?.iso
            return Adjustment(date: date, place: first.uppercased() + phrase.dropFirst())
        }
        return nil
    }

    /// "Protokollet har justerats digitalt (BankID) den 24 mars 2025.", "Justerat i Sjövik den 25 april
    /// 2024": the justering told after the signatures, in a sentence.
    static func adjustedOn(lines: ArraySlice<SourceLine>, meetingYear: Int?) -> Adjustment? {
        for line in lines where line.text.includes("usterat") || line.text.includes("justerades") {
            let folded = line.text.folded.trimmingEnds("*_ ")
            // "Justerat i Sjövik den 25 april 2024": the place after "i", up to the date.
            let text = line.text.trimmed.trimmingEnds("*_ ")
            if folded.hasPrefix("justerat i "), case let characters = Array(text), characters.count > 11,
               let date = SwedishDate.all(in: text, defaultYear: meetingYear).first(where: { $0.iso != nil }) {
                let place = String(characters[11..<min(max(11, date.start), characters.count)]).trimmed.trimmingEnds(",")
                let bare = place.folded.hasSuffix(" den") ? String(place.dropLast(4)) : place
                return Adjustment(date: date.iso, place: bare.isEmpty ? nil : bare)
            }
            // "Justerat den 19 mars 1948." under the minutes of older years.
            if folded.hasPrefix("justerat den ") || folded.hasPrefix("justeradt den "),
               let date = SwedishDate.all(in: text, defaultYear: meetingYear).first(where: { $0.iso != nil && $0.start <= 16 }) {
                return Adjustment(date: date.iso, place: nil)
            }
            guard folded.includes("protokollet har justerats") || folded.includes("protokollet justerades"),
                  let verb = folded.find("justera") else { continue }
            let offset = folded.distance(from: folded.startIndex, to: verb.lowerBound)
            if let date = SwedishDate.all(in: line.text, defaultYear: meetingYear).first(where: { $0.iso != nil && $0.start > offset }) {
                return Adjustment(date: date.iso, place: nil)
            }
        }
        return nil
    }

    /// "Datum för anslags uppsättande 2018-11-29", or a sentence "... har 2014-05- anslagits ...".
    /// The anslag and the 1-based line it stands on.
    static func announcement(lines: ArraySlice<SourceLine>, fields: [Field], meetingDate: String?) -> (Announcement, line: Int)? {
        if let field = fields.first(where: { $0.label == .announcementPosted }) {
            if let date = SwedishDate.first(in: field.joined) { return (Announcement(date: date.iso, raw: date.raw), field.line) }
        }
        let lineList = Array(lines)
        for (position, line) in lineList.enumerated() {
            let folded = line.text.folded
            // ("kommunens an- slagstavla": OCR's space in a word broken at the line end.)
            // ("… har varit lediganslagen 15.1–9.2.2024": a post advertised, no anslag of the minutes.)
            guard let anslag = anslagWords.lazy.compactMap({ folded.find($0) }).first,
                  anslag.lowerBound == folded.startIndex || !folded[folded.index(before: anslag.lowerBound)].isLetter else { continue }
            // "Protokollet justerat 2024-11-07. Justeringen har tillkännagivits genom anslag på" /
            // "kommunens digitala anslagstavla 2024-11-08.": the date after "anslag", on this line or
            // the next, is the anslag's; a date before it is the justering's.
            let anslagOffset = folded.distance(from: folded.startIndex, to: anslag.lowerBound)
            // Dates after the removal or the appeal deadline are not the posting.
            let removal = ["nedtagande", "tas ned", "till och med", "overklagande"].compactMap { folded.find($0) }
                .map { folded.distance(from: folded.startIndex, to: $0.lowerBound) }.min() ?? Int.max
            let dates = SwedishDate.all(in: line.text)
            if let date = dates.first(where: { $0.start > anslagOffset && $0.start < removal && $0.iso != nil && $0.iso != meetingDate }) {
                return (Announcement(date: date.iso, raw: date.raw), line.number)
            }
            // ("Justeringen tillkännagiven genom anslag på landstingets anslagstavla" / "den 16.2.1978.":
            // with no date on the line, the next line's is the anslag's.)
            if dates.isEmpty || dates.contains(where: { $0.start < anslagOffset }), position + 1 < lineList.count,
               let next = SwedishDate.all(in: lineList[position + 1].text).first(where: { $0.iso != nil && $0.iso != meetingDate }) {
                return (Announcement(date: next.iso, raw: next.raw), lineList[position + 1].number)
            }
            for date in dates {
                if date.start > removal { break }
                if date.iso != nil && date.iso == meetingDate { continue }
                return (Announcement(date: date.iso, raw: date.raw), line.number)
            }
        }
        return nil
    }
}
