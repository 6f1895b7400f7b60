import Foundation
import Testing
@testable import ProtokollKit

@Suite struct ClassifierTests {
    func classify(_ text: String) -> Classification {
        Classifier.classify(PageCleaner.clean(TextNormalizer.lines(of: text)))
    }

    @Test func seedsAreClassifiedBySignals() throws {
        for (prefix, kind) in [("000", DocumentKind.protokoll), ("001", .protokoll), ("004", .minnesanteckningar)] {
            let decoded = try TextDecoder.decode(try Data(contentsOf: try Corpus.seed(prefix)), fileName: prefix)
            #expect(Classifier.classify(PageCleaner.clean(decoded.lines)).kind == kind, "seed \(prefix)")
        }
    }

    @Test func annualReportAndActivityPlanAreNotMinutes() throws {
        for (prefix, words) in [("002", "annual report"), ("003", "activity plan")] {
            let decoded = try TextDecoder.decode(try Data(contentsOf: try Corpus.seed(prefix)), fileName: prefix)
            let result = Classifier.classify(PageCleaner.clean(decoded.lines))
            #expect(result.kind == nil)
            #expect(result.description.contains(words))
        }
    }

    /// A municipality's year of meeting dates under a letterhead, with the decision that adopted it,
    /// "Justering" columns and "minnesanteckningar" said in passing: no minutes.
    @Test func aScheduleOfMeetingsIsNotMinutes() {
        let text = """
            BRÄNNEBRO KOMMUN
            Kommunledningsförvaltningen
            \t\t\tDatum\t2025-11-27
            \t\t\tDnr\tKS 2025/0412
            \t\t\tVersion\t2
            Kansliavdelningen

            SAMMANTRÄDESPLAN 2026

            Kommunstyrelsen beslutade 2025-10-14, § 187, att fastställa sammanträdesplanen för 2026.
            Från arbetsgrupperna förs minnesanteckningar.

            1. Kommunfullmäktige
            Sammanträde\tKl.\tSista dag för ärenden\tJustering
            2026-02-23\t18.30\t2026-01-26\t2026-02-27

            2. Kommunstyrelsen
            Sammanträde\tKl.\tSista dag för ärenden\tJustering
            2026-02-03\t08.30\t2026-01-13\t2026-02-06
            """
        let result = classify(text)
        #expect(result.kind == nil)
        #expect(result.description.contains("sammanträdesplan"))
    }

    /// A construction inspection's record: "Närvarande", a "Beslut" and §-like references to AB 04,
    /// but the protokoll of an inspection, not of a meeting. A meeting's protokoll that approves
    /// such a record stays minutes.
    @Test func anInspectionRecordIsNotMinutes() {
        let text = """
            TORNVIK BYGGKONTROLL AB                 Sida 1 av 3

                             SLUTBESIKTNINGSPROTOKOLL
                           Utlåtande enligt AB 04 kapitel 7

            Entreprenad       Ombyggnad av Backa skola, etapp 1
            Besiktningsman    Sven Ardell

            NÄRVARANDE
            För beställaren   Eva Moberg, projektledare
            För entreprenören Kalle Rydh, platschef

            BESIKTNINGSMANNENS BESLUT
            Entreprenaden godkänns. Justering av fel sker enligt AB 04 kap. 7 § 14.
            """
        let result = classify(text)
        #expect(result.kind == nil)
        #expect(result.description.contains("besiktningsprotokoll"))
        let minutes = """
            PROTOKOLL
            Tekniska nämnden 2025-10-02

            Beslutande: Eva Moberg (S), ordförande, Kalle Rydh (M)
            Justerare: Kalle Rydh

            § 12 Slutbesiktningsprotokoll för Backa skola
            Nämnden beslutar att godkänna slutbesiktningsprotokollet.
            """
        #expect(classify(minutes).kind == .protokoll)
        // An extract whose § title, on the line under "§ 58", names such a record.
        let extract = """
            PROTOKOLLSUTDRAG
            Tekniska nämnden
            Sammanträdesdatum 2024-06-12

            § 58
            Slutbesiktningsprotokoll för Backa skola
            Dnr TN 2022/144

            Beslut
            Tekniska nämnden beslutar att godkänna slutbesiktningen.
            """
        #expect(classify(extract).kind == .protokoll)
    }

    @Test func agendaWithParagraphHeadingsButNoDecisionsIsNotMinutes() {
        let text = """
            KALLELSE
            Kommunstyrelsen kallas till sammanträde
            Tid: 2021-03-02 kl. 13.00
            Plats: Kommunhuset

            § 1 Val av justerare
            § 2 Godkännande av dagordning
            § 3 Budgetuppföljning
            Dnr KS 2021/12

            Välkomna!
            """
        let result = classify(text)
        #expect(result.kind == nil)
        #expect(result.description.contains("kallelse"))
    }

