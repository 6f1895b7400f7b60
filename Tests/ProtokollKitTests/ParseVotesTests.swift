import Foundation
import Testing
@testable import ProtokollKit

@Suite struct VoteParserTests {
    func counts(_ text: String) -> [[Int?]] {
        VoteParser.votes(in: text.components(separatedBy: "\n")).map { [$0.yes, $0.no, $0.abstained, $0.absent] }
    }

    @Test(arguments: [
        ("Med 13 ja-röster mot 9 nej-röster, 2 ledamöter avstår, beslutar fullmäktige att bifalla förslaget.", [13, 9, 2, nil]),
        ("Ja-röster 31, Nej-röster 18, Avstår 2 (omröstningsprotokoll, bilaga 2).", [31, 18, 2, nil]),
        ("Ja-röster: 25, Nej-röster: 20, Avstod: 2", [25, 20, 2, nil]),
        ("Yilmaz och Pia Lund röstade för bordläggning. Med 5 röster mot 2 beslutade styrelsen att avgöra ärendet.", [5, 2, nil, nil]),
        ("Med 4 ja-röster mot 1 nej-röst och 1 som avstår beslutar direktionen att ärendet ska avgöras i dag.", [4, 1, 1, nil]),
        ("Med 3 ja-röster mot 1 nej-röst beslutar utskottet enligt förslaget. En ledamot avstår från att rösta.", [3, 1, 1, nil]),
        ("Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen att anvisa\n42,5 miljoner kronor.", [8, 5, nil, nil]),
        ("Summa: Ja 38   Nej 30   Avstår 3   Frånvarande 0", [38, 30, 3, 0]),
        // In prose, as associations and older minutes write it: the first proposal counted is ja.
        ("Votering skedde genom\nhanduppräckning. 9 röstade för motionen, 14 röstade för styrelsens förslag och\n1 avstod.", [9, 14, 1, nil]),
        ("Vi röstade med handuppräckning. Fyra röstade för och en emot; Lisa och Omar ville vänta.", [4, 1, nil, nil]),
        ("Efter votering, där ordf:s förslag erhöll 5 röster och Juhani Mäkeläs förslag 3 röster, beslöt styrelsen att godta överenskommelsen.", [5, 3, nil, nil]),
        ("Sen röstade vi om söndagsöppet. Handuppräckning:\n  - För: 4\n  - Emot: 4\n  - La ner: 1", [4, 4, 1, nil]),
        ("Vid handuppräckning röstade fem ledamöter för att avgöra\närendet i dag och två ledamöter, Håkan Lindh och Patrik Nordenfelt, för\nåterremiss.", [5, 2, nil, nil]),
        ("Vid voteringen avgavs\n6 röster för förslaget och 4 för Gunnel Åkerbloms förslag.", [6, 4, nil, nil]),
        ("9 röster avgavs för bifall till motionen\noch 14 röster för styrelsens förslag.", [9, 14, nil, nil]),
        // The older plural of the 1950s and 60s.
        ("Vid därefter företagen omröstning avgåvos 5 röster för bifall till\nförslaget och 3 röster för avslag därå.", [5, 3, nil, nil]),
        ("Vid omröstningen befanns att 6 röster avgåvos för herr Lindbergs förslag och\n2 röster för avslag.", [6, 2, nil, nil]),
        // A samfällighet votes by andelstal.
        ("Omröstningen gällde styrelsens förslag att\navslå motionen. Efter rösträkning röstade 41 andelar för och 27 emot.", [41, 27, nil, nil]),
        ("Röstsiffror: 4 ja (bifall), 3 nej (avslag), 1 nedlagd röst.", [4, 3, 1, nil]),
        // A board's own notes, and a stämma counting hands for avslag and bifall (bifall is ja).
        ("• Vi röstade om förslaget: 5 för, 1 emot (Mats-Olof). Erik röstade via Teams.", [5, 1, nil, nil]),
        ("Votering genomfördes genom\nhanduppräckning. För avslag röstade 14, för bifall 7, medan\n2 avstod från att rösta.", [7, 14, 2, nil]),
        ("För styrelsens förslag röstade 12, för motionen 9.", [12, 9, nil, nil]),
        // Who abstained, in parentheses before the verb.
        ("Votering efter huvudtal gav 9 ja-röster och 13 nej-röster.\nEn röstberättigad (Nordanstigs kommun) avstod.", [9, 13, 1, nil]),
        // The count, then the decision restating it ("således"): one vote.
        ("Voteringen genomfördes. 41\nröster avgavs för styrelsens förslag och 6 röster emot. En röstberättigad avstod från att\nrösta.\n\nStämman beslutade således med 41 röster mot 6, vilket överstiger två tredjedelar, att anta stadgarna.", [41, 6, 1, nil]),
        // A tabulated result, then the sentence that states the same vote.
        ("Rösträknarna redovisade följande resultat:\nFör styrelsens förslag:\t19 röster\nFör avslag:\t4 röster\nAvstod:\t0\n\nStämman beslutade med 19 röster mot 4, dvs. mer än två tredjedelar,", [19, 4, 0, nil]),
    ] as [(String, [Int?])])
    func statedResults(text: String, expected: [Int?]) {
        #expect(counts(text) == [expected])
    }

