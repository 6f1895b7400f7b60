import Testing
import Foundation
@testable import ProtokollKit

@Suite struct PersonEntryTests {
    /// A party group's notes: "KF" after a name is the member's seat in kommunfullmäktige, "CUF" a
    /// youth league; neither is a party. "ordf. tekniska nämnden" chairs another organ, not the meeting.
    @Test func seatsAndOfficesElsewhereAreNoPartyAndNoChair() {
        #expect(PersonEntry.parse("Sara Lindblom, KF")?.party == nil)
        #expect(PersonEntry.parse("Elias Rönnqvist, ersättare KF, CUF")?.party == nil)
        #expect(PersonEntry.parse("Anna Berg, KD")?.party == "KD")
        #expect(!DocumentParser.isChairRole("ordförande tekniska nämnden", body: "Fullmäktigegruppen"))
        #expect(DocumentParser.isChairRole("ordförande socialnämnden", body: "Socialnämnden"))
        #expect(DocumentParser.isChairRole("ordförande i arbetsutskottet", body: "Kommunstyrelsens arbetsutskott"))
        #expect(DocumentParser.isChairRole("ordförande vid stämman", body: "Föreningsstämman"))
        #expect(DocumentParser.isChairRole("ordförande i nätverket", body: "Nätverket"))
        #expect(DocumentParser.isChairRole("ordförande i styrelsen", body: "Styrelsen"))
        #expect(DocumentParser.isChairRole("ordförande tekniska nämnden"))
        #expect(DocumentParser.isChairRole("ordförande"))
        #expect(PersonEntry.parse("Jonas Rask (RS)")?.party == "RS")
    }

    @Test func partyRoleAndReplacement() {
        let entry = PersonEntry.parse("Anna Berg (KD) ersätter Olof Ek (KD)")
        #expect(entry?.name == "Anna Berg")
        #expect(entry?.party == "KD")
        #expect(entry?.replaces == "Olof Ek")
        #expect(entry?.role == "tjänstgörande ersättare")
    }

    /// How someone took part is no role ("(via Zoom)"), and "tjänstgör § 46" is a substitute serving there.
    @Test func attendanceModeAndServingInOneParagraph() {
        let remote = PersonEntry.parse("Hedda Karlsson, ledamot (via Zoom, från §5)")
        #expect(remote.map { [$0.role, $0.paragraphs] } == ["ledamot", "från §5"])
        #expect(PersonEntry.parse("Eva Lind (på distans)")?.role == nil)
        // Whole words only: a role that starts like a mode is a role.
        #expect(PersonEntry.parse("Lena Holm (onlineredaktör)")?.role == "onlineredaktör")
        let serving = PersonEntry.parse("Britt-Marie Kjellgren (S), tjänstgör § 46")
        #expect(serving.map { [$0.role, $0.paragraphs] } == ["tjänstgörande ersättare", "§ 46"])
    }

    /// "(via Teams från punkt 6)": how the member took part, then from where.
    @Test func participationAfterTheAttendanceMode() {
        #expect(PersonEntry.parse("Erik Wallén (via Teams från punkt 6)").map { [$0.role, $0.paragraphs] } == [nil, "från punkt 6"])
        #expect(PersonEntry.parse("Eva Lind (via Zoom fr.o.m. § 4)")?.paragraphs == "fr.o.m. § 4")
        #expect(PersonEntry.parse("Eva Lind (via Zoom)")?.paragraphs == nil)
    }

    /// A company's "VD" after the name is the chief executive, no party tag, and keeps its capitals.
    @Test func aChiefExecutiveIsNoParty() {
        #expect(PersonEntry.parse("Kristina Sjölund, VD").map { [$0.party, $0.role] } == [nil, "VD"])
        #expect(PersonEntry.parse("Kristina Sjölund, HR-chef")?.role == "HR-chef")
        #expect(PersonEntry.parse("Kristina Sjölund, KD")?.party == "KD")
        // "Anna-Karin Fjällström, HR": her department.
        #expect(PersonEntry.parse("Anna-Karin Fjällström, HR")?.party == nil)
        #expect(FieldLabel.match("Närvarande suppleant (ej tjänstgörande): Linnea Sörensen (KD)")?.label == .substitutes)
    }

    /// A board's minnesanteckningar that record its decisions under several points: those present
    /// are its members deciding. Notes that decide little (a meeting of a network) keep them present.
    @Test func aBoardsNotesThatDecide() throws {
        func notes(decisions: Int) -> String {
            var text = "MINNESANTECKNINGAR\nStyrelsemöte 2025-02-11\n\nNärvarande:\tAnna Berg (ordf), Olle Lind, Sara Holm\n\n"
            for point in 1...4 { text += "\(point). Punkt \(point)\n" + (point <= decisions ? "Beslut: Klubben köper \(point) bord.\n\n" : "Diskussion.\n\n") }
            return text
        }
        let deciding = try ProtokollParser.parse(Data(notes(decisions: 3).utf8), fileName: "notes.txt")
        #expect(deciding.attendance.map(\.deciding) == [true, true, true])
        let informing = try ProtokollParser.parse(Data(notes(decisions: 1).utf8), fileName: "notes.txt")
        #expect(informing.attendance.map(\.deciding) == [false, false, false])
        // A presidium preparing a nämnd's meeting decides nothing, whatever its notes record.
        let presidium = notes(decisions: 3).replacingOccurrences(of: "Styrelsemöte 2025-02-11", with: "Presidieberedning Socialnämnden 2025-02-11")
        #expect(try ProtokollParser.parse(Data(presidium.utf8), fileName: "notes.txt").attendance.map(\.deciding) == [false, false, false])
    }

    /// A board's notes name the member a suppleant serves for by a first name: "går in för Petra".
    @Test func aSuppleantGoingInForAMemberNamedByFirstName() {
        #expect(PersonEntry.parse("Rolf Åhman (suppl, går in för Kenta)").map { [$0.replaces, $0.role] } == ["Kenta", "suppleant"])
        #expect(PersonEntry.parse("Mikael Åström, suppleant – går in för Petra")?.replaces == "Petra")
        // Older minutes describe the member replaced before the name.
        let older = PersonEntry.parse("suppleanten Helmer Wik, den senare i stället för den frånvarande ledamoten Johan Björk")
        #expect(older.map { [$0.name, $0.replaces, $0.role] } == ["Helmer Wik", "Johan Björk", "tjänstgörande ersättare"])
        #expect(FieldLabel.match("Från avd:\tOla Sandström, ombudsman")?.label == .others)
        // A title after "ersätter" is no member, and a serving suppleant's label stays serving.
        #expect(PersonEntry.parse("Eva Lind, ekonomichef, ersätter VD")?.replaces == nil)
        #expect(FieldLabel.match("Närvarande suppleant (tjänstgörande): Jonas Berg")?.label == .servingSubstitutes)
    }

    /// A remark in parentheses that opens with a verb is no title; the points in it are kept.
    @Test func aRemarkInParenthesesIsNoRole() {
        #expect(PersonEntry.parse("Annelie Sand (har informerats, deltar ej i besluten)").map { [$0.name, $0.role] } == ["Annelie Sand", nil])
        let remote = PersonEntry.parse("Tobias Lund-Eklöf (deltog via Teams, punkt 1–3), planarkitekt")
        #expect(remote.map { [$0.role, $0.paragraphs] } == ["planarkitekt", "punkt 1–3"])
        #expect(FieldLabel.match("Suppleant:\tAnnelie Sand")?.label == .substitutes)
        // Mixed capitals are a local party only in parentheses: "PwC" after a comma is a firm.
        #expect(PersonEntry.parse("Lena Ek, revisor, PwC").map { [$0.party, $0.organisation] } == [nil, "PwC"])
        #expect(PersonEntry.parse("Sol Wiklander (SöP)")?.party == "SöP")
        // "Karl Lind ersattes av Greta Lund": the substitute is named last.
        #expect(PersonEntry.parse("herr Karl Lind ersattes av fru Greta Lund").map { [$0.name, $0.replaces] } == ["Greta Lund", "Karl Lind"])
    }

    /// "under punkt 18" and "under § 2" say when someone took part: no role, no organisation, and
    /// what "samt" adds after it is somebody else.
    @Test func participationUnderAPointOrAParagraph() {
        let guest = PersonEntry.parse("fiskevårdskonsulent Mirja Lantto, Länsstyrelsen, under punkt 18 samt två åhörare utan rösträtt")
        #expect(guest.map { [$0.name, $0.role, $0.organisation, $0.paragraphs] } == ["Mirja Lantto", "fiskevårdskonsulent", "Länsstyrelsen", "punkt 18"])
        let staff = PersonEntry.parse("ekonom Lisa Holm under § 2")
        #expect(staff.map { [$0.name, $0.role, $0.organisation, $0.paragraphs] } == ["Lisa Holm", "ekonom", nil, "§ 2"])
        #expect(PersonEntry.parse("Per Ek, under §§ 4 samt 6")?.paragraphs == "§§ 4 samt 6")
    }

    @Test(arguments: [
        ("Kjell Hedvall (S), ordförande", "Kjell Hedvall", "ordförande"),
        ("Glenn Nordlund ordförande", "Glenn Nordlund", "ordförande"),
        ("Kevin Eklund (praktikant)", "Kevin Eklund", "praktikant"),
        ("Kommundirektör Jan Fransson", "Jan Fransson", "kommundirektör"),
        ("skolchef Jan Holmqvist", "Jan Holmqvist", "skolchef"),
        ("Diana Laitinen Carlsson (tjänstgörande ersättare)", "Diana Laitinen Carlsson", "tjänstgörande ersättare"),
    ])
    func nameAndRole(text: String, name: String, role: String) {
        let entry = PersonEntry.parse(text)
        #expect(entry?.name == name)
        #expect(entry?.role == role)
    }

    @Test(arguments: [
        ("Bo Lind (M) t.o.m. § 108", "Bo Lind", "t.o.m. § 108"),
        ("Cecilia Ung (C) ej § 105-106", "Cecilia Ung", "ej § 105-106"),
        ("Dan Ek (KD) kl. 8.15-10.00", "Dan Ek", "kl. 8.15-10.00"),
        ("Anna Berg §§ 18-20", "Anna Berg", "§§ 18-20"),
    ])
    func limitedParticipation(text: String, name: String, paragraphs: String) {
        let entry = PersonEntry.parse(text)
        #expect(entry?.name == name)
        #expect(entry?.paragraphs == paragraphs)
        #expect(entry?.role == nil)
    }

    @Test func namesWithParticlesAndHyphens() {
        #expect(PersonEntry.parse("Fredrik af Sandhagen (M)")?.name == "Fredrik af Sandhagen")
        #expect(PersonEntry.parse("Åsa Claeson-Nordin")?.name == "Åsa Claeson-Nordin")
        #expect(PersonEntry.parse("Hans-Göran Johansson")?.name == "Hans-Göran Johansson")
    }

    @Test func notPeople() {
        #expect(PersonEntry.parse("23 medlemmar enligt bifogad närvarolista") == nil)
        #expect(PersonEntry.parse("Ockelbo kommun") == nil)
        #expect(PersonEntry.parse("ordförande") == nil)
        // Units and places in the definite or genitive form are no one's name.
        #expect(PersonEntry.parse("Hälsocentralen Kalix") == nil)
        #expect(PersonEntry.parse("Örebro Läns Fotbollförbund") == nil)
        // …but names that merely end in the same letters are names ("Allan", "Raslan").
        #expect(PersonEntry.parse("Allan Ragnarsson")?.name == "Allan Ragnarsson")
        #expect(PersonEntry.parse("Fatima Raslan (S)")?.name == "Fatima Raslan")
    }

    @Test func titleBeforeTheName() {
        #expect(PersonEntry.parse("Dr Lovisa Marklund")?.name == "Lovisa Marklund")
        #expect(PersonEntry.parse("Inspektör Anders Jarl")?.name == "Anders Jarl")
    }