    /// "Kallelse och föredragningslista – årsmöte 2024" with § items, the board's and the valberedning's
    /// proposals, a form's blank "Beslut: ______" and an excerpt telling what the board decided last
    /// year: no one is present and nothing is decided here.
    @Test func aNoticeOfAnArsmoteWithItsProposalsIsNotMinutes() {
        let notice = """
            # Kvarnbyns hembygdsförening

            ## Kallelse och föredragningslista – årsmöte 2024

            **Tid:** söndagen den 17 mars 2024 kl. 14.00–16.00

            § 5 Val av ordförande och sekreterare för mötet
            Valberedningens förslag: Kjell Ohlsson som mötesordförande.

            § 10 Medlemsavgift för 2025
            Styrelsens förslag: att årsmötet beslutar att medlemsavgiften ska vara 200 kr.

            § 13 Val av styrelse
            - Ledamöter för 2 år: Rolf Berglund (omval)

            Beslut: ______________________________________________

            Justeras: ____________________  ____________________

            Ur verksamhetsberättelsen: Vid årsmötet den 19 mars 2023 beslutade medlemmarna att höja avgiften.
            """
        let result = classify(notice)
        #expect(result.kind == nil)
        #expect(result.description.contains("kallelse"))
        // Minutes that decide under a bare "Beslut:" rubric stay minutes.
        let decided = notice.replacingOccurrences(of: "Beslut: ______________________________________________", with: "Beslut:\nÅrsmötet valde Rolf Berglund.")
            .replacingOccurrences(of: "Kallelse och föredragningslista", with: "Protokoll")
        #expect(classify(decided).kind == .protokoll)
        // Who a valberedning proposes is not elected.
        #expect(ElectionList.decisions(title: "Val av ordförande för mötet", lines: ["Valberedningens förslag: Kjell Ohlsson som mötesordförande."]).isEmpty)
        #expect(ElectionList.decisions(title: "Val av styrelse", lines: ["Ordförande (1 år): Lena Berg (omval)"]).count == 1)
    }

    /// A föredragningslista writes out each proposed decision, with the justerare to be chosen and
    /// "Socialnämnden beslutar att …" under "Förslag till beslut": proposed, none taken. Minutes that
    /// quote the proposal and then decide under "Beslut" stay minutes.
    @Test func anAgendaWithProposedDecisionsIsNotMinutes() {
        let agenda = """
            KALLELSE/FÖREDRAGNINGSLISTA
            Socialnämnden                          Sammanträdesdatum 2025-03-20

            Förslag till        Birgitta Lönn (M)
            justerare

            § 31    Val av justerare

                    Förslag till beslut
                    Socialnämnden utser Birgitta Lönn (M) att jämte ordföranden
                    justera protokollet.

            § 32    Revidering av riktlinje för ekonomiskt bistånd      Dnr SN 2024/212

                    Arbetsutskottets förslag till beslut
                    Socialnämnden beslutar
                    att anta reviderad riktlinje.

                    Beslutsunderlag
                    Tjänsteskrivelse 2025-02-27

            § 33    Anmälan av delegationsbeslut

                    Förslag till beslut
                    Anmälan av delegationsbeslut läggs till handlingarna.
            """
        let result = classify(agenda)
        #expect(result.kind == nil)
        #expect(result.description.contains("förslag till beslut"))
        let decided = agenda.replacingOccurrences(of: "KALLELSE/FÖREDRAGNINGSLISTA", with: "FÖREDRAGNINGSLISTA OCH PROTOKOLL")
        #expect(classify(decided).kind == .protokoll)
        let beslut = agenda.replacingOccurrences(of: "Beslutsunderlag", with: "Beslut\n        Socialnämnden beslutar att anta riktlinjen.")
            .replacingOccurrences(of: "Förslag till beslut\n        Anmälan", with: "Beslut\n        Anmälan")
        #expect(classify(beslut).kind == .protokoll)
    }

    @Test func smallAssociationMinutesWithoutTheWordProtokollAreMinutes() {
        let text = """
            Styrelsemöte i Föreningen Solrosen 2022-05-04
            Närvarande: Anna Ek, Bo Lind, Cecilia Ung

            § 1 Mötets öppnande
            Ordföranden öppnade mötet.

            § 2 Ekonomi
            Styrelsen beslutade att köpa en ny gräsklippare.
            """
        #expect(classify(text).kind == .protokoll)
    }

    @Test func boardMeetingWithNumberedPointsAndNoWordProtokollIsMinutes() {
        let text = """
            Föräldraföreningen vid Ekbackens skola

            Styrelsemöte 2024-11-05

            Närvarande:
            Ordförande: Sofia Berg
            Kassör: Martin Åkesson

            1) Mötets öppnande
            Sofia öppnade mötet.

            2) Ekonomi
            Beslutades att betala fakturan från tryckeriet.
            """
        #expect(classify(text).kind == .protokoll)
        // The same points under an agenda's title are no minutes.
        #expect(classify(text.replacingOccurrences(of: "Styrelsemöte", with: "Kallelse till styrelsemöte")).kind == nil)
    }

    @Test func protokollWhoseDecisionsAreAllActingVerbsIsMinutes() {
        let text = """
            Protokoll styrelsemöte

            Närvarande: Anna Ek, Bo Lind

            § 1 Ekonomi
            Styrelsen godkände den ekonomiska rapporten.

            § 2 Lokaler
            Kassören informerade om hyran.
            """
        #expect(classify(text).kind == .protokoll)
    }

    @Test func notesWithPointsAndAttendanceAreMinnesanteckningar() {
        let text = """
            Minnesanteckningar från nätverksträff 2019-10-03
            Närvarande:
            Maria Lund, Ockelbo kommun
            Per Åberg, Region Gävleborg

            1. Inledning
            Maria hälsade välkommen.
            2. Nästa möte
            Nästa möte hålls i december.
            """
        #expect(classify(text).kind == .minnesanteckningar)
    }

    @Test func proseIsNotMinutes() {
        #expect(classify("Det var en gång en kommun.\nDen hade många invånare.").kind == nil)
    }
}