    /// Two votes of one § with the same counts stay two when "därmed" only stands in the sentence.
    @Test func twoVotesWithTheSameCounts() {
        let text = "Med 4 röster mot 3 beslutade styrelsen att avgöra ärendet i dag.\nMed 4 röster mot 3 beslutade styrelsen därmed att sälja fastigheten."
        #expect(counts(text) == [[4, 3, nil, nil], [4, 3, nil, nil]])
    }

    @Test(arguments: [
        "Röstlängden omfattar 84 fastigheter för vilka avgift betalats.", "Röstlängden fastställdes till 42 medlemmar mot 38 vid förra årsmötet.",
        "Ja-röst för bifall till förvaltningens förslag, nej-röst för bifall till Lars Brinks yrkande.",
        "Omröstning begärs och verkställs. Ja för bifall till kommunstyrelsens förslag, nej för bifall till motionen.",
        "Två ledamöter avstår från att delta i beslutet.",
        "Nämnden beslutar att bevilja 13 ansökningar och avslå 2.",
        "Styrelsen röstade för förslaget. Kostnaden blir 300 för varje lägenhet.",
        "Budget per år:\nFör: 2025 avsätts medel.\nEmot bakgrund av detta.",
        "Röstlängden upptog 40 röstberättigade. För bifall till förslaget krävs 27 procent av rösterna.",
        // Shares by andelstal are no counts of votes.
        "Omröstningen genomfördes med upprop och gav följande resultat:\n\tJa\t0,2970\n\tNej\t0,1956\n\tAvstod\t0,0190",
        "Enkäten besvarades av 48 medlemmar, varav 31 för, 17 emot en utbyggnad av garaget.",
    ])
    func noVote(text: String) {
        #expect(counts(text).isEmpty)
    }

    /// A roll call whose header names only the vote columns ("Ja  Nej  Avstår" over the marks, no
    /// "Namn" over the names), as it stands in the § with its indentation, and repeated after a
    /// page break.
    @Test func aRollCallHeaderWithoutANameColumn() {
        let lines = ["Omröstningsresultat", "                                Ja     Nej    Avstår", "Karin Ljunggren (S)             X",
                     "Fredrik Åström (M)                     X", "", "                                Ja     Nej    Avstår",
                     "Dan Ekholm (SD)                               X", "Summa                           1      1      1"]
        let votes = VoteParser.votes(in: lines)
        #expect(votes.map { [$0.yes, $0.no, $0.abstained] } == [[1, 1, 1]])
        #expect(votes.first?.ballots.map(\.vote) == [.yes, .no, .abstained])
    }

    /// Two votes in one §: the procedural vote on återremiss, then the vote on the matter.
    /// Two votes of one § with the same counts stay two; only a tabulated result is restated. A
    /// budget line "För år 2025: 12 …" is no count.
    @Test func sameCountsTwiceAndBudgetLines() {
        let text = "Först röstades om återremiss. Med 7 röster mot 4 beslutades att ärendet ska avgöras i dag.\nDärefter röstades om motionen. Med 7 röster mot 4 beslutades att avslå motionen."
        #expect(counts(text) == [[7, 4, nil, nil], [7, 4, nil, nil]])
        #expect(counts("Fullmäktige beslutade utan omröstning att anta ramarna.\nFör år 2025: 12 miljoner kronor\nFör år 2026: 14 miljoner kronor").isEmpty)
    }

