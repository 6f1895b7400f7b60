/// Cleaned lines → the document: splits the text at § headings (or numbered points), reads the
/// front page, the attendance, every §, the signature block and the anslag, and checks that they agree.
public enum DocumentParser {
    /// `lines` are cleaned, with Markdown already made plain (see `ProtokollParser`).
    public static func parse(_ lines: [SourceLine], kind: DocumentKind) -> ProtokollDocument {
        var warnings: [Warning] = []
        var headings = Structure.headings(lines, kind: kind)
        // "Region Gävleborg   Bilaga 1" / "HSN § 146": a bilaga's heading names a § already read, and
        // what follows it is the bilaga's, not new §§.
        if let first = headings.first, let appendix = Structure.appendixStart(lines, after: first.lineIndex + 1),
           let highest = headings.filter({ $0.lineIndex < appendix }).compactMap({ Int($0.number) }).max(),
           headings.filter({ $0.lineIndex > appendix }).allSatisfy({ (Int($0.number) ?? Int.max) <= highest }) {
            headings.removeAll { $0.lineIndex > appendix }
        }
        let firstHeading = headings.first?.lineIndex ?? lines.count
        let front = lines[..<firstHeading]

        // The signature block and anslag close the last §.
        var tailStart = lines.count
        if let last = headings.last {
            tailStart = Structure.signatureStart(lines, after: last.lineIndex + 1)
                ?? Structure.appendixStart(lines, after: last.lineIndex + 1) ?? lines.count
        }
        let tail = lines[tailStart...]
        let frontFields = LabelledFields.scan(LabelRuns.paired(LabelRuns.pairedBlocks(front)))
        let tailFields = LabelledFields.scan(LabelRuns.paired(LabelRuns.pairedBlocks(tail)))
        let fields = frontFields + tailFields

        // ("PROTOKOLL," over "fört vid sammanträde …": the comma joins the heading to the sentence.)
        let title = HeaderParser.title(front.isEmpty ? lines[...] : front).trimmingEnds(",")
        var meeting = MeetingParser.meeting(fields: fields, front: front, title: title)
        let meetingYear = SwedishDate.year(of: meeting.date)

        var body = HeaderParser.body(front, title: title)
        let organisation = HeaderParser.organisation(front.isEmpty ? lines[...] : front, title: title)
            ?? HeaderParser.organisationNamedInText(lines, body: body)
            ?? HeaderParser.organisationInOpening(MeetingParser.openingSentence(front))

        var paragraphs: [Paragraph] = []
        for (i, found) in headings.enumerated() {
            let end = i + 1 < headings.count ? headings[i + 1].lineIndex : tailStart
            let bodyStart = min(found.lineIndex + 1, end)
            var heading = found
            heading.line = lines[found.lineIndex].number
            paragraphs.append(ParagraphParser.parse(
                heading: heading, body: lines[bodyStart..<end], meetingYear: meetingYear, isPoint: heading.isPoint, organ: body,
                headingText: lines[found.lineIndex].text))
        }

        attachingAppendixRollCalls(&paragraphs, tail: tail.map(\.text))

        // Signatures after the last § name signers, not attendees; a närvarolista in a bilaga does.
        let listLabels: [FieldLabel] = [.deciding, .present, .others, .substitutes, .servingSubstitutes]
        // A board's own notes that record what it decided ("Beslut: …" under several points): those
        // present are its members deciding, as in its minutes.
        let boardDecides = kind != .protokoll && paragraphs.filter({ !$0.decisions.isEmpty }).count >= 3
            // (A board's only: a presidium preparing a nämnd's meeting, or a samverkan group, decides nothing.)
            && (body.map { $0.folded.includes("styrelse") } ?? false)
        var attendance = AttendanceParser.attendees(from: frontFields + tailFields.filter { listLabels.contains($0.label) }, kind: kind,
                                                    presentDecide: boardDecides)
        // "Närvarande: samtliga ledamöter utom …": the members as the first §§ name them.
        attendance = AllMembers.completing(attendance, fields: frontFields, texts: front.map(\.text) + paragraphs.prefix(3).map(\.text), body: body)
        // "Närvarande: 43 röstberättigade medlemmar enligt röstlängd, se § 2": the table there names them.
        if kind == .protokoll, !attendance.contains(where: { $0.deciding && !["ordförande", "sekreterare"].contains($0.role ?? "") }) {
            for member in VotingRegister.members(in: paragraphs, tail: tail.map(\.text)) { AttendanceParser.merge(member, into: &attendance) }
            // "… följande personer var närvarande vid stämman utan att vara aktieägare:" in § 3.
            for person in ParagraphAttendance.people(in: paragraphs) { AttendanceParser.merge(person, into: &attendance) }
        }
        // An extract without an attendance list: the members who voted in a roll call decided.
        if attendance.isEmpty, kind == .protokoll {
            attendance = RollCall.voters(in: paragraphs)
        }
        // Chair and secretary alone, or nothing: the members named in a roll call's ballots decided.
        if kind == .protokoll, !attendance.contains(where: { $0.deciding && $0.role != "ordförande" }) {
            for ballot in paragraphs.flatMap(\.votes).flatMap(\.ballots) where ballot.vote != .absent {
                AttendanceParser.merge(Attendee(name: ballot.name, deciding: true, role: nil, party: ballot.party), into: &attendance)
            }
        }
        // Where each adjuster was named, for warnings that point at the line.
        var adjusterLines: [(name: String, line: Int)] = []
        for field in fields where field.label == .adjusters {
            // The chair signs beside the adjusters but is not one unless named as one.
            adjusterLines += NameList.people(in: field.nonEmptyValues).filter { !isChairRole($0.role) }.map { ($0.name, field.line) }
        }
        var elected = AdjusterParser.Elections()
        for paragraph in paragraphs {
            // Only a § that speaks of adjusting, a secretary or a chair can elect one.
            let folded = paragraph.text.folded
            guard folded.includes("juster") || folded.includes("sekreterare") || folded.includes("ordforande") || folded.includes("protokollforare")
                    || folded.includes("att leda") else { continue }
            var sentences = Sentences.split(paragraph.text.replacingLineBreaksWithSpaces)
            for pass in 0..<2 {
                for sentence in sentences {
                    let found = AdjusterParser.elections(inSentence: sentence, context: paragraph.title ?? "")
                    if pass == 0 { adjusterLines += found.adjusters.map { ($0, paragraph.line) } }
                    elected.secretary = elected.secretary ?? found.secretary
                    elected.chair = elected.chair ?? found.chair
                }
                // A blank line ends a sentence that has no full stop ("… till mötesordförande" / "" /
                // "… till mötessekreterare"): read again by blocks when that hid the secretary.
                guard pass == 0, elected.secretary == nil, folded.includes("sekreterare") || folded.includes("protokollforare"),
                      paragraph.text.includes("\n\n") else { break }
                sentences = blankLineBlocks(paragraph.text).flatMap { Sentences.split($0.replacingLineBreaksWithSpaces) }
            }
        }
        if adjusterLines.isEmpty {
            // Only a closing sentence names them: "… justerades … av ordföranden X och justeraren Y."
            for line in tail where line.text.includes("justerade") || line.text.includes("justerat") {
                adjusterLines += AdjusterParser.namedInClosingProse(line.text).map { ($0, line.number) }
            }
        }
        if adjusterLines.isEmpty {
            // "Protokollet justeras av herr Berglund och fru Lövgren-Strand", "Mehmet valdes att jämte
            // ordföranden justera protokollet": members named by surname or by first name.
            for paragraph in paragraphs where paragraph.text.includes("juster") {
                for sentence in Sentences.split(paragraph.text.replacingLineBreaksWithSpaces) {
                    guard let span = AdjusterParser.passiveSpan(sentence) ?? AdjusterParser.electedSpan(sentence),
                          let names = SurnameReference.members(namedIn: span, attendance: attendance) else { continue }
                    adjusterLines += names.map { ($0, paragraph.line) }
                }
            }
        }
        // "valdes Therese Lund, Eslövs OK, och Per-Anders Holm, Ängelholms OK": the club after a
        // name is where that adjuster comes from, as the attendance says.
        let organisations = Set(attendance.compactMap(\.organisation))
        var adjusters = unique(adjusterLines.map(\.name)).filter { !organisations.contains($0) }

        let signatures = SignatureBlock.read(fields: fields, lines: lines, tailStart: tailStart, frontEnd: firstHeading)
        // Associations elect a chair and a secretary for the meeting in its first §§.
        // The chair elected for the meeting (a stämma, an årsmöte) leads it, whoever chairs the board.
        var chair = elected.chair ?? attendance.first(where: { isChairRole($0.role, body: body) })?.name ?? signatures.chair
            ?? chairNamedInText(paragraphs)
        // The one who keeps the minutes: a plain "sekreterare" first, then the signer "Vid protokollet",
        // then a titled secretary ("nämndsekreterare"), never a socialsekreterare handling a case.
        var secretary = attendance.first(where: { isSecretaryRole($0.role, strict: true) })?.name
            ?? elected.secretary
            ?? signatures.secretary
            ?? attendance.first(where: { isSecretaryRole($0.role, strict: false) })?.name
        // "Micke J (ordf)" and "Vid pennan: Sanna L" in notes signed "Mikael Jonsson, ordförande" and
        // "Sanna Lindqvist, sekreterare": the signature gives the full name, in the list too.
        // ("Närvarande: … Sanna L …" and only the signature naming the secretary: the one in the list.)
        func fullName(_ name: String?, signed: [String], isOffice: (String?) -> Bool) -> String? {
            guard let name else { return nil }
            let full = signed.first(where: { SignatureBlock.isShortForm(name, of: $0, sameOffice: true) }) ?? name
            let listed = attendance.indices.filter { SignatureBlock.isShortForm(attendance[$0].name, of: full, sameOffice: isOffice(attendance[$0].role)) }
            if listed.count == 1, let index = listed.first, !attendance.contains(where: { AttendanceParser.nameKey($0.name) == AttendanceParser.nameKey(full) }) {
                attendance[index].name = full
            }
            return full
        }
        // "Annelie valdes att leda mötet": the one attendee of that first name.
        func byFirstName(_ name: String?) -> String? {
            guard let name, name.wordCount == 1 else { return name }
            let matching = attendance.filter { $0.name.splitOnSpaces().first.map { $0.folded == name.folded } ?? false }
            return matching.count == 1 ? matching.first?.name : name
        }
        chair = byFirstName(chair)
        secretary = byFirstName(secretary)
        chair = fullName(chair, signed: signatures.chairNames, isOffice: { isChairRole($0) })
        secretary = fullName(secretary, signed: signatures.secretaryNames, isOffice: { isSecretaryRole($0, strict: false) })
        // No justerare named anywhere else: those who signed under "Justeras", but for the chair and
        // the secretary, who sign there by office.
        if adjusters.isEmpty {
            // ("Ann-Marie Lund" in the list, "Ann Marie Lund" signed; "Leyla Y" and "Leyla Yilmaz".)
            func key(_ name: String) -> String { AttendanceParser.nameKey(name).filter { $0 != " " && $0 != "-" } }
            let present = Set(attendance.map { key($0.name) })
            func isPresent(_ name: String) -> Bool {
                present.contains(key(name)) || attendance.contains { SignatureBlock.isShortForm($0.name, of: name, sameOffice: false) }
            }
            func isOfficer(_ name: String, _ officer: String?) -> Bool {
                guard let officer else { return false }
                return key(name) == key(officer) || SignatureBlock.isShortForm(officer, of: name, sameOffice: true)
            }
            let signers = SignatureBlock.signersUnderJusteras(fields: fields, lines: lines, isPresent: isPresent)
            for signer in signers {
                let name = signer.entry.name
                guard !isChairRole(signer.entry.role), !isSecretaryRole(signer.entry.role, strict: true),
                      !isOfficer(name, chair), !isOfficer(name, secretary) else { continue }
                adjusterLines.append((name, signer.line))
            }
            // "Justeras" over the chair's name alone (a Riksdag committee, where the chair adjusts):
            // the chair is the justerare.
            // (Not beside an empty "Justerare" caption: that justerare did not sign.)
            func emptyCaption(near line: Int) -> Bool {
                lines.contains { candidate in
                    candidate.number >= line && candidate.number <= line + 8
                        && candidate.text.layoutColumns.dropFirst().contains { ["justerare", "justerande"].contains($0.folded.trimmingEnds(":")) }
                }
            }
            if adjusterLines.isEmpty, signers.count == 1, let only = signers.first, isOfficer(only.entry.name, chair),
               !isOfficer(only.entry.name, secretary), !emptyCaption(near: only.line) {
                adjusterLines.append((only.entry.name, only.line))
            }
            adjusters = unique(adjusterLines.map(\.name)).filter { !organisations.contains($0) }
        }
        if let secretary, !attendance.contains(where: { AttendanceParser.nameKey($0.name) == AttendanceParser.nameKey(secretary) }), !attendance.isEmpty {
            AttendanceParser.merge(Attendee(name: secretary, deciding: false, role: "sekreterare"), into: &attendance)
        }
        // "i vice ordförande" as the lists lower-case a role: the roman numeral ranks the office, "I".
        for i in attendance.indices { attendance[i].role = attendance[i].role.map(PersonEntry.withRomanRanks) }
        Disqualification.applySeatTaking(to: &attendance, paragraphs: paragraphs)
        Disqualification.apply(to: &attendance, paragraphs: paragraphs)
        Disqualification.applyAbstentions(to: &attendance, paragraphs: paragraphs, body: body)
        ReservationParser.namingPartyGroups(&paragraphs, attendance: attendance)
        ReservationParser.namingBySurname(&paragraphs, attendance: attendance)
        VoteParser.namingVoters(&paragraphs, attendance: attendance)

        if body == nil {
            // The organ that decides most often in the §§ names the body.
            var counts: [String: Int] = [:]
            for decision in paragraphs.flatMap(\.decisions) {
                if let by = decision.decidedBy, HeaderParser.isBodyName(by) { counts[by, default: 0] += 1 }
            }
            body = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key })?.key
        }
        // A decision of this meeting that names no subject ("Dagordningen fastställs", "Motionen anses
        // besvarad") was taken by the body that met.
        // "Nämnden beslutar", "Mötet beviljade": the short name stands for the body that met.
        if let body {
            for p in paragraphs.indices {
                for d in paragraphs[p].decisions.indices {
                    let by = paragraphs[p].decisions[d].decidedBy
                    paragraphs[p].decisions[d].decidedBy = by.map { Self.fullName($0, body: body) } ?? body
                }
                for r in paragraphs[p].references.indices {
                    paragraphs[p].references[r].body = paragraphs[p].references[r].body.map { Self.fullName($0, body: body) }
                    // "Barn- och utbildningsnämnden beslutade 2004-03-25 …" then "Nämnden har 2004-04-29 …"
                    // in the minutes of a body that is no nämnd: the nämnd named just before. (A nämnd's
                    // arbetsutskott may mean its own nämnd.)
                    if let short = paragraphs[p].references[r].body, !short.containsByte(0x20), Subject.isOrganNoun(short.folded),
                       case let noun = short.folded, !body.folded.includes(DecisionParser.organStem(noun)),
                       let named = paragraphs[p].references[..<r].last(where: { $0.body.map { $0.folded.hasSuffix(noun) && $0.count > short.count } ?? false })?.body {
                        paragraphs[p].references[r].body = named
                    }
                }
                // "Nämnden antog … den 12 december 2023" and "… som antogs den 12 december 2023" in the
                // proposal: one earlier decision, once its organ has its full name.
                // (Two decisions of one organ on one day differ in their § number.)
                var kept: [(organ: String, key: String)] = []
                paragraphs[p].references.removeAll { reference in
                    guard let date = reference.date, let organ = reference.body else { return false }
                    // "… nämndens beslut den 20 mars 2025 …" on the meeting's own day is this meeting.
                    if date == meeting.date, organ == body { return true }
                    let cited = reference.text.find("§").map { String(reference.text[$0.upperBound...].drop { $0 == " " }.prefix { $0.isNumber }) } ?? ""
                    let key = date + "|" + cited
                    // ("Kommunstyrelsens arbetsutskott behandlade ärendet 2004-04-27, § 61" and
                    // "Arbetsutskottets protokoll 2004-04-27, § 61": one organ, once by its short name.
                    // Two organs' utskott on one day stay two.)
                    let byShortName = !cited.isEmpty && !organ.containsByte(0x20)
                    let duplicate = kept.contains { $0.key == key && ($0.organ == organ
                        || byShortName && DecisionParser.organStem($0.organ.folded) == DecisionParser.organStem(organ.folded)) }
                    if !duplicate { kept.append((organ, key)) }
                    return duplicate
                }
            }
        }

        // A date after the meeting is no earlier decision's date: "vid årsstämman 2022 … senast den 1
        // oktober 2024" cites a decision of another day, and "Utskottet beslutade att betänkandet ska
        // justeras vid sammanträdet den 21 mars 2024" is this meeting's decision naming a plan.
        if let meetingDate = meeting.date, meetingDate.utf8.count == 10 {
            for p in paragraphs.indices {
                let decided = Set(paragraphs[p].decisions.map(\.text))
                paragraphs[p].references = paragraphs[p].references.compactMap { reference in
                    guard let date = reference.date, date.utf8.count == 10, date > meetingDate else { return reference }
                    if decided.contains(reference.text) { return nil }
                    var undated = reference
                    undated.date = nil
                    return undated
                }
            }
        }

        let stated = Structure.paragraphRange(fields: fields, front: front)
        let range = stated?.range
        // (A sentence after the signatures says it outright; a § adjusted at once does not date the rest.)
        var adjustment = SignatureBlock.adjustedOn(lines: tail, meetingYear: meetingYear)
            ?? SignatureBlock.adjustment(fields: fields, meetingYear: meetingYear, meetingDate: meeting.date, lines: lines)
            ?? SignatureBlock.placeAndDateLine(in: tail)
        // "§ 46 Val av justerare … Justering skall ske på pastorsexpeditionen …".
        if adjustment?.place == nil,
           let stated = paragraphs.prefix(4).lazy.compactMap({ SignatureBlock.adjustmentInProse($0.text, meetingYear: meetingYear) }).first {
            adjustment = Adjustment(date: adjustment?.date ?? stated.date, place: stated.place)
        }
        if meeting.endTime == nil, meeting.startTime != nil, let closing = MeetingParser.closingTime(paragraphs), closing > (meeting.startTime ?? "") {
            meeting.endTime = closing
        }
        // The anslag stands after the last § or, in minutes that sign on the front page, before the first.
        let posted = SignatureBlock.announcement(lines: tail, fields: fields, meetingDate: meeting.date)
            ?? SignatureBlock.announcement(lines: front, fields: [], meetingDate: meeting.date)
        let announcement = posted?.0

        // Consistency checks.
        if let range, kind == .protokoll, range.last >= range.first, range.last - range.first < 500 {
            let present = Set(paragraphs.map { $0.number.split(separator: ".").first.map(String.init) ?? $0.number })
            // A protokollsutdrag states the range of the whole protokoll but holds only some of its §§.
            let extract = isExtract(title: title, front: front)
            for number in range.first...range.last where !extract && !present.contains(String(number)) {
                warnings.append(Warning(code: "missing-paragraph", message: "the header says §§ \(range.first)–\(range.last) but § \(number) is missing", line: stated?.line))
            }
            for paragraph in paragraphs {
                if let n = Int(paragraph.number.split(separator: ".").first ?? ""), !(range.first...range.last).contains(n) {
                    warnings.append(Warning(code: "paragraph-outside-range", message: "§ \(paragraph.number) is outside the stated range §§ \(range.first)–\(range.last)", line: paragraph.line))
                }
            }
        }
        // "Named votes must add up to the stated totals."
        for paragraph in paragraphs {
            for vote in paragraph.votes where !vote.ballots.isEmpty {
                let named = (yes: vote.ballots.filter { $0.vote == .yes }.count, no: vote.ballots.filter { $0.vote == .no }.count)
                if let yes = vote.yes, let no = vote.no, yes != named.yes || no != named.no {
                    warnings.append(Warning(code: "vote-count-mismatch",
                                            message: "§ \(paragraph.number): the vote states \(yes) ja and \(no) nej, but the roll call names \(named.yes) ja and \(named.no) nej",
                                            line: paragraph.line))
                }
            }
        }
        var seen = Set<String>()
        for paragraph in paragraphs where !seen.insert(paragraph.number).inserted {
            warnings.append(Warning(code: "duplicate-paragraph", message: "§ \(paragraph.number) appears more than once", line: paragraph.line))
        }
        // "Närvarande: 23 medlemmar enligt bifogad närvarolista": the names are in a list elsewhere.
        let listElsewhere = fields.contains { field in
            (field.label == .present || field.label == .deciding) && ["narvarolista", "rostlangd", "bilaga"].contains { field.joined.folded.includes($0) }
        }
        // Chair and secretary alone, as an extract names them, are no attendance list to check against.
        let hasList = fields.contains { [.deciding, .present, .servingSubstitutes, .substitutes].contains($0.label) }
            || attendance.contains { $0.deciding && $0.role.map { !["ordförande", "sekreterare"].contains($0) } ?? true }
        if !attendance.isEmpty, !listElsewhere, hasList {
            for adjuster in adjusters where !attendance.contains(where: { AttendanceParser.nameKey($0.name) == AttendanceParser.nameKey(adjuster) }) {
                let line = adjusterLines.first { $0.name == adjuster }?.line
                warnings.append(Warning(code: "adjuster-not-present", message: "the adjuster \(adjuster) is not in the attendance list", line: line))
            }
        }
        if meeting.date == nil {
            warnings.append(Warning(code: "no-meeting-date", message: "no readable meeting date was found", line: fields.first(where: { $0.label == .time || $0.label == .date || $0.label == .placeAndTime })?.line))
        }
        if paragraphs.isEmpty {
            warnings.append(Warning(code: "no-paragraphs", message: "no § or numbered points were found", line: nil))
        }
        if kind == .protokoll, attendance.isEmpty {
            warnings.append(Warning(code: "no-attendance", message: "no attendance list was found", line: nil))
        }
        if let announcement, announcement.date == nil {
            warnings.append(Warning(code: "unreadable-date", message: "the anslag date '\(announcement.raw)' is not a complete date", line: posted?.line))
        }

        // Minutes that state no range ("§ 45 Mötets öppnande" … "§ 58 Mötets avslutande") cover their
        // first to their last §, when no § between is missing: numbered points of notes or of an
        // årsmöte are no § range.
        var documentRange = range
        if range == nil, kind == .protokoll, !headings.isEmpty, headings.allSatisfy({ !$0.isPoint }),
           let first = paragraphs.first.flatMap({ Int($0.number) }), let last = paragraphs.last.flatMap({ Int($0.number) }),
           first <= last, last - first < 500,
           // An extract of §§ 143 and 145 covers no range.
           Set(paragraphs.compactMap { Int($0.number.prefix { $0.isNumber }) }).isSuperset(of: first...last) {
            documentRange = ParagraphRange(first: first, last: last)
        }

        return ProtokollDocument(
            id: "", kind: kind, title: title, organisation: organisation, body: body, meeting: meeting,
            paragraphRange: documentRange, attendance: attendance, chair: chair, secretary: secretary, adjusters: adjusters,
            adjustment: adjustment, announcement: announcement, paragraphs: paragraphs, warnings: warnings,
            source: SourceInfo(file: "", sha256: "", encoding: "", bytes: 0))
    }

    /// "PROTOKOLLSUTDRAG", "Utdrag ur protokoll", or a front page that says "Detta utdrag omfattar
    /// §§ 143 och 146". The "Utdragsbestyrkande" box of every page of a whole protokoll is no sign.
    static func isExtract(title: String, front: ArraySlice<SourceLine>) -> Bool {
        if title.folded.includes("utdrag") { return true }
        return front.prefix(80).contains { line in
            let folded = line.text.folded
            return folded.includes("protokollsutdrag") || folded.includes("utdrag ur ") || folded.includes("detta utdrag")
                || folded.includes("utdraget omfattar")
        }
    }

    /// The text cut at its blank lines.
    static func blankLineBlocks(_ text: String) -> [String] {
        guard text.includes("\n\n") else { return [text] }
        var blocks: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
        return blocks
    }

    /// `body`: the organ that met; with it, "ordförande tekniska nämnden" in a party group's list is
    /// the chair of another organ, "ordförande socialnämnden" in socialnämnden's the meeting's.
    static func isChairRole(_ role: String?, body: String? = nil) -> Bool {
        guard let folded = role?.folded else { return false }
        if (folded.hasPrefix("ordforande") || folded == "motesordforande" || folded.hasPrefix("ordf")) && !folded.includes("vice") {
            let office = folded.split(separator: ",").first.map { $0.splitOnSpaces().map(String.init) } ?? []
            guard office.count >= 2, let body = body?.folded, office[1] != "vid" else { return true }
            let named = office.dropFirst().drop { $0 == "i" || $0 == "for" }
            guard let last = named.last, Subject.isOrganNoun(last) else { return true }
            // ("ordförande i arbetsutskottet" in "Kommunstyrelsens arbetsutskott": its own.)
            let phrase = (named.dropLast() + [DecisionParser.organStem(last)]).joined(separator: " ")
            return body.includes(phrase) || named.count == 1 && ["styrelsen", "namnden", "gruppen", "utskottet", "motet", "stamman", "sammantradet"].contains(last)
        }
        // "Platschef, ordförande": the office after the title.
        // ("kommunalråd, ordförande i kommunstyrelsen": the chair of another organ.)
        return folded.includes(", ordf") && !folded.includes("vice") && folded.split(separator: ",").contains { ["ordforande", "ordf", "ordf."].contains($0.trimmed) }
    }

    /// Folded roles whose task is keeping the minutes.
    private static let minuteKeeperRoles: Set<String> = ["sekreterare", "protokollforare", "motessekreterare", "minnesantecknare", "antecknare", "sekr", "sekr."]

    /// "sekreterare", "kommunsekreterare", "nämndsekreterare", "protokollförare", "minnesantecknare".
    static func isSecretaryRole(_ role: String?, strict: Bool) -> Bool {
        guard let folded = role?.folded else { return false }
        let parts = folded.split(separator: ",").map { $0.trimmed }
        let first = parts.first ?? folded
        // "sekreterare" or "överförmyndarhandläggare, sekreterare": the task of keeping the minutes.
        if minuteKeeperRoles.contains(first) || parts.dropFirst().contains(where: minuteKeeperRoles.contains) { return true }
        guard !strict else { return false }
        let caseWorkers = ["socialsekreterare", "generalsekreterare", "vice"]
        return first.hasSuffix("sekreterare") && !caseWorkers.contains(where: { first.includes($0) })
    }

    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert(AttendanceParser.nameKey($0)).inserted }
    }

    /// A roll call printed in a bilaga after the last § ("Bilaga 1, § 115  Omröstningslista") goes
    /// to the § it names: it completes the result stated there, or is a vote of its own.
    /// The bilaga may also follow the signatures (`tail`), as in a protokollsutdrag.
    static func attachingAppendixRollCalls(_ paragraphs: inout [Paragraph], tail: [String] = []) {
        // Most §§ hold no bilaga: a byte search passes them over before the text is split.
        var found: [(paragraph: String?, vote: Vote)] = []
        for holder in paragraphs.indices where paragraphs[holder].text.includes("ilaga") || paragraphs[holder].text.includes("ILAGA") {
            let lines = paragraphs[holder].text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            found += VoteParser.rollCallsForOtherParagraphs(in: lines, number: paragraphs[holder].number)
        }
        if tail.contains(where: { $0.includes("ilaga") || $0.includes("ILAGA") }) {
            found += VoteParser.rollCallsForOtherParagraphs(in: tail, number: nil)
        }
        for (number, vote) in found {
            // A roll call after the signatures of an extract with one § is that §'s.
            guard let target = number.flatMap({ number in paragraphs.firstIndex { $0.number == number } })
                    ?? (paragraphs.count == 1 ? 0 : nil) else { continue }
            if let stated = paragraphs[target].votes.firstIndex(where: { $0.ballots.isEmpty && $0.yes == vote.yes && $0.no == vote.no }) {
                paragraphs[target].votes[stated].ballots = vote.ballots
                if paragraphs[target].votes[stated].abstained == nil { paragraphs[target].votes[stated].abstained = vote.abstained }
                if paragraphs[target].votes[stated].absent == nil { paragraphs[target].votes[stated].absent = vote.absent }
            } else {
                paragraphs[target].votes.append(vote)
            }
        }
    }

    /// "Nämnden" for "Bygg- och miljönämnden", "Mötet" for "Årsmötet", "Styrelsen" for
    /// "Kommunstyrelsen": one word that ends the body's name, or names the meeting itself, is the body.
    /// "Ordföranden Margareta Sjödin Larsson (C) yrkar bifall …": an extract that lists no one names
    /// its chair where the chair speaks. The first full name after "Ordföranden".
    static func chairNamedInText(_ paragraphs: [Paragraph]) -> String? {
        for paragraph in paragraphs where paragraph.text.includes("Ordföranden ") {
            let text = paragraph.text.replacingLineBreaksWithSpaces
            guard let range = text.find("Ordföranden ") else { continue }
            let words = text[range.upperBound...].splitOnSpaces(limit: 7).map(String.init)
            let name = words.prefix { $0.startsWithUppercaseLetter && $0.allSatisfy { $0.isLetter || $0 == "-" } }
            // Only where the chair leads the meeting: "Ordföranden X (C) yrkar …", "… ställer proposition";
            // "Ordföranden X (C) i socialnämnden har begärt …" or "… har anmält förhinder" is someone else.
            var next = words.dropFirst(name.count).first ?? ""
            if next.hasPrefix("("), let after = words.dropFirst(name.count + 1).first { next = after }
            guard (2...4).contains(name.count), chairingVerbs.contains(next.folded.trimmingEnds(",.")),
                  let entry = PersonEntry.parse(name.joined(separator: " ")) else { continue }
            return entry.name
        }
        return nil
    }

    /// What a chair does at the meeting, folded: "yrkar", "ställer proposition", "öppnar".
    private static let chairingVerbs: Set<String> = [
        "yrkar", "yrkade", "foreslar", "foreslog", "staller", "stallde", "oppnar", "oppnade", "halsar", "halsade",
        "forklarar", "forklarade", "konstaterar", "konstaterade", "finner", "fann", "leder", "ledde",
    ]

    static func fullName(_ organ: String, body: String) -> String {
        guard !organ.containsByte(0x20), organ != body else { return organ }
        let word = organ.folded
        guard word.count >= 5 else { return organ }
        if word == "motet" || word == "sammantradet" { return body }
        let foldedBody = body.folded
        return foldedBody.hasSuffix(word) && foldedBody.count > word.count ? body : organ
    }
}