    @Test func aCompanyIsNotAPersonAndATaskIsNotAMemberReplaced() {
        #expect(PersonEntry.parse("Öhrlings PricewaterhouseCoopers AB") == nil)
        let people = NameList.people(in: ["Lena Holm, auktoriserad revisor, Öhrlings PricewaterhouseCoopers AB"])
        #expect(people.map(\.name) == ["Lena Holm"])
        #expect(people.first?.organisation == "Öhrlings PricewaterhouseCoopers AB")
        #expect(PersonEntry.parse("Jonas Wiklund (M), ersättare för ombudet")?.replaces == nil)
        #expect(PersonEntry.parse("Jonas Wiklund (M), ersättare för Anna Berg (M)")?.replaces == "Anna Berg")
    }

    @Test func proseAttendanceLeavesOutTheAbsentAndReadsDefiniteRoles() {
        let text = "23 medlemmar enligt bifogad närvarolista (bilaga 1). Av styrelsen deltog ordföranden Ingrid Holmberg, kassören Olle Persson samt ledamöterna Maja Fredriksson och Ragnar Öst. Ledamoten Helena Wik hade anmält förhinder."
        let people = NameList.people(inProse: text)
        #expect(people.map(\.name) == ["Ingrid Holmberg", "Olle Persson", "Maja Fredriksson", "Ragnar Öst"])
        #expect(people.first?.role == "ordförande")
        #expect(people.dropFirst().first?.role == "kassör")
    }

    @Test func votingRightsInTheLabel() {
        #expect(FieldLabel.match("Närvarande utan rösträtt")?.label == .others)
        #expect(FieldLabel.match("Närvarande aktieägare")?.label == .deciding)
        #expect(FieldLabel.match("Närvarande: Anna Berg")?.label == .present)
        // "Adjungerade (närvaro- och yttranderätt)": a remark on the label, the names on the lines after it.
        #expect(FieldLabel.match("Adjungerade (närvaro- och yttranderätt)").map { [String(describing: $0.label), $0.value] } == ["others", ""])
    }

    @Test func aGuestWithoutVotingRightsDoesNotDecide() {
        let fields = [Field(label: .present, values: ["Lena Berg (ordförande), Ove Strand (förbundsrepresentant, utan rösträtt)"], line: 5)]
        let attendance = AttendanceParser.attendees(from: fields, kind: .protokoll)
        #expect(attendance.first { $0.name == "Ove Strand" }?.deciding == false)
        #expect(attendance.first { $0.name == "Lena Berg" }?.deciding == true)
    }

    /// "för Kent A.": the absent member written in full in another list is whom the substitute replaced.
    @Test func aSubstituteForAMemberNamedByFirstNameAndInitial() {
        let fields = [Field(label: .present, values: ["Lina Kask, ersättare för Kent A.", "Kent Ekström"], line: 5),
                      Field(label: .absent, values: ["Kent Abrahamsson (semester)"], line: 9)]
        let attendance = AttendanceParser.attendees(from: fields, kind: .protokoll)
        #expect(attendance.first { $0.name == "Lina Kask" }?.replaces == "Kent Abrahamsson")
        // "1:e suppleant, med rösträtt för Sofia von Platen" in the role column: she is replaced, he votes.
        let voting = [Field(label: .present, values: ["Amir Haddad\t\t1:e suppleant, med rösträtt för Sofia von Platen", "Hugo Ekdahl\t\tledamot"], line: 20)]
        #expect(AttendanceParser.attendees(from: voting, kind: .protokoll).first.map { [$0.replaces, $0.role, "\($0.deciding)"] }
                == ["Sofia von Platen", "1:e suppleant", "true"])
        // Two who fit: the short form stays as written.
        let twoFit = fields + [Field(label: .absent, values: ["Kent Andersson"], line: 10)]
        #expect(AttendanceParser.attendees(from: twoFit, kind: .protokoll).first { $0.name == "Lina Kask" }?.replaces == "Kent A")
    }

    /// A närvaroförteckning of marks: "X" took part in deciding, "x" was there besides, no mark was away.
    @Test func aListOfPresenceMarks() throws {
        let members = ["LEDAMÖTER                          N V    N V", "Ann-Sofie Lagercrantz (M), ordf.   X      X X",
                       "Gunilla Svantesson Roos (S)", "Patrik Lindgren-Haddad (SD)        X", "Carl-Fredrik af Ekenstam (M)       X      X X"]
        let substitutes = ["Sofia Rydén (S)                    X      X X", "Maja Frölander (M)                 x      x",
                           "Anders Pålsson (S)", "Leila Ahmadi (S)                   x"]
        let marks = try #require(PresenceMarks.rows(Array(members.dropFirst())))
        #expect(marks.rows.map(\.marked) == [true, false, true, true])
        let fields = [Field(label: .deciding, values: Array(members.dropFirst()), line: 3), Field(label: .substitutes, values: substitutes, line: 9)]
        let attendance = AttendanceParser.attendees(from: fields, kind: .protokoll)
        #expect(attendance.map(\.name) == ["Ann-Sofie Lagercrantz", "Patrik Lindgren-Haddad", "Carl-Fredrik af Ekenstam",
                                           "Sofia Rydén", "Maja Frölander", "Leila Ahmadi"])
        #expect(attendance.map(\.deciding) == [true, true, true, true, false, false])
        #expect(attendance.map(\.role) == ["ordförande", nil, nil, "tjänstgörande ersättare", "ersättare", "ersättare"])
        // One column "Närv." of small marks under Beslutande: those marked were there and decided.
        let present = [Field(label: .deciding, values: ["Närv.", "Karin Lönnqvist (S), ordförande         x", "Torbjörn Ek (S)                         x",
                                                        "Maria Sundén (S)                        x", "Jonas Bäckström (V)"], line: 6)]
        #expect(AttendanceParser.attendees(from: present, kind: .protokoll).map { [$0.name, "\($0.deciding)"] }
                == [["Karin Lönnqvist", "true"], ["Torbjörn Ek", "true"], ["Maria Sundén", "true"]])
        // "Ersättare  Tjänstgör": a mark served, no mark was there without serving.
        let serving = [Field(label: .substitutes, values: ["Tjänstgör", "Östen Forsberg (S)                      X", "Britta Olsson (M)",
                                                           "Johan Rask (C)                          X", "Henrik Nord (L)                         X"], line: 14)]
        #expect(AttendanceParser.attendees(from: serving, kind: .protokoll).map { [$0.name, $0.role ?? "-"] }
                == [["Östen Forsberg", "tjänstgörande ersättare"], ["Britta Olsson", "ersättare"], ["Johan Rask", "tjänstgörande ersättare"],
                    ["Henrik Nord", "tjänstgörande ersättare"]])
        // Text beside the names is no list of marks.
        #expect(PresenceMarks.rows(["Anna Ek (S)    ordförande", "Per Berg (M)    X", "Eva Lind (V)    X", "Bo Ek (C)    X"]) == nil)
    }

    /// "Övriga närvarande  Ersättare: Tove Martinsson (S), Kent Ohlsson (M)" over "Socialchef Lotta
    /// Hallgren": the line with a label of its own lists substitutes.
    @Test func aSubLabelInsideAList() {
        let fields = [Field(label: .others, values: ["Ersättare: Tove Martinsson (S), Kent Ohlsson (M)", "Socialchef Lotta Hallgren"], line: 17)]
        let attendance = AttendanceParser.attendees(from: fields, kind: .protokoll)
        #expect(attendance.first { $0.name == "Tove Martinsson" }?.role == "ersättare")
        #expect(attendance.first { $0.name == "Kent Ohlsson" }?.deciding == false)
        #expect(attendance.first { $0.name == "Lotta Hallgren" }?.role == "socialchef")
    }

    /// An older prose layout: members first, then a sentence for everyone else. "Ledamöterna" is
    /// not part of a name, a role wraps inside its parenthesis, and the others do not decide.
    @Test func aSentenceForTheOthersInsideAProseList() {
        let fields = [Field(label: .present, values: [
            "Ledamöterna Ingrid Hallström (ordförande), Sven-Olof Rydén (vice",
            "ordförande), Ann-Charlotte Berg, Bertil Hägg och Lars Wiklander, kyrkoherden Jonas Eldh",
            "(självskriven ledamot) samt ersättaren Mats Ekholm (tjänstgörande för Eva Lundmark).",
            "Därjämte närvarade ersättaren Birgitta Nordh (ej tjänstgörande), kyrkogårdschefen",
            "Hans Törnqvist (§§ 49–53) samt församlingsassistenten Elin Rask (sekreterare).",
        ], line: 9)]
        let attendance = AttendanceParser.attendees(from: fields, kind: .protokoll)
        #expect(attendance.map(\.name) == [
            "Ingrid Hallström", "Sven-Olof Rydén", "Ann-Charlotte Berg", "Bertil Hägg", "Lars Wiklander", "Jonas Eldh",
            "Mats Ekholm", "Birgitta Nordh", "Hans Törnqvist", "Elin Rask",
        ])
        #expect(attendance.filter(\.deciding).count == 7)
        #expect(attendance.first { $0.name == "Sven-Olof Rydén" }?.role == "vice ordförande")
        #expect(attendance.first { $0.name == "Mats Ekholm" }?.replaces == "Eva Lundmark")
        #expect(attendance.first { $0.name == "Hans Törnqvist" }?.paragraphs == "§§ 49–53")
        #expect(attendance.first { $0.name == "Elin Rask" }?.role == "sekreterare")
    }

    @Test func othersAfterACountOfMembersKeepTheirOwnOrganisation() {
        let fields = [Field(label: .present, values: [
            "42 röstberättigade medlemmar, varav 5 genom fullmakt, enligt",
            "röstlängd (bilaga 1). Dessutom deltog föreningens revisor Bengt-Åke Rydén",
            "samt Tove Marklund från Fiberkonsult Mitt AB (ej medlem).",
        ], line: 9)]
        let attendance = AttendanceParser.attendees(from: fields, kind: .protokoll)
        #expect(attendance.map(\.name) == ["Bengt-Åke Rydén", "Tove Marklund"])
        #expect(attendance.allSatisfy { !$0.deciding })
        #expect(attendance.first?.organisation == nil)
        #expect(attendance.last?.organisation == "Fiberkonsult Mitt AB")
    }

    /// "Justeras" over the signatures and their captions ("Stämmans ordförande   Justeringsperson"),
    /// then an anslag's "BEVIS": no place of justering.
    @Test func captionsUnderSignaturesAreNoPlace() {
        let fields = [Field(label: .adjustment, values: ["......            ......", "Lars-Gunnar Ekholm       Ann-Sofie Brandt",
                                                         "Stämmans ordförande      Justeringsperson"], line: 40)]
        #expect(SignatureBlock.adjustment(fields: fields, meetingYear: 2023, meetingDate: "2023-04-27", lines: []) == nil)
        let old = [Field(label: .adjustment, values: ["Gösta Lindahl      Nils-Erik Barkman", "Ordf.", "BEVIS"], line: 40)]
        #expect(SignatureBlock.adjustment(fields: old, meetingYear: 1978, meetingDate: "1978-03-14", lines: []) == nil)
        // "Hos ordförande" is where the minutes are signed.
        #expect(!SignatureBlock.isSignatureCaption("Hos ordförande"))
    }

    @Test func whereTheMinutesAreAdjustedInAParagraphsProse() {
        let churchly = SignatureBlock.adjustmentInProse(
            "Att jämte ordföranden justera dagens protokoll utsågs Lars Wiklander.\nJustering skall ske på pastorsexpeditionen tisdagen den 15 april kl. 10.00.",
            meetingYear: 2025)
        #expect(churchly == Adjustment(date: "2025-04-15", place: "Pastorsexpeditionen"))
        #expect(SignatureBlock.adjustmentInProse("Justeringen sker på Regionens hus måndagen den 4 december 2023.", meetingYear: 2023)
            == Adjustment(date: "2023-12-04", place: "Regionens hus"))
        #expect(SignatureBlock.adjustmentInProse("Till justerare utses Anna Berg.", meetingYear: 2023) == nil)
        #expect(SignatureBlock.adjustmentInProse("Justering sker i samband med nästa möte.", meetingYear: 2023) == nil)
    }

    @Test func adjustersNamedInAClosingSentence() {
        #expect(AdjusterParser.namedInClosingProse("Protokollet justerades 2024-04-19 av ordföranden Annelie Vikström (S) och justeraren Eva Holmberg (C).")
            == ["Eva Holmberg"])
        #expect(AdjusterParser.namedInClosingProse("Protokollet justerades av justerarna Eva Holmberg och Per Ek. Anslaget sattes upp.") == ["Eva Holmberg", "Per Ek"])
    }

    /// Notes that name people by first name and initial, signed with full names under "Justeras":
    /// the signer beside the chair is the justerare, and the chair and the secretary get their full
    /// names, in the list too.
    @Test func signaturesUnderJusterasNameTheAdjusterAndTheFullNames() throws {
        let text = """
            Föreningen Testklubben
            Styrelsemöte 11 februari 2025

            MINNESANTECKNINGAR

            Vid pennan:\tSanna L
            Närvarande:\tMicke J (ordf), Jonte B (vice ordf), Sanna L, Leyla Yilmaz

            1. Mötet öppnas
            Micke öppnade mötet.

            2. Ekonomi
            Beslut: Kassören attesterar själv fakturor upp till 5 000 kr.


            Vid pennan

            Sanna Lindqvist, sekreterare


            Justeras

            Mikael Jonsson, ordförande\tLeyla Yilmaz

            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "notes.txt")
        #expect(d.chair == "Mikael Jonsson")
        #expect(d.secretary == "Sanna Lindqvist")
        #expect(d.adjusters == ["Leyla Yilmaz"])
        #expect(d.attendance.map(\.name) == ["Sanna Lindqvist", "Mikael Jonsson", "Jonte B", "Leyla Yilmaz"])
        // A place under "Justeras" names no one; a name on its own line is a signer only if present.
        let placed = try ProtokollParser.parse(Data(text.replacingOccurrences(of: "Mikael Jonsson, ordförande\tLeyla Yilmaz", with: "Kommunhuset Ljusdal").utf8), fileName: "notes.txt")
        #expect(placed.adjusters.isEmpty)
        // "Micke J" is not "Mats Jansson", who chairs nothing.
        #expect(!SignatureBlock.isShortForm("Micke J", of: "Mats Jansson", sameOffice: false))
        #expect(SignatureBlock.isShortForm("Sanna L", of: "Sanna Lindqvist", sameOffice: false))
        #expect(!SignatureBlock.isShortForm("Sanna L", of: "Sanna L", sameOffice: true))
    }

    /// The chair elected for the meeting leads it; a chair elected for another organ does not.
    @Test func aChairOfAnotherOrganDoesNotLeadTheMeeting() throws {
        #expect(AdjusterParser.elections(inSentence: "Till ordförande för stämman valdes Lars-Åke Grebäck.").chair == "Lars-Åke Grebäck")
        // Elected by the task: "valdes att leda mötet", "att föra anteckningar".
        let tasks = AdjusterParser.elections(inSentence: "Annelie valdes att leda mötet och Amanda att föra anteckningar.")
        #expect([tasks.chair, tasks.secretary] == ["Annelie", "Amanda"])
        #expect(AdjusterParser.elections(inSentence: "Kassören valdes att leda arbetet med budgeten.").chair == nil)
        // In the notes, the one attendee of that first name.
        let notes = "Minnesanteckningar gruppmöte\n\nNärvarande:\nAnnelie Brodd-Sjögren, gruppledare\nSara Lind\nAmanda Berg Lund, politisk sekreterare\n\n"
            + "1. Mötets öppnande\nAnnelie valdes att leda mötet och Amanda att föra anteckningar.\n\n2. Budget\nGruppen beslutade att stödja budgeten.\n"
        #expect(try ProtokollParser.parse(Data(notes.utf8), fileName: "n.txt").chair == "Annelie Brodd-Sjögren")
        // Each "att välja" its own election; a motion ("yrkade att … välja") none.
        let chosen = AdjusterParser.elections(inSentence: "Styrelsen beslutar att välja Alva Lindqvist-Berg till mötesordförande, att välja Petra Nyström-Aho till mötessekreterare, samt att välja Hugo Ekdahl och Elin af Klercker till justerare tillika rösträknare.", context: "möte")
        #expect(chosen.adjusters == ["Hugo Ekdahl", "Elin af Klercker"])
        #expect(AdjusterParser.elections(inSentence: "Alva Lindqvist-Berg yrkade att styrelsen skulle välja Hugo Ekdahl och Elin af Klercker till justerare.").adjusters.isEmpty)
        #expect(AdjusterParser.elections(inSentence: "Till att jämte mötesordföranden justera dagens protokoll samt att vara rösträknare valdes Ahmed Yusuf och Kerstin Dahl-Persson.").adjusters
                == ["Ahmed Yusuf", "Kerstin Dahl-Persson"])
        #expect(AdjusterParser.elections(inSentence: "Nämnden beslutar att utse professor Johanna Sällström till ordförande i forskarutbildningsrådet.").chair == nil)
        #expect(AdjusterParser.elections(inSentence: "Till ordförande i föreningen för 2025 valdes Eva Lind.", context: "Val av styrelse").chair == nil)
        // A description of the person between commas before the role.
        #expect(AdjusterParser.elections(inSentence: "Stämman valde Petter Lindahl, jurist vid Bostadsrätterna, till ordförande för stämman.").chair == "Petter Lindahl")
        let two = AdjusterParser.elections(inSentence: "Mötet valde Anna Ek till ordförande för mötet, och till sekreterare valdes Olle Lind.")
        #expect([two.chair, two.secretary] == ["Anna Ek", "Olle Lind"])
    }

    /// pdftotext -layout shifts the page a few spaces: a label broken over two lines ("Ej tjänstgörande"
    /// / "ersättare", "Justerade" / "paragrafer") is still one label, and each name of the list is a person.
    @Test func aBrokenLabelOnAShiftedPage() throws {
        let text = """
               BARN- OCH UTBILDNINGSNÄMNDEN        SAMMANTRÄDESPROTOKOLL
               Sammanträdesdatum 2025-01-28

               Beslutande                Anna Berg (S), ordförande
                                         Olle Lind (C)

               Ej tjänstgörande          Nils-Erik Holm (S), Amanda Rydén (C), Beatrice von Schéele (M),
               ersättare                 Kerstin Palm (V)

               Justerade                 §§ 1–2
               paragrafer                § 2 justerades omedelbart

               § 1 Val av justerare

               Nämnden beslutar att utse Olle Lind att justera protokollet.

               § 2 Budget

               Nämnden beslutar att anta budgeten.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "bun.txt")
        #expect(d.attendance.filter { !$0.deciding }.map(\.name) == ["Nils-Erik Holm", "Amanda Rydén", "Beatrice von Schéele", "Kerstin Palm"])
        #expect(d.attendance.filter { !$0.deciding }.map(\.party) == ["S", "C", "M", "V"])
        #expect(d.paragraphRange.map { [$0.first, $0.last] } == [1, 2])
    }

    /// A typewriter's abbreviated labels: "Närv.:" lists who was there, "Anm. förhinder:" who was not.
    @Test func abbreviatedAttendanceLabels() {
        #expect(FieldLabel.match("Närv.:  Bertil Ahlström (ordf.), Gun Ek-Nilsson (sekr.),").map { [String(describing: $0.label), $0.value] }
            == ["present", "Bertil Ahlström (ordf.), Gun Ek-Nilsson (sekr.),"])
        #expect(FieldLabel.match("Anm. förhinder: Ove Sjödin, Eva Lund (suppl.).")?.label == .absent)
        #expect(PersonEntry.parse("Ombudsman Lennart Grahn")?.name == "Lennart Grahn")
    }

    @Test func adjIsAnAbbreviationOfAdjungerad() {
        #expect(PersonEntry.parse("Ulf Hed (adj., vägansvarig)")?.role == "adjungerad, vägansvarig")
    }

    @Test func pointsAttendedAreParticipationNotARole() {
        #expect(PersonEntry.parse("Peter Nygård – Strömsvik kommun, punkt 1–4")?.paragraphs == "punkt 1–4")
        #expect(PersonEntry.parse("Lotta Sund – Länsstyrelsen, från punkt 3")?.paragraphs == "från punkt 3")
        #expect(PersonEntry.parse("Lotta Sund – Länsstyrelsen, från punkt 3")?.role == nil)
        #expect(PersonEntry.parse("Maja Berg, kommunikationschef, punkt 4").map { ($0.role, $0.paragraphs) } ?? (nil, nil) == ("kommunikationschef", "punkt 4"))
    }
}