    @Test func twoVotesInOneParagraph() {
        let text = "Med 6 ja-röster mot 3 nej-röster beslutar nämnden att avgöra ärendet i dag.\nDärefter ställs proposition.\nMed 5 ja-röster mot 4 nej-röster beslutar nämnden enligt förslaget."
        #expect(counts(text) == [[6, 3, nil, nil], [5, 4, nil, nil]])
    }

    /// A voting list with a party column before "Ja" a single space away, two members a row, and the
    /// substitute who voted in parentheses after the member.
    @Test func aVotingListWithPartyColumnsAndSubstitutes() throws {
        let lines = [
            "Ledamot (tjg ersättare)        Parti Ja  Nej  Avst    Ledamot (tjg ersättare)        Parti Ja  Nej  Avst",
            "Bo Granlund, ordf.             S     X                Erik Vallin                    M     X",
            "Mikael Ek (Rebecka Lind)       S     X                Leif Granath (Patrik Sundell)  SD        X",
            "Maria Öhman                    M     X                Jonas Hägglund                 L              X",
        ]
        let vote = try #require(VoteParser.votes(in: lines).first)
        #expect(vote.ballots.map(\.name) == ["Bo Granlund", "Erik Vallin", "Rebecka Lind", "Patrik Sundell", "Maria Öhman", "Jonas Hägglund"])
        #expect(vote.ballots.map(\.vote) == [.yes, .yes, .yes, .no, .yes, .abstained])
        #expect(vote.ballots.map(\.party) == ["S", "M", "S", "SD", "M", "L"])
        #expect([vote.yes, vote.no, vote.abstained] == [4, 1, 1])
    }

    /// A space-aligned roll call with an X under the column voted, two members a row, and the stated
    /// result it adds up to.
    @Test func aRollCallTableWithTwoMembersARow() throws {
        let lines = [
            "Med 3 ja-röster mot 2 nej-röster, 1 avstår, beslutar fullmäktige enligt förslaget.",
            "",
            "Ledamot                 Ja  Nej Avst    Ledamot                 Ja  Nej Avst",
            "Anna Ek (S)             X               Per Berg (M)                 X",
            "Lisa Holm (S)           X               Kent Ström (SD)              X",
            "Olle Nord (C)           X               Eva Ahl (L)                      X",
        ]
        let votes = VoteParser.votes(in: lines)
        let vote = try #require(votes.first)
        #expect(votes.count == 1)
        #expect([vote.yes, vote.no, vote.abstained] == [3, 2, 1])
        #expect(vote.ballots.map(\.name) == ["Anna Ek", "Per Berg", "Lisa Holm", "Kent Ström", "Olle Nord", "Eva Ahl"])
        #expect(vote.ballots.map(\.vote) == [.yes, .no, .yes, .no, .yes, .abstained])
        #expect(vote.ballots.first?.party == "S")
    }

    /// "Ja-röster: …," goes on after a page break and a "§ 16 forts." line; the lists and the
    /// stated result are one vote.
    @Test func labelledListsAcrossAPageBreak() throws {
        let lines = [
            "Ja-röster: Kristina Lövgren (S), Leila Haddad (S),", "", "§ 16 forts.", "", "Rut Sjöberg (C)",
            "Nej-röster: Bengt Ohlsson (SD)", "Avstår: Anders Pettersson (M)", "",
            "Med 3 ja-röster mot 1 nej-röst beslutar individutskottet enligt förvaltningens förslag.",
        ]
        let votes = VoteParser.votes(in: lines)
        #expect(votes.count == 1)
        let vote = try #require(votes.first)
        #expect(vote.ballots.filter { $0.vote == .yes }.map(\.name) == ["Kristina Lövgren", "Leila Haddad", "Rut Sjöberg"])
        #expect([vote.yes, vote.no, vote.abstained] == [3, 1, 1])
    }

