import Foundation
import Testing
@testable import ProtokollKit

/// The facts of the seed minutes that the whole project stands on, stated one by one so that a
/// regression names the fact, not just a golden-file line.
@Suite struct SeedDocumentTests {
    func document(_ prefix: String) throws -> ProtokollDocument {
        let url = try Corpus.seed(prefix)
        return try ProtokollParser.parse(try Data(contentsOf: url), fileName: url.lastPathComponent)
    }

    @Test func seed000Header() throws {
        let d = try document("000")
        #expect(d.kind == .protokoll)
        #expect(d.title == "Protokoll från Primärkommunala nämndens sammanträde")
        #expect(d.organisation == "Regionförbundet Jönköpings län")
        #expect(d.body == "Primärkommunala nämnden")
        #expect(d.meeting == Meeting(date: "2014-04-25", startTime: "09:00", endTime: "12:00", place: "Regionförbundet, Regionens hus, Jönköping, Eldonet"))
        #expect(d.paragraphRange == ParagraphRange(first: 15, last: 26))
        #expect(d.chair == "Hans-Göran Johansson")
        #expect(d.secretary == "Sandra Widheimer")
        #expect(d.adjusters == ["Berry Lilja"])
        #expect(d.adjustment == Adjustment(date: "2014-04-30", place: nil))
        #expect(d.announcement == Announcement(date: nil, raw: "2014-05-"))
    }

    @Test func seed000Attendance() throws {
        let d = try document("000")
        #expect(d.attendance.count == 13)
        #expect(d.attendance.filter(\.deciding).map(\.name) == ["Hans-Göran Johansson", "Marie Johansson", "Berry Lilja", "Diana Laitinen Carlsson", "Lars-Erik Fälth"])
        #expect(d.attendance.first { $0.name == "Diana Laitinen Carlsson" }?.role == "tjänstgörande ersättare")
        #expect(d.attendance.first { $0.name == "Kevin Eklund" }?.role == "praktikant")
        #expect(d.attendance.first { $0.name == "Anders Saldner" }?.role == "föredragande")
    }

    @Test func seed000Paragraphs() throws {
        let d = try document("000")
        #expect(d.paragraphs.map(\.number) == (15...26).map(String.init))
        let p20 = try #require(d.paragraphs.first { $0.number == "20" })
        #expect(p20.title == "Länsgemensam familjehemsrekrytering")
        #expect(p20.decisions.count == 1)
        #expect(p20.decisions.first?.clauses == ["godkänna utredningen avseende länsgemensam familjehemsrekrytering", "rekommendera länets kommuner att följa föreliggande förslag"])
        #expect(p20.references.first?.date == "2013-11-08")
        let p18 = try #require(d.paragraphs.first { $0.number == "18" })
        #expect(p18.recipients == ["YLA"])
        #expect(p18.sections.map(\.heading) == ["Beslut", "Bakgrund", "Utdrag"])
        // Quoted earlier decisions are references only.
        #expect(d.paragraphs.flatMap(\.decisions).allSatisfy { !$0.text.contains("beslutade den") })
        #expect(d.paragraphs.first { $0.number == "16" }?.decisions.first?.text == "Till att jämte ordföranden justera dagens protokoll utses Berry Lilja.")
        #expect(d.paragraphs.first { $0.number == "17" }?.decisions.first?.text == "Föredragningslistan fastställs enligt utsänt förslag.")
        #expect(d.paragraphs.first { $0.number == "21" }?.decisions.isEmpty == true)
    }

    @Test func seed001() throws {
        let d = try document("001")
        #expect(d.organisation == "Kommunförbundet Västernorrland")
        #expect(d.body == "Styrelsen")
        #expect(d.meeting == Meeting(date: "2010-04-22", startTime: "09:00", endTime: "12:00", place: "Kommunförbundets kansli, Gånsviksvägen, Härnösand"))
        #expect(d.paragraphRange == ParagraphRange(first: 15, last: 28))
        #expect(d.adjusters == ["Hans Brynielsson"])
        #expect(d.chair == "Glenn Nordlund")
        #expect(d.warnings.contains { $0.code == "missing-paragraph" && $0.message.contains("§ 27") })
        #expect(d.paragraphs.map(\.number) == ["15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "28"])
        #expect(d.paragraphs.first { $0.number == "18" }?.caseNumber == "2010.009-7")
        #expect(d.paragraphs.first { $0.number == "20" }?.caseNumber == "2007.030-6")
        #expect(d.paragraphs.first { $0.number == "20" }?.title == "Norrlandslänens fortsatta samarbete med skolfrågor efter nedläggning av ASO")
        // The att-clause ends where the paragraph ends; the chair's thanks after it are not part of it.
        #expect(d.paragraphs.first { $0.number == "20" }?.decisions.map(\.clauses) == [["ställa sig bakom skolpresidiets förslag"]])
        let p21 = try #require(d.paragraphs.first { $0.number == "21" })
        #expect(p21.decisions.map(\.clauses) == [[]])
        #expect(p21.decisions.first?.text == "Styrelsen tillstyrker förslag till samarbetsavtal justerat att gälla tom 2011-12-31.")
        #expect(d.paragraphs.first { $0.number == "25" }?.decisions.first?.text.hasPrefix("Styrelsen beslutar enligt ledningsgruppens förslag") == true)
        #expect(d.paragraphs.first { $0.number == "17" }?.text.contains("därefter") == true)
        let gunhild = try #require(d.attendance.first { $0.name == "Gunhild Nyberg" })
        #expect(gunhild.paragraphs == "§§ 18, 19, 26")
        #expect(gunhild.organisation == "Kommunförbundet")
        #expect(!gunhild.deciding)
        #expect(d.attendance.filter(\.deciding).count == 8)
    }

    @Test func seed004() throws {
        let d = try document("004")
        #expect(d.kind == .minnesanteckningar)
        #expect(d.meeting.date == "2013-03-01")
        #expect(d.paragraphs.map(\.number) == ["1", "2", "3"])
        #expect(d.paragraphs.allSatisfy { $0.decisions.isEmpty })
        #expect(d.attendance.count == 15)
        #expect(d.attendance.allSatisfy { !$0.deciding })
        #expect(d.attendance.first { $0.name == "Berry Lilja" }?.organisation == "Vaggeryds kommun")
    }

    @Test func seeds002And003AreNotMinutes() throws {
        for prefix in ["002", "003"] {
            #expect(throws: ParseError.self) { try document(prefix) }
            do { _ = try document(prefix) } catch let error as ParseError { #expect(error.exitCode == 3) } catch { Issue.record(error) }
        }
    }
}
