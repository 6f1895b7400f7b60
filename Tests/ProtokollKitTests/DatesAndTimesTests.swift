import Foundation
import Testing
@testable import ProtokollKit

@Suite struct SwedishDateTests {
    @Test(arguments: [
        ("2014-04-25", "2014-04-25"),
        ("22 april 2010", "2010-04-22"),
        ("den 8 november 2013", "2013-11-08"),
        ("onsdagen den 21 november 2018", "2018-11-21"),
        ("13.12.2013", "2013-12-13"),
        ("8 nov. 2013", "2013-11-08"),
        ("1 sept 2019", "2019-09-01"),
        ("Tid 22 april 2010, kl 09.00 -12.00", "2010-04-22"),
    ])
    func parsesDates(text: String, iso: String) {
        #expect(SwedishDate.first(in: text)?.iso == iso)
    }

    /// Formal and older minutes write the day as an ordinal word after "den"; without "den" an
    /// ordinal is no day ("andra mars" in a sentence about a second march).
    @Test func aDayWrittenAsAnOrdinalWord() {
        #expect(SwedishDate.parse("Västerås den tjugonde mars 2024") == "2024-03-20")
        #expect(SwedishDate.parse("Den tjugonde mars 2024") == "2024-03-20")
        #expect(SwedishDate.parse("onsdagen den tjugoförsta mars 1962 kl. 18.00") == "1962-03-21")
        #expect(SwedishDate.parse("den första maj", defaultYear: 1962) == "1962-05-01")
        #expect(SwedishDate.first(in: "Västerås den tjugonde mars 2024")?.raw == "tjugonde mars 2024")
        #expect(SwedishDate.parse("den andra marschen gick bättre") == nil)
        #expect(SwedishDate.parse("ett andra mars-möte") == nil)
    }

    @Test func partlyFilledDateKeepsRawWithoutDate() {
        let match = SwedishDate.first(in: "har 2014-05- anslagits")
        #expect(match?.raw == "2014-05-")
        #expect(match?.iso == nil)
    }

    @Test func dateWithoutYearTakesTheDefaultYear() {
        #expect(SwedishDate.first(in: "den 25 april", defaultYear: 2014)?.iso == "2014-04-25")
        #expect(SwedishDate.first(in: "den 25 april")?.iso == nil)
    }

    @Test func impossibleDatesAreNotDates() {
        #expect(SwedishDate.first(in: "2014-02-30")?.iso == nil)
        #expect(SwedishDate.first(in: "2014-13-01")?.iso == nil)
        #expect(SwedishDate.first(in: "prop 2009/2010:116") == nil)
    }
}

@Suite struct TimeRangeTests {
    @Test(arguments: [
        ("2014-04-25, 9.00–12.00", "09:00", "12:00"),
        ("kl 09.00 -12.00", "09:00", "12:00"),
        ("Tid 22 april 2010, kl 09.00 -12.00", "09:00", "12:00"),
        ("kl. 13:00-15:30", "13:00", "15:30"),
        ("kl. 9–15", "09:00", "15:00"),
        ("kl. 18:00–21:15 (ajournering 19.30–19.45)", "18:00", "21:15"),
    ])
    func parsesRanges(text: String, start: String, end: String) {
        let range = TimeRange.parse(text)
        #expect(range?.start == start)
        #expect(range?.end == end)
    }

    @Test func startOnly() {
        #expect(TimeRange.parse("Tid: 18.30") == TimeRange(start: "18:30", end: nil))
    }

    @Test func datesAreNotTimes() {
        #expect(TimeRange.parse("2014-04-25") == nil)
        #expect(TimeRange.parse("13.12.2013") == nil)
    }
}

@Suite struct MeetingTimeAndPlaceTests {
    func lines(_ texts: [String]) -> ArraySlice<SourceLine> {
        ArraySlice(texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
    }

    @Test func anOpeningSentenceUnderAPlainHeading() {
        let front = lines(["PROTOKOLL", "", "fört vid årsstämma med aktieägarna i Älvbacka Energi AB,",
                           "tisdagen den 25 april 2023 kl. 15.00 i Stadshuset, sammanträdesrum Ljungan, Älvbacka.", ""])
        let meeting = MeetingParser.meeting(fields: [], front: front, title: "PROTOKOLL")
        #expect(meeting.date == "2023-04-25")
        #expect(meeting.startTime == "15:00")
        #expect(meeting.place == "Stadshuset, sammanträdesrum Ljungan, Älvbacka")
    }

    @Test func aMeetingAtSomeonesHomeKeepsHos() {
        let front = lines(["Protokoll nr 4/2023 från styrelsemöte i Lövsta samfällighetsförening 2023-09-12 kl. 19.00 hos Birgitta Wall, Ängsvägen 14", ""])
        #expect(MeetingParser.meeting(fields: [], front: front, title: "").place == "hos Birgitta Wall, Ängsvägen 14")
    }

    /// "(Erik deltog via Teams)", "(samt via Teams)": who joined from elsewhere is no part of the
    /// place; "(sal 2)" is.
    @Test func aRemarkOnRemoteParticipationIsNoPartOfThePlace() {
        func place(_ line: String) -> String? {
            let text = "PROTOKOLL\nStyrelsemöte\nDatum: 2023-09-12\n\(line)\nNärvarande: Anna Ek, Olle Berg\n\n§ 1 Mötets öppnande\nAnna öppnade mötet.\n\n§ 2 Städdag\nStyrelsen beslutade att hålla städdag den 4 maj.\n"
            return (try? ProtokollParser.parse(Data(text.utf8), fileName: "plats.txt"))?.meeting.place
        }
        #expect(place("Plats: Klubbstugan, Norrviksvallen (Erik deltog via Teams)") == "Klubbstugan, Norrviksvallen")
        #expect(place("Plats: Kommunhuset, rum Linnéa (samt via Teams)") == "Kommunhuset, rum Linnéa")
        #expect(place("Plats: Rådhuset (sal 2)") == "Rådhuset (sal 2)")
        // A sentence after the place in a "Tid och plats" cell is a remark.
        #expect(place("Tid och plats\tTorsdagen den 17 oktober 2024 kl. 09:00–15:40\n\tRegionhuset, sammanträdesrum Järvsö, Gävle. Ledamöter och\n\tersättare har haft möjlighet att delta på distans via Teams.")
                == "Regionhuset, sammanträdesrum Järvsö, Gävle")
    }