    /// "Name (S) - JA" a line, and no stated result: the ballots count.
    @Test func oneVoterALine() throws {
        let lines = ["Omröstning:", "Anna Ek (S) - JA", "Per Berg (M) - NEJ", "Mona Berglund (V) - AVSTÅR", "Lisa Holm (S) - JA"]
        let vote = try #require(VoteParser.votes(in: lines).first)
        #expect([vote.yes, vote.no, vote.abstained] == [2, 1, 1])
        #expect(vote.ballots.count == 4)
    }
}

/// A stämma with poströstning gives each result as a table of counts: the postal votes, those at the
/// meeting, and their total.
@Suite struct CountTableTests {
    @Test func theTotalRowIsTheResult() throws {
        let lines = ["Röstresultat:", "\t\tJa\tNej\tAvstår", "Poströster\t17\t1\t1", "Vid stämman\t11\t0\t1", "Totalt\t\t28\t1\t2", "",
                     "Stämman beslutade att fastställa balansräkningen."]
        let vote = try #require(VoteParser.votes(in: lines).first)
        #expect([vote.yes, vote.no, vote.abstained] == [28, 1, 2])
        #expect(VoteParser.votes(in: lines).count == 1)
        // Rows without a total state no one result; a table of amounts is no vote.
        #expect(VoteParser.countTables(in: ["\tJa\tNej", "Poströster\t17\t1", "Vid stämman\t11\t0"]).isEmpty)
        #expect(VoteParser.countTables(in: ["\tBudget\tUtfall", "Totalt\t100\t90"]).isEmpty)
    }
}

@Suite struct ReservationParserTests {
    func reservations(_ text: String, heading: String? = nil) -> [Reservation] {
        let blocks = text.components(separatedBy: "\n\n").map { DecisionParser.Block(lines: $0.components(separatedBy: "\n")) }
        return ReservationParser.reservations(in: [(heading, .narrative, blocks)])
    }

    @Test(arguments: [
        ("Mot beslutet reserverar sig Amir Karimi (V) och Ylva Hägg (MP).", ["Amir Karimi", "Ylva Hägg"]),
        ("Kent Wallin (SD) och Ingvar Sjödin (M) reserverar sig mot beslutet till förmån för eget yrkande.", ["Kent Wallin", "Ingvar Sjödin"]),
        ("Ahmed Yilmaz anmälde avvikande mening mot beslutet (bilaga 2).", ["Ahmed Yilmaz"]),
        ("Vänsterpartiets ledamöter reserverar sig mot beslutet.", []),
    ])
    func whoReserved(text: String, names: [String]) {
        #expect(reservations(text).map(\.names) == [names])
        #expect(reservations(text).first?.text == text)
    }

    /// "anmälde en reservation", "anmälde var för sig reservationer": party groups reserving.
    @Test(arguments: ["C-ledamoten anmälde en reservation.", "S-, V- och MP-ledamöterna anmälde var för sig\nreservationer.",
                      "Hugo Ekdahl anmälde skriftlig reservation, se bilaga 3."])
    func aGroupReportingReservations(text: String) {
        #expect(reservations(text).count == 1)
    }

    /// Under a "Reservation" rubric, names alone are those reserving; a digital signature line after
    /// the reservation is told ("Signerat digitalt: Anna Ek 2025-03-11 11:38, …") is no reservation.
    @Test func namesUnderTheRubricButNotTheSignatures() {
        #expect(reservations("Anna Ek (M), Per Berg (M)", heading: "Reservation").map(\.names) == [["Anna Ek", "Per Berg"]])
        let signed = reservations("Ulla Holm (M) reserverar sig mot beslutet.\n\nSignerat digitalt: Anna Ek 2025-03-11 11:38, Per Berg\n2025-03-11 11:41, Lisa Holm 2025-03-11 11:44",
                                  heading: "Reservation")
        #expect(signed.map(\.names) == [["Ulla Holm"]])
    }

    /// "X instämmer i reservationen": one more name to the reservation before it.
    @Test func aMemberJoiningTheReservation() {
        let found = reservations("Per-Olof Grahn (M) och Gustaf af Klinteberg (M) reserverar sig mot beslutet till förmån för eget yrkande. Jonas Ekerot (SD) instämmer i reservationen.")
        #expect(found.map(\.names) == [["Per-Olof Grahn", "Gustaf af Klinteberg", "Jonas Ekerot"]])
        // With no reservation before it, joining one names no reservation.
        #expect(reservations("Jonas Ekerot (SD) instämmer i reservationen.").isEmpty)
    }