@Suite struct NameListTests {
    /// "Dessutom närvoro", the older plural, opens the others present; "under § 36 byggnadsnämndens
    /// ordförande Oskar Hägg" is that person, present at § 36.
    @Test func othersPresentInOlderProse() throws {
        let text = "PROTOKOLL\nfört vid sammanträde med kommunalnämnden den 14 mars 1962.\n\nNärvarande: ordföranden Erik Jansson, ledamöterna Gustav Larsson och Karl Olsson.\nDessutom närvoro kommunalkamreraren Bertil Lundh, protokollförare, samt\nunder § 36 byggnadsnämndens ordförande Oskar Hägg.\n\n§ 1 Bidrag\nNämnden beslöt att bevilja bidrag.\n"
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "1962.txt")
        #expect(d.attendance.filter { !$0.deciding }.map { [$0.name, $0.role, $0.paragraphs] } == [["Bertil Lundh", "protokollförare", nil],
                                                                                              ["Oskar Hägg", "byggnadsnämndens ordförande", "§ 36"]])
    }

    /// A name broken across lines after the last "och" of a prose list ("… fru Anna-Lisa Berg och Sven" /
    /// "Eriksson samt suppleanten Helmer Wik") is one person.
    @Test func aNameBrokenAfterTheLastOch() {
        let people = NameList.people(inProse: "ledamöterna Gustav Larsson, Karl Olsson, fru Anna-Lisa Berg och Sven\nEriksson samt suppleanten Helmer Wik.")
        #expect(people.map(\.name) == ["Gustav Larsson", "Karl Olsson", "Anna-Lisa Berg", "Sven Eriksson", "Helmer Wik"])
    }

    @Test func commaAndOchListWithRoles() {
        let people = NameList.people(inProse: "Hans-Göran Johansson, ordförande, Marie Johansson, Berry Lilja, Diana Laitinen Carlsson (tjänstgörande ersättare) och Lars-Erik Fälth (tjänstgörande ersättare)")
        #expect(people.map(\.name) == ["Hans-Göran Johansson", "Marie Johansson", "Berry Lilja", "Diana Laitinen Carlsson", "Lars-Erik Fälth"])
        #expect(people.first?.role == "ordförande")
        #expect(people.last?.role == "tjänstgörande ersättare")
    }

    @Test func nameOchNameOrganisation() {
        let people = NameList.people(inProse: "Klas Rydell och Eva Ekenberg FK, Henrik Jansson Mullsjö kommun, Hans Fritz och Claes Svahnström Af, Peter Hedfors förbunden.")
        #expect(people.map(\.name) == ["Klas Rydell", "Eva Ekenberg", "Henrik Jansson", "Hans Fritz", "Claes Svahnström", "Peter Hedfors"])
        #expect(people.map(\.organisation) == ["FK", "FK", "Mullsjö kommun", "Af", "Af", "förbunden"])
    }

    /// "…, samt Jan Ekholm, Örebro Läns Fotbollförbund": the organisation after a comma stays with the
    /// person before it, even when its first words look like a name.
    @Test func organisationAfterACommaIsNotAPerson() {
        let people = NameList.people(inProse: "Yvonne Sjödahl, RF-SISU, samt Jan Ekholm, Örebro Läns Fotbollförbund")
        #expect(people.map(\.name) == ["Yvonne Sjödahl", "Jan Ekholm"])
        #expect(people.last?.organisation == "Örebro Läns Fotbollförbund")
        let line = NameList.people(inProse: "Kerstin Vikström Lahti, verksamhetschef, Hälsocentralen Kalix, Region Norrbotten")
        #expect(line.map(\.name) == ["Kerstin Vikström Lahti"])
        // "ombudsman IF Metall Dalarna": a union's district after the office, no second person.
        let union = NameList.people(in: ["Ola Sandström, ombudsman IF Metall Dalarna, p. 5–6"])
        #expect(union.map { [$0.name, $0.role, $0.organisation] } == [["Ola Sandström", "ombudsman", "IF Metall Dalarna"]])
        // A province or a newspaper's word may be a surname: "Sune Halland", "Emma Posten, journalist".
        #expect(PersonEntry.parse("Sune Halland (S), ordförande")?.name == "Sune Halland")
        #expect(PersonEntry.parse("Emma Posten, journalist").map { [$0.name, $0.role] } == ["Emma Posten", "journalist"])
    }

    /// A running list from older minutes, wrapped anywhere: a name broken over the line before its
    /// party tag, members told apart by where they live, substitutes serving for "herr Hed", an
    /// office after a name that does not end the group's role.
    @Test func anOlderRunningListWrappedAnywhere() {
        let text = """
            ledamöterna Gunnar Wik (c), ordförande, Karin Lövgren-Strand (s),
            vice ordförande, Bengt Andersson i Lövsta (c), Elsa Nordmark (c), Sven-Olof
            Berglund (m) och Rune Nilsson (vpk), ersättarna Per Dahlin (c), tjänstgörande för
            herr Hed, och Ulla-Britt Sandén (s), tjänstgörande för fru Holm
            """
        let people = NameList.people(inProse: text)
        #expect(people.map(\.name) == ["Gunnar Wik", "Karin Lövgren-Strand", "Bengt Andersson i Lövsta", "Elsa Nordmark", "Sven-Olof Berglund",
                                       "Rune Nilsson", "Per Dahlin", "Ulla-Britt Sandén"])
        #expect(people.map(\.role) == ["ordförande", "vice ordförande", "ledamot", "ledamot", "ledamot", "ledamot",
                                       "tjänstgörande ersättare", "tjänstgörande ersättare"])
        #expect(people.map(\.party) == ["C", "S", "C", "C", "M", "VPK", "C", "S"])
    }

    /// "…, sjukvårdsdirektören" / "Björn Tegnér (§§ 34—37)": a title in the definite form at a line's
    /// end belongs to the name on the next line, and reads as the title lists use.
    @Test func aDefiniteTitleBeforeAWrappedName() {
        let lines = ["landstingsdirektören Sture Malmberg, sjukvårdsdirektören", "Björn Tegnér (§§ 34—37), ekonomidirektören Lennart Fors (§§ 33—36) samt",
                     "byrådirektören Astrid Hellström-Ryd, sekreterare."]
        let people = NameList.people(in: lines)
        #expect(people.map(\.name) == ["Sture Malmberg", "Björn Tegnér", "Lennart Fors", "Astrid Hellström-Ryd"])
        #expect(people.map(\.role) == ["landstingsdirektör", "sjukvårdsdirektör", "ekonomidirektör", "sekreterare"])
        #expect(people.map(\.paragraphs) == [nil, "§§ 34—37", "§§ 33—36", nil])
        // One person a line with a definite organisation after the comma: nothing moves.
        let organisations = NameList.people(in: ["Per Ström, kommunen", "Lisa Berg, länsstyrelsen", "Eva Holm, regionen"])
        #expect(organisations.map(\.name) == ["Per Ström", "Lisa Berg", "Eva Holm"])
        #expect(organisations.first?.role != nil || organisations.first?.organisation != nil)
        #expect(organisations.last.map { [$0.role, $0.organisation].contains("regionen") } == true)
    }

    /// "ledamöterna A, B och C": a role in the plural belongs to every name of its list, up to another
    /// role or the end of the sentence.
    @Test func aRoleInThePluralIsShared() {
        let people = NameList.people(inProse: "ordföranden Lisa Holm, ledamöterna Ove Lind, Eva Ek och Torsten Ågren samt ersättarna Per Berg och Stina Al. Dessutom närvarade Bo Ny")
        #expect(people.map(\.name) == ["Lisa Holm", "Ove Lind", "Eva Ek", "Torsten Ågren", "Per Berg", "Stina Al", "Bo Ny"])
        #expect(people.map(\.role) == ["ordförande", "ledamot", "ledamot", "ledamot", "ersättare", "ersättare", nil])
        // "samt" adds another group, and a person of another organisation is no member.
        let others = NameList.people(inProse: "ledamöterna Anna Ek, Bo Lind och Eva Holm samt Karin Berg och Pär Ström från förvaltningsbolaget, Lisa Ek")
        #expect(others.map(\.role) == ["ledamot", "ledamot", "ledamot", nil, nil, nil])
        #expect(others.map(\.organisation) == [nil, nil, nil, "förvaltningsbolaget", "förvaltningsbolaget", nil])
        // "Västerbottens Museum i Umeå" is no person.
        #expect(PersonEntry.parse("Västerbottens Museum i Umeå") == nil)
        // A singular role is the one person's only.
        #expect(NameList.people(inProse: "ledamoten Ove Lind och Eva Ek").map(\.role) == ["ledamot", nil])
    }

    @Test func onePersonPerLineAndTableRows() {
        let people = NameList.people(in: ["May Andersson\tKommunförbundet\tsekreterare", "Marie Marell\tKvalitetslab, projektledare\t§ 22", "Maria Lund, Ockelbo kommun"])
        #expect(people.map(\.name) == ["May Andersson", "Marie Marell", "Maria Lund"])
        #expect(people[0].role == "sekreterare")
        #expect(people[1].organisation == "Kvalitetslab")
        #expect(people[1].role == "projektledare")
        #expect(people[1].paragraphs == "§ 22")
        #expect(people[2].organisation == "Ockelbo kommun")
    }

    @Test func compoundHyphenIsNotAListSeparator() {
        #expect(NameList.splitAtOch("Kultur- och fritidsnämnden") == ["Kultur- och fritidsnämnden"])
        #expect(NameList.splitAtOch("Anna Ek och Bo Lind") == ["Anna Ek", "Bo Lind"])
    }
}