    @Test func ocrDigitsInATimeAndAPageNumberBesideADate() {
        #expect(TimeRange.parse("Kommunhuset, kl 13.3O-16.45") == TimeRange(start: "13:30", end: "16:45"))
        // "Sammanträdesdatum" over a page number "1": a date label gives no bare hour.
        let field = Field(label: .date, values: ["1"], line: 2)
        #expect(MeetingParser.meeting(fields: [field], front: lines([]), title: "").startTime == nil)
    }

    @Test func theClosingTimeIsTheOneAfterTheVerb() {
        let last = Paragraph(number: "40", text: "Nästa möte och avslutning. Nästa styrelsemöte 2023-11-14 kl. 19.00 hos Håkan Ljung. Ordföranden tackade och avslutade mötet kl. 21.05.", line: 1)
        #expect(MeetingParser.closingTime([last]) == "21:05")
    }
}

@Suite struct SignatureTests {
    func tail(_ texts: [String]) -> ArraySlice<SourceLine> {
        ArraySlice(texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
    }

    @Test func rolesOverNamesInColumns() {
        let signers = SignatureBlock.namesUnderRoles(tail([
            "Ort och datum:   Örebro  2024-06-03", "", "Stämmoordförande                                  Protokollförare", "",
            "Gunilla Ahlström                                   Johan Pettersson", "", "Justerare                                         Justerare",
            "Birgitta Holm                                      Ali Rahimi",
        ]))
        #expect(signers.secretary == "Johan Pettersson")
        #expect(signers.chair == "Gunilla Ahlström")
    }

    @Test func aNameWithItsRoleOnOneLine() {
        let signers = SignatureBlock.namesUnderRoles(tail(["Amir Hosseini, mötesordförande", "Sara Nyström, mötessekreterare", "Filip Åberg, justerare"]))
        #expect(signers.secretary == "Sara Nyström")
        #expect(signers.chair == "Amir Hosseini")
    }

    @Test func ortOchDatumDatesTheSignatures() {
        let adjustment = SignatureBlock.placeAndDateLine(in: tail(["Ort och datum:   Örebro  2024-06-03", "Justerare", "Birgitta Holm"]))
        #expect(adjustment == Adjustment(date: "2024-06-03", place: "Örebro"))
        // A reservation in a bilaga after the signatures, signed with its own place and date: no justering.
        let bilaga = SignatureBlock.placeAndDateLine(in: tail(["Justeras", "Hugo Ekdahl", "Bilaga 3 till protokoll fört vid styrelsemöte nr 7",
                                                              "Reservation från Hugo Ekdahl", "Lindesberg den 7 mars 2025", "Hugo Ekdahl"]))
        #expect(bilaga == nil)
    }
}

@Suite struct MeetingDateTests {
    /// Notes from a note-taking app: its stamp of the day the page was made ("måndag den 11 mars
    /// 2024") is not the meeting; "**När:** tis 12/3, kl 17.30–19.15" is, in the stamp's year, and
    /// "**Var:**" is the place.
    @Test func aLabelledDayWithoutItsYear() throws {
        let text = """
            # Ungdomsrådet – möte 12 mars

            måndag den 11 mars 2024

            ## Minnesanteckningar ungdomsrådet

            **När:** tis 12/3, kl 17.30–19.15
            **Var:** Ungdomens hus, övervåningen

            **Närvarande:** Ella Johansson (ordf), Noor Al-Sayed, Vilgot Persson

            ### Öppettider
            Vi beslutade att föreslå längre öppettider på fredagar.

            ### Sommarlov
            Rådet beslutade att ordna en sommarfest.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "ungdomsrad.md")
        #expect([d.meeting.date, d.meeting.startTime, d.meeting.endTime, d.meeting.place] == ["2024-03-12", "17:30", "19:15", "Ungdomens hus, övervåningen"])
        #expect(MeetingParser.weekdayDayMonth("1/2 av kostnaden", year: 2024) == nil)
    }
}