    /// A Riksdag committee numbers its reservations and names the authors by party tag: the group is
    /// the members of those parties who decided at the meeting.
    @Test func numberedReservationsByPartyTagGroups() {
        let found = reservations("Reservation 1 av S-ledamöterna om nyckelbiotoper.\nReservation 2 av V- och MP-ledamöterna om skydd av skog.")
        #expect(found.map(\.text) == ["Reservation 1 av S-ledamöterna om nyckelbiotoper.", "Reservation 2 av V- och MP-ledamöterna om skydd av skog."])
        #expect(ReservationParser.partyTagGroups(in: "Reservation 2 av V- och MP-ledamöterna om skydd") == ["V", "MP"])
        #expect(ReservationParser.partyTagGroups(in: "C-ledamoten anmälde avvikande mening") == ["C"])
        #expect(ReservationParser.partyTagGroups(in: "Reservation av Anna-Lena Ek (S)") == [])
        // Without a number, "Reservation av medel" is money set aside.
        #expect(reservations("Reservation av medel för underhåll av Bo Eks förening.").isEmpty)
        var paragraphs = [Paragraph(number: "4", reservations: found, line: 1)]
        let attendance = [
            Attendee(name: "Dag Sundelius", deciding: true, party: "S"), Attendee(name: "Ulrika Holm", deciding: true, party: "V"),
            Attendee(name: "Rebecka Fält", deciding: true, party: "MP"), Attendee(name: "Erik Ek", deciding: true, party: "M"),
            // A member who left after § 3, and one who came at § 4: only the second took part in § 4.
            Attendee(name: "Olle Nord", deciding: true, party: "S", paragraphs: "§§ 1–3"),
            Attendee(name: "Kim Sjö", deciding: true, party: "V", paragraphs: "fr.o.m. § 4"),
        ]
        ReservationParser.namingPartyGroups(&paragraphs, attendance: attendance)
        #expect(paragraphs[0].reservations.map(\.names) == [["Dag Sundelius"], ["Ulrika Holm", "Rebecka Fält", "Kim Sjö"]])
    }

    @Test func namesAloneUnderTheRubric() {
        #expect(reservations("Anna Ek (M), Per Berg (M)", heading: "Reservationer").map(\.names) == [["Anna Ek", "Per Berg"]])
    }

    @Test func aProtokollsanteckningIsNoReservation() {
        #expect(reservations("Anders Pettersson (M) anmäler följande protokollsanteckning: ”Vi reserverar oss inte.”").isEmpty)
        #expect(reservations("Beslutet fattades utan reservationer.").isEmpty)
    }

    /// "Reservation anfördes av …" is a reservation; the same words negated are none, while a
    /// reservation against a decision "att inte …" stays one.
    @Test func theNounFormAndItsNegation() {
        #expect(reservations("Reservation anfördes av Per Bäckström (M) och Ingrid Ek (M).").map(\.names) == [["Per Bäckström", "Ingrid Ek"]])
        #expect(reservations("Någon reservation anmäldes inte.").isEmpty)
        #expect(reservations("Reservation anfördes ej.").isEmpty)
        #expect(reservations("Tommy Kask (S) reserverar sig mot beslutet att inte återremittera ärendet.").map(\.names) == [["Tommy Kask"]])
    }
}

@Suite struct DocumentVoteTests {
    func document(_ name: String) throws -> ProtokollDocument { try Fixtures.document(name) }

    /// "Bilaga 1, § 115  Närvaro- och omröstningslista" after the last §: the roll call completes the
    /// result stated in § 115, not the § whose text the bilaga follows.
    @Test func aRollCallInABilagaGoesToTheParagraphItNames() throws {
        let d = try document("g2_regionfullmaktige_pdftotext_votering.txt")
        let vote = try #require(d.paragraphs.first { $0.number == "115" }?.votes.first)
        #expect([vote.yes, vote.no, vote.abstained] == [38, 30, 3])
        #expect(vote.ballots.count == 71)
        #expect(d.paragraphs.first { $0.number == "120" }?.votes.isEmpty == true)
        #expect(!d.warnings.contains { $0.code == "vote-count-mismatch" })
    }