@Suite struct AttendanceTableTests {
    @Test func substituteReplacesAbsentMemberUnlessOnlyForSomeParagraphs() {
        let header = "Ledamot\tParti\tTjänstgörande ersättare\t§§"
        guard let columns = AttendanceTable.header(header) else {
            Issue.record("header not recognised")
            return
        }
        let rows = ["Leif Magnusson\tS\tPetra Lindahl\talla", "Kjell Bengtsson\tC\tLisa Holm, §§ 45-46\t§§ 40-44", "Gun Svensson\tS\t\talla"]
        let people = AttendanceTable.attendees(rows: rows, columns: columns, deciding: true, defaultRole: nil)
        #expect(people.map(\.name) == ["Petra Lindahl", "Lisa Holm", "Kjell Bengtsson", "Gun Svensson"])
        #expect(people[0].replaces == "Leif Magnusson")
        #expect(people[0].party == "S")
        #expect(people[1].paragraphs == "§§ 45-46")
        #expect(people[2].paragraphs == "§§ 40-44")
        #expect(people.allSatisfy { $0.deciding })
    }

    /// "Ersättare | Närvarande": the substitutes' own presence column, "–" for away; "X, §§ 141–147"
    /// is present for those §§.
    @Test func substitutesWithAPresenceColumn() throws {
        let columns = try #require(AttendanceTable.header("Ersättare\tNärvarande"))
        let rows = ["Sara Lindkvist (S)\tX", "Nina Saarinen (S)\t–", "Eva Lönn (SD)\tX, §§ 141–147"]
        let people = AttendanceTable.attendees(rows: rows, columns: columns, deciding: true, defaultRole: nil)
        #expect(people.map(\.name) == ["Sara Lindkvist", "Eva Lönn"])
        #expect(people.map(\.deciding) == [false, false])
        #expect(people.map(\.paragraphs) == [nil, "§§ 141–147"])
        // "ekonomichef, §§ 143–145" beside an official's name: the title, then the §§.
        let official = NameList.people(in: ["Per-Olof Dahl\tekonomichef, §§ 143–145"])
        #expect(official.map { [$0.role, $0.paragraphs] } == [["ekonomichef", "§§ 143–145"]])
    }

    /// "ledamot, ej § 9" in the role column: a member, deciding, who took no part in § 9.
    @Test func theParagraphsAfterTheOfficeInARoleCell() throws {
        let columns = try #require(AttendanceTable.header("Namn\tUppdrag\tParti"))
        let people = AttendanceTable.attendees(rows: ["Camilla Norén\tledamot, ej § 9\tC"], columns: columns, deciding: true, defaultRole: nil)
        #expect(people.map { [$0.role, $0.paragraphs] } == [["ledamot", "ej § 9"]])
        #expect(people.first?.deciding == true)
    }

    /// A presence column that says "Nej" leaves the member out; "Ja, p. 5–8" is present for those
    /// points, and "Ja, ej p. 9 (jäv)" for all but one.
    @Test func aPresenceColumnOfJaAndNej() throws {
        let columns = try #require(AttendanceTable.header("Namn\tRoll\tNärvarande"))
        let rows = ["Jonas Kvist (C)\tLedamot\tJa, ej p. 9 (jäv)", "Maria Ståhlberg (S)\tLedamot\tNej",
                    "Mikael Öhrn\tEkonomichef\tJa, p. 5–8", "Eva Holm (V)\tLedamot\tJa"]
        let people = AttendanceTable.attendees(rows: rows, columns: columns, deciding: true, defaultRole: nil)
        #expect(people.map(\.name) == ["Jonas Kvist", "Mikael Öhrn", "Eva Holm"])
        #expect(people.map(\.paragraphs) == ["ej § 9", "§ 5–8", nil])
        #expect(people.map(\.deciding) == [true, false, true])
        // "§§ 1–9" alone in the column: present for those.
        let limited = AttendanceTable.attendees(rows: ["Daniel Björk (KD)\tLedamot\t§§ 1–9"], columns: columns, deciding: true, defaultRole: nil)
        #expect(limited.map(\.paragraphs) == ["§§ 1–9"])
    }

    /// "X (från p. 5)", "X (p. 1–6)": the mark, then in parentheses the points the person was there for.
    @Test func aPresenceMarkWithThePointsInParentheses() throws {
        let columns = try #require(AttendanceTable.header("Namn\tRoll\tNärvaro"))
        let rows = ["Sara Lundkvist\tUnderhållschef\tX (från p. 5)", "Linnea Björk\tFöretagssköterska\tX (p. 1–6)",
                    "Roger Nilsson\tHuvudskyddsombud\tX", "Kent Abrahamsson\tSkyddsombud\t–"]
        let people = AttendanceTable.attendees(rows: rows, columns: columns, deciding: false, defaultRole: nil)
        #expect(people.map(\.name) == ["Sara Lundkvist", "Linnea Björk", "Roger Nilsson"])
        #expect(people.map(\.paragraphs) == ["från § 5", "§ 1–6", nil])
    }

    /// A council's roll as pdftotext -layout gives it: members, their serving substitutes, and the
    /// present substitutes as a list of their own in the third column. "Ej ersatt" means the member
    /// was away and nobody served.
    @Test func aRollWithPresentSubstitutesBesideIt() throws {
        let lines = """
            Ledamöter                                 Tjänstgörande ersättare        Närvarande ersättare
            Gunnel Stråhle (S), ordf. fr.o.m. § 149                                  Ali Rostami (S) §§ 145–155
            Bo Lindqvist Mäki (C), 1:e vice ordf.                                    Eva-Lena Bruhn (S)
            Jan-Erik Wallin (S) §§ 145–155            Ali Rostami (S) §§ 156–160
            Henrik Ulvsand (M)                        Mats von Schéele (M)
            Sol Wiklander (SöP)                       Ej ersatt
            """.components(separatedBy: "\n").enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        let tabbed = LabelledFields.tabbingAlignedTables(lines).map(\.text)
        let columns = try #require(AttendanceTable.header(tabbed[0]))
        #expect(columns == [.person, .substitute, .presentSubstitute])
        let people = AttendanceTable.attendees(rows: Array(tabbed.dropFirst()), columns: columns, deciding: true, defaultRole: nil)
        let deciding = people.filter(\.deciding).map(\.name)
        #expect(deciding == ["Gunnel Stråhle", "Bo Lindqvist Mäki", "Ali Rostami", "Jan-Erik Wallin", "Mats von Schéele"])
        #expect(people.first { $0.name == "Ali Rostami" && $0.deciding }.map { [$0.replaces, $0.paragraphs] } == ["Jan-Erik Wallin", "§§ 156–160"])
        #expect(people.first { $0.name == "Eva-Lena Bruhn" }.map { [$0.role, $0.party] } == ["ersättare", "S"])
        #expect(people.first { $0.name == "Mats von Schéele" }?.replaces == "Henrik Ulvsand")
        #expect(!people.contains { $0.name == "Sol Wiklander" || $0.name == "Henrik Ulvsand" })
        // The chair from § 149 on attended the whole meeting.
        #expect(people.first { $0.name == "Gunnel Stråhle" }?.paragraphs == nil)
    }

    /// "Frånvarande ledamöter:" after a roll that names everyone: they did not decide.
    @Test func membersListedAsAbsentDoNotDecide() {
        let fields = [
            Field(label: .deciding, values: ["Anna Berg (S), ordförande, Bo Ek (M), Carl Dahl (C), Dan Holm (SöP) §§ 1–3"], line: 5),
            Field(label: .absent, values: ["Carl Dahl (C) och Dan Holm (SöP)"], line: 6),
        ]
        let attendance = AttendanceParser.attendees(from: fields, kind: .protokoll)
        #expect(attendance.map(\.name) == ["Anna Berg", "Bo Ek", "Dan Holm"])
        // Away for some §§ only: he decided the others.
        let partial = AttendanceParser.attendees(from: [fields[0], Field(label: .absent, values: ["Carl Dahl (C) §§ 7–9"], line: 6)], kind: .protokoll)
        #expect(partial.contains { $0.name == "Carl Dahl" })
        #expect(attendance.last?.party == "SöP")
    }

    /// A Word table's "Kommentar" column says what follows a name in a list: a role, whom a
    /// substitute serves for, the §§ attended. A title cell's part after the comma is where from.
    @Test func theRemarkColumnIsRead() throws {
        let columns = try #require(AttendanceTable.header("Namn\tParti\tKommentar"))
        let rows = ["Karin Åberg\tS\tordförande, ej § 48", "Nils-Erik Gren\tS\ttjänstgör för Karin Åberg (S) § 48",
                    "Linnea Berg\tM\t§§ 45–48"]
        let people = AttendanceTable.attendees(rows: rows, columns: columns, deciding: true, defaultRole: nil)
        #expect(people.map { [$0.name, $0.role, $0.replaces, $0.paragraphs] } == [
            ["Karin Åberg", "ordförande", nil, "ej § 48"],
            ["Nils-Erik Gren", "tjänstgörande ersättare", "Karin Åberg", "§ 48"],
            ["Linnea Berg", nil, nil, "§§ 45–48"],
        ])
        // Other words in a remark say nothing of participation: "jäv § 2" is no "§ 2".
        let remarks = AttendanceTable.attendees(rows: ["Per Holm\tM\tjäv § 2", "Eva Lind\tS\tdeltar på distans"],
                                                columns: columns, deciding: true, defaultRole: nil)
        #expect(remarks.map { [$0.role, $0.paragraphs] } == [[nil, nil], [nil, nil]])
        #expect(remarks.allSatisfy { $0.deciding })
        let staff = try #require(AttendanceTable.header("Namn\tTitel\tKommentar"))
        let guest = AttendanceTable.attendees(rows: ["Mira Kallio\tungdomsrepresentant, Unga Norrbyholm\t§§ 44–46"],
                                              columns: staff, deciding: false, defaultRole: nil)
        #expect(guest.map { [$0.role, $0.organisation, $0.paragraphs] } == [["ungdomsrepresentant", "Unga Norrbyholm", "§§ 44–46"]])
    }

    /// pdftotext without -layout writes a table one cell a line, empty cells left out: the name
    /// that carries its own party tag after a member's party is that member's substitute.
    @Test func aTableWrittenOneCellALine() throws {
        let values = ["Ledamot", "Parti", "Ersätts av", "Annika Öberg-Nilsson, ordförande", "S", "Gun Ekström", "KD", "Per-Åke Dahl (C)",
                      "Fatima Al-Hassan", "V"]
        let table = try #require(AttendanceTable.linearised(values))
        #expect(table.rows == ["Annika Öberg-Nilsson, ordförande\tS\t", "Gun Ekström\tKD\tPer-Åke Dahl (C)", "Fatima Al-Hassan\tV\t"])
        let people = AttendanceTable.attendees(rows: table.rows, columns: table.columns, deciding: true, defaultRole: nil)
        #expect(people.map(\.name) == ["Annika Öberg-Nilsson", "Per-Åke Dahl", "Fatima Al-Hassan"])
        #expect(people[1].replaces == "Gun Ekström")
        // A list without a header of column names is no such table.
        #expect(AttendanceTable.linearised(["Anna Ek", "S", "Per Berg", "M"]) == nil)
    }

    /// Whom a substitute serves for reads the same in a remark, in a column of its own and after a
    /// comma: every marker `PersonEntry` knows, in any case.
    @Test func replacementMarkersAreOneList() throws {
        let columns = try #require(AttendanceTable.header("Namn\tParti\tKommentar"))
        let remarks = AttendanceTable.attendees(rows: ["Eva Lind\tS\tErsättare för Bo Holm", "Per Ek\tM\ttjg ers. för Anna Al (M)"],
                                                columns: columns, deciding: true, defaultRole: nil)
        #expect(remarks.map(\.replaces) == ["Bo Holm", "Anna Al"])
        let row = NameList.row(["Harald Sjödin", "Tjg för Tage Wiklander", "S"])
        #expect(row.map(\.replaces) == ["Tage Wiklander"])
        #expect(PersonEntry.parse("Harald Sjödin, tjg för Tage Wiklander")?.replaces == "Tage Wiklander")
        // "för kännedom" names no one.
        #expect(PersonEntry.replacedMember(openingText: "för kännedom") == nil)
        #expect(PersonEntry.replacedMember(openingText: "för Holm") == nil)
        #expect(PersonEntry.replacedMember(openingText: "i stället för Bo Holm (C)")?.name == "Bo Holm")
    }
}

@Suite struct DisqualificationTests {
    func attendance() -> [Attendee] {
        [
            Attendee(name: "Lars Nygren", deciding: true, role: "ordförande", party: "S"),
            Attendee(name: "Rolf Axelsson", deciding: true, party: "C"),
            Attendee(name: "Axel Fors", deciding: false, role: "ersättare", party: "C"),
        ]
    }

    func applied(_ paragraphs: [Paragraph]) -> [String: (Bool, String?)] {
        var list = attendance()
        Disqualification.apply(to: &list, paragraphs: paragraphs)
        return Dictionary(uniqueKeysWithValues: list.map { ($0.name, ($0.deciding, $0.paragraphs)) })
    }

    @Test func aMemberWithJavLeavesTheParagraphAndTheSubstituteServesThere() {
        let text = "Rolf Axelsson (C) anmäler jäv och lämnar lokalen under ärendets behandling. Axel Fors (C)\ntjänstgör i hans ställe.\nNämnden beslutar att bevilja bidraget."
        let result = applied([Paragraph(number: "47", line: 1), Paragraph(number: "48", text: text, line: 5)])
        #expect(result["Rolf Axelsson"]?.1 == "ej § 48")
        #expect(result["Rolf Axelsson"]?.0 == true)
        #expect(result["Axel Fors"]?.0 == true)
        #expect(result["Axel Fors"]?.1 == "§ 48")
        #expect(result["Lars Nygren"]?.1 == nil)
    }

    /// A board's notes: the opening point says a suppleant takes an absent member's seat for the
    /// whole meeting, by first name or in full, with whose seat in the genitive.
    @Test func aSuppleantTakingASeatForTheMeetingDecides() {
        var board = [Attendee(name: "Karin Lövgren", deciding: true, role: "ordförande"), Attendee(name: "Jonna Axelsson", deciding: false, role: "suppleant"),
                     Attendee(name: "Leif Östlund", deciding: false, role: "suppleant")]
        Disqualification.applySeatTaking(to: &board, paragraphs: [Paragraph(number: "1", text: "Karin öppnade mötet.\nEftersom Per är bortrest går Jonna in som ordinarie ledamot i hans ställe ikväll.", line: 1)])
        #expect(board.map(\.deciding) == [true, true, false])
        #expect(board[1].role == "tjänstgörande ersättare")
        Disqualification.applySeatTaking(to: &board, paragraphs: [Paragraph(number: "1", text: "Mötet konstaterade att Leif Östlund tjänstgör som ordinarie ledamot i Anna von Schéeles ställe.", line: 1)])
        #expect(board[2].deciding)
        #expect(board[2].replaces == "Anna von Schéele")
        // A § further on, or a sentence without a seat, changes no one.
        var other = [Attendee(name: "Jonna Axelsson", deciding: false, role: "suppleant")]
        Disqualification.applySeatTaking(to: &other, paragraphs: [Paragraph(number: "1", text: "Jonna går igenom ordinarie rutiner.", line: 1)])
        #expect(other.first?.deciding == false)
    }

    /// "Föredragande: Axel Fors" over a blank line, then the jäv: the presenter named above is not the
    /// one who left.
    @Test func aBlankLineEndsTheLineAboveTheJav() {
        let text = "Föredragande: ersättare Axel Fors\n\nRolf Axelsson, som är styrelseledamot i bolaget, anmäler jäv och lämnar lokalen."
        let result = applied([Paragraph(number: "47", text: text, line: 1)])
        #expect(result["Rolf Axelsson"]?.1 == "ej § 47")
        #expect(result["Axel Fors"]?.1 == nil)
    }

    @Test func theSubstituteReplacesTheMemberAndASemicolonEndsTheJavClause() {
        let text = "Rolf Axelsson anmälde jäv och lämnade rummet; Lars Nygren ledde mötet under punkten. Suppleanten Axel Fors tjänstgjorde i hans ställe."
        var list = attendance()
        Disqualification.apply(to: &list, paragraphs: [Paragraph(number: "38", text: text, line: 1)])
        #expect(list.first { $0.name == "Lars Nygren" }?.paragraphs == nil)
        #expect(list.first { $0.name == "Rolf Axelsson" }?.paragraphs == "ej § 38")
        #expect(list.first { $0.name == "Axel Fors" }?.replaces == "Rolf Axelsson")
        // Older minutes: the seat first, the substitute by surname after it.
        var older = attendance()
        let typed = "Herr Axelsson anmälde jäv och deltog ej i ärendets handläggning. I hans ställe tjänstgjorde herr Fors."
        Disqualification.apply(to: &older, paragraphs: [Paragraph(number: "34", text: typed, line: 1)])
        #expect(older.first { $0.name == "Rolf Axelsson" }?.paragraphs == "ej § 34")
        #expect(older.first { $0.name == "Axel Fors" }?.paragraphs == "§ 34")
        #expect(older.first { $0.name == "Axel Fors" }?.replaces == "Rolf Axelsson")
    }