    /// An extract whose roll call stands in a bilaga after the signatures, two members a row, the
    /// header repeated on the next page and a "Summa  Ja 26  Nej 22 …" row: the § gets the ballots,
    /// and the members who voted are its deciding attendance.
    @Test func aRollCallAfterTheSignaturesOfAnExtract() throws {
        let d = try document("j4_rf_utdrag_omrostningsbilaga_efter_underskrift.txt")
        let vote = try #require(d.paragraphs.first?.votes.first)
        #expect([vote.yes, vote.no, vote.abstained, vote.absent] == [26, 22, 2, 1])
        #expect(vote.ballots.count == 50)
        #expect(vote.ballots.first { $0.name == "Thomas Rehn" }?.vote == .no)
        #expect(d.attendance.filter(\.deciding).count == 50)
        #expect(!d.warnings.contains { $0.code == "vote-count-mismatch" })
        // "Moderaternas ledamöter reserverar sig": the M members who voted; a group with a local party
        // ("Sjukvårdspartiets") is left without names rather than given half of them.
        let reservations = try #require(d.paragraphs.first?.reservations)
        // Eleven: Hans Bäckström "(M), ers." serves for an M member; "ers." is no party.
        #expect(reservations.first?.names.count == 11)
        #expect(reservations.first?.names.contains("Thomas Rehn") == true)
        #expect(reservations.first?.names.contains("Hans Bäckström") == true)
        #expect(reservations.last?.names.isEmpty == true)
    }

    /// "För ordförandens förslag röstade Ulf Berg, …" / "För Peter Holms förslag röstade …" / "Med fyra
    /// röster mot två bifölls ordförandens förslag.": the voters named in full for each proposal are the
    /// ballots (the list as long as the ja-count is ja), and the sentence of the count is the vote, not
    /// a second decision beside the one written out after it.
    @Test func votersNamedForEachProposal() throws {
        let text = """
            Protokoll fört vid styrelsesammanträde i AB Exempelbostäder
            Datum: 2024-04-18

            Närvarande styrelseledamöter: Ulf Berg (S), ordförande, Lena Ståhl (M), Peter Holm (V), Camilla Norén (C), Kjell Åberg (S)

            § 10 Hyresförhandlingar

            Ordföranden föreslog en höjning om 5,5 procent. Peter Holm yrkade 3,0 procent.

            Omröstning begärdes. För ordförandens förslag röstade Ulf Berg, Lena Ståhl och Kjell Åberg. För Peter Holms förslag röstade Peter Holm och Camilla Norén. Med tre röster mot två bifölls ordförandens förslag.

            Styrelsen beslutade att ge VD mandat att yrka en höjning av hyrorna med 5,5 procent.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "bolag.txt")
        let paragraph = try #require(d.paragraphs.first)
        let vote = try #require(paragraph.votes.first)
        #expect([vote.yes, vote.no] == [3, 2])
        #expect(vote.ballots.filter { $0.vote == .yes }.map(\.name) == ["Ulf Berg", "Lena Ståhl", "Kjell Åberg"])
        #expect(vote.ballots.filter { $0.vote == .no }.map(\.name) == ["Peter Holm", "Camilla Norén"])
        #expect(paragraph.decisions.map(\.clauses) == [["ge VD mandat att yrka en höjning av hyrorna med 5,5 procent"]])
    }

    @Test func namedVotesThatDoNotAddUpAreReported() throws {
        let text = """
            PROTOKOLL
            Kommunstyrelsen
            Sammanträdesdatum 2024-03-05

            § 12 Budget

            Med 3 ja-röster mot 1 nej-röst beslutar kommunstyrelsen enligt förslaget.

            Ja-röster: Anna Ek (S), Lisa Holm (S)
            Nej-röster: Per Berg (M)

            Kommunstyrelsen beslutar att anta budgeten.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "ks.txt")
        #expect(d.paragraphs.first?.votes.count == 1)
        #expect(d.warnings.map(\.code).contains("vote-count-mismatch"))
    }
}