    /// Jäv in general ("krav på jävsfri leverantör") makes no one leave, and in a Jäv section only a
    /// sentence that declares jäv or tells of leaving does: a dissent after it stays in.
    @Test func jävInGeneralAndADissentInAJavSectionLeaveNoOne() {
        let general = "Lars Nygren meddelade att han inte biträder förslaget, med motiveringen att avtalet bör upphandlas med krav på jävsfri leverantör."
        #expect(applied([Paragraph(number: "5", text: general, line: 1)])["Lars Nygren"]?.1 == nil)
        let section = "Rolf Axelsson har anmält jäv. Lars Nygren har begärt att få sin reservation antecknad till protokollet."
        let result = applied([Paragraph(number: "5", sections: [Section(heading: "Jäv", text: section)], line: 1)])
        #expect(result["Rolf Axelsson"]?.1 == "ej § 5")
        #expect(result["Lars Nygren"]?.1 == nil)
        // "väckte en jävsfråga och deltog inte" is a jäv; "lämnade en redogörelse" leaves nothing.
        #expect(applied([Paragraph(number: "7", text: "Rolf Axelsson väckte en jävsfråga och deltog inte i beslutet.", line: 1)])["Rolf Axelsson"]?.1 == "ej § 7")
        let report = "Rolf Axelsson har anmält jäv. Lars Nygren lämnade en redogörelse för ärendet."
        #expect(applied([Paragraph(number: "8", sections: [Section(heading: "Jäv", text: report)], line: 1)])["Lars Nygren"]?.1 == nil)
    }

    /// Under a "Jäv" rubric, the sentence about who takes the chair names no one who left.
    @Test func theChairTakingOverInAJavSectionStays() {
        let text = "Rolf Axelsson (C) anmäler jäv och lämnar sammanträdesrummet. Vice ordförande Lars Nygren (S) leder sammanträdet under paragrafen. Ersättaren Axel Fors (C) tjänstgör i hans ställe."
        let result = applied([Paragraph(number: "17", sections: [Section(heading: "Jäv", text: text)], line: 1)])
        #expect(result["Rolf Axelsson"]?.1 == "ej § 17")
        #expect(result["Lars Nygren"]?.1 == nil)
        #expect(result["Axel Fors"]?.1 == "§ 17")
        // "som ordförande" about another office is no taking of the chair.
        let other = "Rolf Axelsson (C) deltar inte i handläggningen på grund av sitt uppdrag som ordförande i Tärnåsbostäder AB."
        #expect(applied([Paragraph(number: "18", sections: [Section(heading: "Jäv", text: other)], line: 1)])["Rolf Axelsson"]?.1 == "ej § 18")
    }

    @Test func aJavSectionNamesThePeopleWithoutTheWord() {
        let paragraph = Paragraph(number: "12", sections: [Section(heading: "Jäv", text: "Rolf Axelsson (C)")], line: 1)
        #expect(applied([paragraph])["Rolf Axelsson"]?.1 == "ej § 12")
    }

    @Test func aParagraphAboutJavNamesTheParagraphItConcerns() {
        let paragraph = Paragraph(number: "3", title: "Anmälan av jäv", text: "Rolf Axelsson (C) anmäler jäv i §§ 48 och 50.", line: 1)
        #expect(applied([paragraph])["Rolf Axelsson"]?.1 == "ej § 48, ej § 50")
    }

    @Test func noJavDeclaredChangesNothing() {
        for text in ["Inget jäv anmäldes.", "Ingen ledamot anmälde jäv.", "Ordföranden konstaterar att Rolf Axelsson (C) inte är jävig.",
                     "Rolf Axelsson (C) redogör för ärendet."] {
            let result = applied([Paragraph(number: "4", text: text, line: 1)])
            #expect(result["Rolf Axelsson"]?.1 == nil, "\(text)")
            #expect(result["Axel Fors"]?.0 == false, "\(text)")
        }
    }
}

@Suite struct RollCallTests {
    func voters(_ text: String) -> [String] {
        RollCall.voters(in: [Paragraph(number: "34", text: text, line: 1)]).map(\.name)
    }

    @Test func aVoteTable() {
        let text = """
        Ledamöter                          Ja     Nej    Avstår
        Anna-Lena Widén (S), ordförande    X
        Lars Granqvist (M)                        X
        Ove Sandin (M), tjg ersättare                    X
        Summa                              1      1      1
        """
        #expect(voters(text) == ["Anna-Lena Widén", "Lars Granqvist", "Ove Sandin"])
    }

    @Test func labelledListsAndOneVoterALine() {
        #expect(voters("Ja-röster: Kristina Lövgren (S), Leila Haddad (S),\nRut Sjöberg (C)\nNej-röster: Bengt Ohlsson (SD)\nAvstår: Anders Pettersson (M)")
            == ["Kristina Lövgren", "Leila Haddad", "Rut Sjöberg", "Bengt Ohlsson", "Anders Pettersson"])
        let lines = RollCall.voters(in: [Paragraph(number: "145", text: "Britt-Marie Hallgren (M) - JA\nHussein Mahmoud (S), ers. för Ingela Sjöö (S) - NEJ", line: 1)])
        #expect(lines.map(\.name) == ["Britt-Marie Hallgren", "Hussein Mahmoud"])
        #expect(lines.last?.replaces == "Ingela Sjöö")
    }

    @Test func aVoteOnAWrappedLine() {
        let text = """
        Ledamot                                        Ja      Nej     Avstår
        Roger Bergkvist (S)                            Ja
        Birgit Falk (S), ersättare för Mikael Berglund (S)
                                                       Ja
        Ove Nilsson (SD)                                       Nej
        """
        let found = RollCall.voters(in: [Paragraph(number: "47", text: text, line: 1)])
        #expect(found.map(\.name) == ["Roger Bergkvist", "Birgit Falk", "Ove Nilsson"])
        #expect(found.dropFirst().first?.replaces == "Mikael Berglund")
    }

    @Test func countsAreNotVoters() {
        #expect(voters("Ja-röster: 25, Nej-röster: 20, Avstod: 2\nBeslut\nKommunfullmäktige beslutar att bifalla förslaget.").isEmpty)
    }
}

@Suite struct StructureTests {
    @Test func letteredSubPointsWithTitlesButNotLetteredLists() {
        func numbers(_ texts: [String]) -> [String] {
            Structure.headings(texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }, kind: .protokoll).map(\.number)
        }
        #expect(numbers(["§ 6 Fastighetsfrågor", "", "a) Relining av avloppsstammar", "", "Tre offerter har kommit in.", "",
                         "b) Trasig entrédörr hus C", "Dörren stänger inte.", "", "§ 7 Övrigt", "Inget."]) == ["6", "6a", "6b", "7"])
        // A lettered list of clauses, or items that are sentences, stay in their §.
        #expect(numbers(["§ 6 Fastighetsfrågor", "Styrelsen beslutade att", "a) Anta offerten", "b) Ge Jesper i uppdrag", "", "§ 7 Övrigt"]) == ["6", "7"])
        #expect(numbers(["§ 6 Övriga frågor", "a) Maria Lundgren informerade om att ansökan", "ska vara inne senast den 31 mars.",
                         "b) Det justerade protokollet delades ut", "och lades till handlingarna.", "§ 7 Avslut"]) == ["6", "7"])
        // Reports under their letters, then, a blank line after the last, the §'s own decision on them all.
        let reports = ["§ 4 Rapporter", "", "a) Ordföranden", "Rapporterade från regionmötet.", "", "b) Kassören", "Redogjorde för likviditeten.", "",
                       "Beslut: Styrelsen beslutar att lägga rapporterna till handlingarna.", "", "§ 5 Övrigt", "Inget."]
        #expect(numbers(reports) == ["4", "5"])
        // A point deciding in words of its own ("uppdrog", "Beslöts"), or a closing decision of the last
        // point only, keeps the points apart.
        #expect(numbers(["§ 4 Fastigheter", "", "a) Tak", "Styrelsen uppdrog åt Tommy att ta in offerter.", "", "b) Port", "Ny port behövs.", "",
                         "Beslut: Styrelsen beslutar att lägga rapporterna till handlingarna.", "§ 5 Övrigt"]) == ["4", "4a", "4b", "5"])
        #expect(numbers(["§ 4 Rapporter och inköp", "", "a) Kansliet", "Rapport om läget.", "", "b) Pistmaskin", "Offert har kommit in.", "",
                         "Beslut: Styrelsen beslutar att köpa pistmaskinen.", "§ 5 Övrigt"]) == ["4", "4a", "4b", "5"])
        // A decision under each point keeps the points apart.
        #expect(numbers(["§ 4 Fastigheter", "", "a) Tak", "Beslut: Styrelsen beslutar att byta tak.", "", "b) Port", "Ny port.", "",
                         "Beslut: Styrelsen beslutar att köpa en port.", "§ 5 Övrigt"]) == ["4", "4a", "4b", "5"])
    }

    /// A law's § wrapped to a line start ("… kallade till förhandling enl." / "§ 11 MBL den 6/2 …") is
    /// no heading: the notes keep their numbered points. A title that starts like a law's word stays one.
    @Test func aCitedLawsParagraphAtALineStart() {
        func numbers(_ texts: [String]) -> [String] {
            Structure.headings(texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }, kind: .minnesanteckningar).map(\.number)
        }
        var texts: [String] = []
        for number in 1...5 { texts += ["\(number). Punkt nummer \(number)", "Text.", ""] }
        texts += ["6. Varsel", "• Företaget kallade till förhandling enl.", "§ 11 MBL den 6/2 om att lägga ned nattskiftet.", "",
                  "7. Ekonomi", "Text.", ""]
        #expect(numbers(texts) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(numbers(["§ 4 Föregående protokoll", "Lades till handlingarna.", "", "§ 5 Lagen om valfrihet", "Text."]) == ["4", "5"])
        // A § of the minutes titled by the law it concerns, after a blank line or a finished sentence.
        #expect(numbers(["§ 3 Föregående protokoll", "Godkändes.", "", "§ 4 MBL", "Text.", "§ 5 LAS, turordningslistor", "Text."]) == ["3", "4", "5"])
        #expect(numbers(["§ 4 Föregående protokoll", "Ärendet prövas enligt", "§ 7 kap. 2 i lagen.", "", "§ 5 Övrigt", "Text."]) == ["4", "5"])
    }

    /// A meeting that moves points ("punkt 12 behandlas efter punkt 14") keeps their numbers; an
    /// inner list that starts again at 1 does not become points.
    @Test func pointsOutOfOrderButNotAnInnerList() {
        func numbers(_ texts: [String]) -> [String] {
            Structure.headings(texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }, kind: .protokoll).map(\.number)
        }
        var texts: [String] = []
        for number in [1, 2, 3, 4, 6, 5, 7] { texts += ["\(number). Punkt nummer \(number)", "Text.", ""] }
        #expect(numbers(texts) == ["1", "2", "3", "4", "6", "5", "7"])
        let inner = ["1. Mötets öppnande", "", "2. Val av justerare", "", "3. Motioner", "Två motioner hade kommit in:", "",
                     "1. Motion om utegym", "", "2. Motion om klubbhus", "", "5. Motion om bastu", "", "4. Övriga frågor", "", "5. Avslutning"]
        #expect(numbers(inner) == ["1", "2", "3", "4", "5"])
    }

    /// Markdown notes that number their topics and leave the last ones unnumbered: "## Övrigt" is a
    /// point of its own, numbered on, so its decision is not filed under the last numbered point.
    @Test func trailingUnnumberedMarkdownTopics() {
        let text = "# Minnesanteckningar\n\n## 1. Ekonomi\n\nKassan är god.\n\n## 2. Lotter\n\nStyrelsen beslutar att höja avgiften.\n\n"
            + "## Övrigt\n\nVi beslutade att köpa en ny nyckel.\n\n## Nästa möte\n\nTisdag 2 december.\n\n### Bilaga\n"
        let lines = MarkdownText.plain(text.components(separatedBy: "\n").enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
        let headings = Structure.headings(lines, kind: .minnesanteckningar)
        #expect(headings.map(\.number) == ["1", "2", "3", "4"])
        #expect(headings.map(\.rest) == ["Ekonomi", "Lotter", "Övrigt", "Nästa möte"])
        // Minutes in §§ end with their signatures, which are no point.
        let minutes = "# Protokoll\n\n## § 11 Ekonomi\n\nText.\n\n## § 12 Avslutning\n\nText.\n\n## Underskrifter\n\nAnna Berg\n"
        let signed = MarkdownText.plain(minutes.components(separatedBy: "\n").enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
        #expect(Structure.headings(signed, kind: .protokoll).map(\.number) == ["11", "12"])
    }

    /// A two-column roll list: the right column's person has a comma and a role after the party tag.
    @Test func aSecondPersonWithARoleInTheRightColumn() {
        let people = NameList.row(["Rebecka Lind (S) tjg ers för Mikael Strömgren (S)", "Gunilla Bergkvist (C), 2:e vice ordförande"])
        #expect(people.map(\.name) == ["Rebecka Lind", "Gunilla Bergkvist"])
        #expect(people.first?.organisation == nil)
        #expect(people.last?.role == "2:e vice ordförande")
        // An organisation with a role stays with the person before it.
        #expect(NameList.row(["Anna Berg", "Kvalitetslab, projektledare"]).map(\.name) == ["Anna Berg"])
        // A law's paragraph says why someone is a member; OCR's "SS 33 - 37" is §§ 33–37, a range.
        let byOffice = PersonEntry.parse("Kyrkoherde Mikael Sjöberg, ledamot enligt 4 kap. 2 § kyrkoordningen")
        #expect(byOffice?.paragraphs == nil)
        #expect(byOffice?.role == "kyrkoherde, ledamot enligt 4 kap. 2 § kyrkoordningen")
        #expect(PersonEntry.parse("Stadsarkitekt Per Ohlsson, SS 33 - 37")?.paragraphs == "§§ 33–37")
        #expect(PersonEntry.parse("Stadsarkitekt Per Ohlsson, SS 33 - 37")?.organisation == nil)
        #expect(PersonEntry.parse("Anna Berg, §§ 33 - 37")?.paragraphs == "§§ 33–37")
        // The §§ first, the law after: participation.
        #expect(PersonEntry.parse("Leif Ottosson (C), ej § 88 på grund av jäv enligt 6 kap. 28 § kommunallagen")?.paragraphs?.hasPrefix("ej § 88") == true)
        #expect(PersonEntry.parse("Karin Berg - socialchef")?.role == "socialchef")
        // A time the person took part is participation, as a § range is; the role stays the section's.
        #expect(NameList.row(["Yngve Carlsson", "C", "kl. 13.00–14.55"]).first?.paragraphs == "kl. 13.00–14.55")
        #expect(NameList.row(["Yngve Carlsson", "C", "kl. 13.00–14.55"]).first?.role == nil)
    }

    @Test func doubleSurnamesRolesWithAPlaceAndTheChairOfOneParagraph() {
        // "Ek" is a surname, not an agency's short form.
        #expect(PersonEntry.parse("Tomas Lindén Ek (M)")?.name == "Tomas Lindén Ek")
        // Chairing § 17 is a role: the person attends every §.
        let chair = PersonEntry.parse("Tomas Lindén Ek (M), 1:e vice ordförande, tjänstgörande ordförande § 17")
        #expect(chair?.paragraphs == nil)
        #expect(chair?.role == "1:e vice ordförande, tjänstgörande ordförande § 17")
        // A role, then the school with its capitals.
        let principal = PersonEntry.parse("Amir Jafari, rektor Tärnås naturbruksgymnasium, § 44")
        #expect(principal?.role == "rektor")
        #expect(principal?.organisation == "Tärnås naturbruksgymnasium")
        #expect(principal?.paragraphs == "§ 44")
        #expect(PersonEntry.parse("Sara Lund, ordförande i Valberedningen")?.role == "ordförande i valberedningen")
        let pupil = NameList.people(in: ["Wilma Sandberg, elevrepresentant, Siljebo gymnasium, §§ 38–44", "Helena Karlsson, sekreterare"])
        #expect(pupil.first?.organisation == "Siljebo gymnasium")
        #expect(pupil.first?.paragraphs == "§§ 38–44")
    }

    @Test func aShortNameOfTheBodyIsTheBody() {
        #expect(DocumentParser.fullName("Nämnden", body: "Bygg- och miljönämnden") == "Bygg- och miljönämnden")
        #expect(DocumentParser.fullName("Mötet", body: "Styrelsen") == "Styrelsen")
        #expect(DocumentParser.fullName("Stämman", body: "Föreningsstämman") == "Föreningsstämman")
        #expect(DocumentParser.fullName("Styrelsen", body: "Kommunstyrelsen") == "Kommunstyrelsen")
        // Another organ, or the parent of an utskott, is not the body.
        #expect(DocumentParser.fullName("Nämnden", body: "Socialnämndens arbetsutskott") == "Nämnden")
        #expect(DocumentParser.fullName("Kommunfullmäktige", body: "Kommunstyrelsen") == "Kommunfullmäktige")
    }

    @Test func notesWithRubricsForTopics() {
        let texts = ["Anteckningar från styrelsemöte", "", "Närvarande: Anna Berg, Per Ek", "", "Ekonomi", "", "Kassan är god. Vi beslutade att köpa en gräsklippare.", "",
                     "Medlemsfrågor", "", "Kön är 37 personer.", "", "Övrigt", "", "Inget."]
        let lines = texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        #expect(Structure.headings(lines, kind: .minnesanteckningar).map(\.rest) == ["Ekonomi", "Medlemsfrågor", "Övrigt"])
        #expect(Structure.headings(lines, kind: .protokoll).isEmpty)
    }

    @Test func anOCRDollarSignIsTheMissingParagraphSign() {
        let texts = ["§ 28", "Klagomål", "Text.", "", "$ 29", "Verksamhetsplan för 1994", "Text.", "", "§ 30", "Information", "", "$ 5 000 i avgift"]
        let lines = texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        #expect(Structure.headings(lines, kind: .protokoll).map(\.number) == ["28", "29", "30"])
        // "S 38" too, between § 37 and § 39; "S 5" elsewhere is text.
        let typed = ["§ 37  Plan", "Text.", "", "S 38  Rivningslov", "Nämnden beviljade rivningslov.", "", "§ 39  Meddelanden", "S 5 är en väg."]
        let typedLines = typed.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        #expect(Structure.headings(typedLines, kind: .protokoll).map(\.number) == ["37", "38", "39"])
        // A citation's § wrapped to the line start under a line ending in a comma goes on the sentence.
        let cited = ["§ 126  Riktlinjer", "Socialnämnden antog riktlinjerna den 23 november 2022,",
                     "§ 98. Förvaltningen har sett över riktlinjerna mot bakgrund av ny rättspraxis.", "", "§ 127  Avslutning"]
        let citedLines = cited.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        #expect(Structure.headings(citedLines, kind: .protokoll).map(\.number) == ["126", "127"])
    }

    @Test func inAListOfAPersonALineWhatFollowsTheCommaIsNoOtherPerson() {
        let column = """
        Lena Sjöholm-Eriksson, Region
        Västernorrland, ordförande
        Per-Olof Hedlund, Sundsvalls kommun,
        vice ordförande (ej § 41)
        Ylva Grahn, Arbetsförmedlingen
        Gunilla Rask-Mattsson, Funktionsrätt
        Västernorrland (adjungerad,
        endast yttranderätt)
        Jonas Bergqvist, processledare Steget Vidare, § 41
        """
        let people = NameList.people(inProse: column)
        #expect(people.map(\.name) == ["Lena Sjöholm-Eriksson", "Per-Olof Hedlund", "Ylva Grahn", "Gunilla Rask-Mattsson", "Jonas Bergqvist"])
        #expect(people.dropFirst(3).first?.organisation == "Funktionsrätt Västernorrland")
        #expect(people.last?.paragraphs == "§ 41")
        // A name between the first and the organisation they share is a second person.
        #expect(NameList.people(inProse: "Tobias Engström, förbundschef\nLena Ek, Anders Berg, Timrå kommun\nYlva Grahn, Arbetsförmedlingen\nPer Holm, Sundsvalls kommun").map(\.name)
                == ["Tobias Engström", "Lena Ek", "Anders Berg", "Ylva Grahn", "Per Holm"])
        // A running list wrapped over lines, or names with party tags of their own, stay people.
        #expect(NameList.people(inProse: "Anna Berg, Erik Lund,\nKarin Ek, Per Holm,\nLars Ås, Eva Ny").count == 6)
        #expect(NameList.people(inProse: "Anna Berg (S), ordförande\nKarin Ek (M), Per Holm (M)\nLars Ås (C), vice ordförande").map(\.name)
                == ["Anna Berg", "Karin Ek", "Per Holm", "Lars Ås"])
    }
    /// Typed minutes: a label broken after its first word ("Dessutom" / "närvarande:"), and a
    /// suppleant serving for a member named on the next line after "för herr".
    @Test func aBrokenLabelAndAReplacedMemberOnTheNextLine() throws {
        let text = """
            PROTOKOLL
            Byggnadsnämnden 1978-03-14

            Närvarande:    Herr ordföranden Gösta Lindahl (c)
                           Fru Ingrid Sahlström (s)
                           Herr Allan Viklund (fp), tjg suppleant för herr
                           Bertil Åhs (m)

            Dessutom
            närvarande:    Byggnadsinspektör Rune Falk
                           Assistent Karin Modig, sekreterare

            § 31           Justering.

                           Nämnden beslöt att godkänna.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "typed.txt")
        #expect(d.attendance.map(\.name) == ["Gösta Lindahl", "Ingrid Sahlström", "Allan Viklund", "Rune Falk", "Karin Modig"])
        #expect(d.attendance.filter(\.deciding).map(\.name) == ["Gösta Lindahl", "Ingrid Sahlström", "Allan Viklund"])
        #expect(d.attendance.first { $0.name == "Allan Viklund" }?.replaces == "Bertil Åhs")
    }
    /// A board's own notes name members by first name: the reservation, the jäv and the adjuster are
    /// the one member with that first name; a first name two members share names no one.
    @Test func membersNamedByFirstNameInABoardsNotes() throws {
        let text = """
            PROTOKOLL STYRELSEMÖTE

            Datum: 2025-10-14
            Närvarande: Karin Lövgren (ordf), Mehmet Yilmaz (kassör), Sara Holm (sekr), Olle Bergström, Olle Ek

            1. Val av justerare
            Mehmet valdes att jämte ordföranden justera protokollet.

            2. Stambyte
            Mehmet anmälde jäv och lämnade rummet under beslutet.
            Beslut: att anlita Rörkraft AB som entreprenör.
            Sara reserverade sig mot beslutet.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "notes.txt")
        #expect(d.adjusters == ["Mehmet Yilmaz"])
        #expect(d.attendance.first { $0.name == "Mehmet Yilmaz" }?.paragraphs == "ej § 2")
        #expect(d.paragraphs.last?.reservations.first?.names == ["Sara Holm"])
        let attendance = d.attendance
        // "Jonas valdes till ordförande och Lisa till justerare": the words before the verb are not elected to adjust.
        #expect(AdjusterParser.electedSpan("Jonas valdes till ordförande och Lisa till justerare.") == nil)
        #expect(AdjusterParser.electedSpan("Lisa valdes till justerare.") == "Lisa")
        // Who is jävig, not who told it; a question is no jäv.
        var board = [Attendee(name: "Sara Holm", deciding: true), Attendee(name: "Olle Bergström", deciding: true)]
        Disqualification.apply(to: &board, paragraphs: [Paragraph(number: "3", text: "Sara anmälde att Olle är jävig. Olle lämnade rummet.", line: 1),
                                                        Paragraph(number: "4", text: "Styrelsen diskuterade om Olle var jävig men fann att så inte är fallet.", line: 2)])
        #expect(board.map(\.paragraphs) == [nil, "ej § 3"])
        #expect(SurnameReference.resolve("Olle", in: attendance) == nil)
        let signed = ["Justeras", "", "Ulf Berggren, ordförande      Lena Ståhl", "", "Justerat i Sjövik den 25 april 2024"]
            .enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        #expect(SignatureBlock.adjustedOn(lines: ArraySlice(signed), meetingYear: 2024) == Adjustment(date: "2024-04-25", place: "Sjövik"))
        #expect(SurnameReference.resolve("Holm", in: attendance) == "Sara Holm")
    }
    /// An årsmöte whose front page says "43 röstberättigade medlemmar enligt röstlängd, se § 2": the
    /// table in § 2 names the deciding members, several to a cell; the address column and the Summa
    /// row name no one. "Årsmötesprotokoll 2025 – Lokala hyresgästföreningen Granlunda" names the
    /// association after the dash.
    @Test func theRostlangdTableNamesTheDecidingMembers() throws {
        let text = """
            # Årsmötesprotokoll 2025 – Lokala hyresgästföreningen Granlunda

            **Datum:** onsdagen den 12 mars 2025
            **Närvarande:** 5 röstberättigade medlemmar enligt röstlängd, se § 2
            **Övriga närvarande:** Göran Sandahl, ombudsman

            ## §1 Mötets öppnande

            Ordföranden förklarade årsmötet öppnat.

            ## §2 Fastställande av röstlängd

            | Hus | Närvarande röstberättigade medlemmar | Antal |
            |---|---|---|
            | Granlundavägen 2 | Leif Grankvist, Siv Grankvist, Amina Warsame | 3 |
            | Bergsmansgatan 1 | Kent Åkesson, Marija Kovač | 2 |
            | **Summa** | | **5** |

            **Beslut:** Årsmötet fastställde röstlängden till 5 röstberättigade medlemmar.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "arsmote.md")
        #expect(d.attendance.filter(\.deciding).map(\.name) == ["Leif Grankvist", "Siv Grankvist", "Amina Warsame", "Kent Åkesson", "Marija Kovač"])
        #expect(d.attendance.first { $0.name == "Göran Sandahl" }?.deciding == false)
        #expect(d.organisation == "Lokala hyresgästföreningen Granlunda")
        // Members a proxy stood for ("Företräder genom fullmakt") were not there.
        let proxies = """
            # Protokoll fört vid ordinarie föreningsstämma i Brf Solrosen

            **Datum:** torsdagen den 22 maj 2025, kl. 19.00
            **Närvarande:** 6 röstberättigade medlemmar, varav 2 genom ombud, enligt röstlängd i § 2

            ## §1 Stämmans öppnande

            Ordföranden förklarade stämman öppnad.

            ## §2 Upprättande av röstlängd

            | Lgh | Närvarande medlem | Företräder genom fullmakt |
            |---|---|---|
            | 1101 | Leif Grankvist | Siv Grankvist |
            | 1102 | Amina Warsame | |
            | 1201 | Kent Åkesson | Marija Kovač |

            **Beslut:** Stämman godkände röstlängden.
            """
        let stamma = try ProtokollParser.parse(Data(proxies.utf8), fileName: "proxies.md")
        #expect(stamma.attendance.filter(\.deciding).map(\.name) == ["Leif Grankvist", "Amina Warsame", "Kent Åkesson"])
    }
}

@Suite struct VotingRegisterTests {
    /// A company's årsstämma: its one shareholder's ombud in the röstlängd decides, and those "närvarande
    /// vid stämman utan att vara aktieägare" are there without a vote.
    @Test func aCompanysShareholderAndThoseThereBesides() throws {
        let text = """
            Protokoll fört vid årsstämma i Bostads AB Hyttan i Norberg torsdagen den 27 april 2023 kl. 17.00

            § 1       Stämmans öppnande

                      Styrelsens ordförande Marie-Louise Tallberg förklarade årsstämman öppnad.

            § 3       Upprättande och godkännande av röstlängd

                      Upprättades följande förteckning över närvarande aktieägare, vilken
                      godkändes att gälla som röstlängd vid stämman:

                      Aktieägare                  Företrädd genom               Aktier      Röster
                      Norbergs kommun             Per-Anders Wikström (S),      15 000      15 000
                      org.nr 212000-2130          ombud enligt fullmakt
                      Summa                                                     15 000      15 000

                      Antecknades vidare att följande personer var närvarande vid stämman utan att
                      vara aktieägare:

                      Ann-Sofie Brandt (C)            ersättare för ombudet
                      Marie-Louise Tallberg (S)       styrelsens ordförande
                      Katarina Hjort-Sundin           verkställande direktör

            § 4       Val av justeringsperson

                      Till att jämte ordföranden justera dagens protokoll valdes Ann-Sofie Brandt.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "stamma.txt")
        #expect(d.attendance.map { [$0.name, $0.role] } == [["Per-Anders Wikström", "ombud för Norbergs kommun"], ["Ann-Sofie Brandt", "ersättare för ombudet"],
                                                            ["Marie-Louise Tallberg", "styrelsens ordförande"], ["Katarina Hjort-Sundin", "verkställande direktör"]])
        #expect(d.attendance.map(\.deciding) == [true, false, false, false])
        #expect(d.attendance.first?.party == "S")
        // Who was present at another, dated meeting is no attendance of this one.
        let other = "Protokoll fört vid styrelsemöte i Kvarnby hembygdsförening\n\n§ 1 Rapporter\n\nVid Hembygdsförbundets höstmöte den 3 september 2023 var följande personer närvarande:\n\nAnna Ek\nPer Berg\nEva Lind\n\n§ 2 Beslut\n\nStyrelsen beslutade att anta planen."
        #expect(try ProtokollParser.parse(Data(other.utf8), fileName: "other.txt").attendance.isEmpty)
    }

    /// A council whose front page says "Beslutande: se upprop § 1", and § 1's roll in groups under
    /// their own headings, one of them split by a page break: every group counts, each as its heading
    /// says, and the roll ends where the names do.
    @Test func anUppropRollInGroupsUnderHeadings() throws {
        let text = """
            PROTOKOLL
            Kyrkofullmäktige i Ödeby pastorat
            Sammanträdesdatum 2024-05-14

            Beslutande                Se upprop § 1
            Sekreterare               Agneta Fors

            § 1                Upprop

            Upprop förrättas. Följande ledamöter och ersättare är närvarande:

               Ledamöter                          Nomineringsgrupp     Anmärkning
               Olof Rask                          S                    ordförande
               Britt-Inger Alm                    POSK
               Jonas Lidberg                      C

               Tjänstgörande ersättare
               Petra Sand                         S                    för Kurt Ivarsson (S)

               Mats Öhman                         POSK                 för Sara Bring (POSK)

               Ej tjänstgörande ersättare
               Hilda Rapp                         C

               Frånvarande ledamöter
               Kurt Ivarsson                      S
               Sara Bring                         POSK

            Kyrkoherde Tomas Ljung närvarar enligt kyrkoordningen.

            Nomineringsgrupper: S = Socialdemokraterna, POSK = Partipolitiskt obundna i Svenska kyrkan,
            C = Centerpartiet.

            Vid uppropet är samtliga mandat besatta. Fullmäktige är beslutfört.

            § 2                Budget 2025

            Kyrkofullmäktige beslutar att fastställa budgeten.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "upprop.txt")
        #expect(d.attendance.filter(\.deciding).map(\.name) == ["Olof Rask", "Britt-Inger Alm", "Jonas Lidberg", "Petra Sand", "Mats Öhman"])
        #expect(d.attendance.first { $0.name == "Mats Öhman" }?.replaces == "Sara Bring")
        #expect(d.attendance.first { $0.name == "Hilda Rapp" }.map { [$0.deciding ? "deciding" : "not", $0.role ?? ""] } == ["not", "ersättare"])
        #expect(!d.attendance.contains { ["Kurt Ivarsson", "Sara Bring", "Tomas Ljung"].contains($0.name) })
        // Away for one § only: there for the others.
        let partly = text.replacingOccurrences(of: "Jonas Lidberg                      C", with: "Jonas Lidberg                      C                    förhinder § 2")
        #expect(try ProtokollParser.parse(Data(partly.utf8), fileName: "upprop.txt").attendance.first { $0.name == "Jonas Lidberg" }?.paragraphs == "ej § 2")
        // A "Närvaro" column marking one away: she was not there.
        let marked = text.replacingOccurrences(of: "Britt-Inger Alm                    POSK", with: "Britt-Inger Alm                    POSK                 Förhinder")
        #expect(try ProtokollParser.parse(Data(marked.utf8), fileName: "upprop.txt").attendance.filter(\.deciding).map(\.name)
                == ["Olof Rask", "Jonas Lidberg", "Petra Sand", "Mats Öhman"])
    }

    /// "Närvarande: 23 röstberättigade medlemmar enligt röstlängd, bilaga 1." with the röstlängd after
    /// the signatures: its table names those who decided; a member voting through an ombud is the
    /// ombud there.
    @Test func aRostlangdInABilagaAfterTheSignatures() throws {
        let text = """
            GNARPSÅNS FISKEVÅRDSOMRÅDESFÖRENING
            PROTOKOLL fört vid ordinarie årsstämma den 28 april 2019

            Närvarande:\t4 röstberättigade medlemmar enligt röstlängd, bilaga 1.

            1. Stämmans öppnande
            Ordföranden förklarade stämman öppnad.

            2. Val av justerare
            Till justerare valdes Lars-Åke Nordin och Kerstin Wiberg-Lund.

            3. Fiskeregler
            Stämman beslutade att förbjuda nätfiske i mynningsområdet under maj.

            Justeras:

            Lars-Åke Nordin\tKerstin Wiberg-Lund

            Bilaga 1
            RÖSTLÄNGD ÅRSSTÄMMA 2019-04-28

            Nr\tFastighet\tMedlem / ombud\tAndelstal
            1\tMellanfjärden 1:33\tHolmen Skog AB genom ombud Mattias Fjällström\t0,2310
            2\tGnarps-Berge 5:7\tKjell-Arne Persson\t0,0312
            3\tLönnånger 7:1\tLars-Åke Nordin\t0,0126
            4\tNorrfjärden 2:21\tKerstin Wiberg-Lund\t0,0214
            Summa närvarande andelstal\t0,2962

            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "stamma.txt")
        #expect(d.attendance.map(\.name) == ["Mattias Fjällström", "Kjell-Arne Persson", "Lars-Åke Nordin", "Kerstin Wiberg-Lund"])
        #expect(d.attendance.allSatisfy { $0.deciding })
        #expect(d.attendance.first?.role == "ombud för Holmen Skog AB")
        // A table aligned with spaces, with a "Närv." column: a row without its X was not there, and
        // "Ombud: …" is the one who was.
        let aligned = text.replacingOccurrences(of: """
            Nr\tFastighet\tMedlem / ombud\tAndelstal
            1\tMellanfjärden 1:33\tHolmen Skog AB genom ombud Mattias Fjällström\t0,2310
            2\tGnarps-Berge 5:7\tKjell-Arne Persson\t0,0312
            3\tLönnånger 7:1\tLars-Åke Nordin\t0,0126
            4\tNorrfjärden 2:21\tKerstin Wiberg-Lund\t0,0214
            """, with: """
            Lgh nr  Bostadsrättshavare                     Närv.  Ombud / anmärkning
            1001    Elin Sahlin och Robert Sahlin          X
            1004    Marcus Alm                                    Ombud: Linnea Alm (make/maka)
            1101    Gunilla Ahlqvist-Berg                  X
            1307    Oskar Malmgren                                Fullmakt underkänd, ej företrädd
            """)
        let register = try ProtokollParser.parse(Data(aligned.utf8), fileName: "brf.txt")
        #expect(register.attendance.map(\.name) == ["Elin Sahlin", "Robert Sahlin", "Linnea Alm", "Gunilla Ahlqvist-Berg"])
        #expect(register.attendance.first { $0.name == "Linnea Alm" }?.role == "ombud för Marcus Alm")
    }
}
