import Foundation
import ProtokollKit
import Testing
@testable import ProtokollArchive

/// Queries over hand-built documents, so they test the query module whatever the parser does.
@Suite struct QueryTests {
    /// Three meetings: Kommunstyrelsen 2020 and 2021, Socialnämnden 2014.
    static func archive() throws -> (URL, DecisionSearch) {
        let archive = try TestSupport.temporaryFolder("query")
        let store = try ArchiveStore(root: archive, durable: false)
        let fixtures = [
            TestSupport.meeting(source: "ks 2020", date: "2020-05-04"),
            TestSupport.meeting(
                source: "ks 2021", date: "2021-03-01", members: ["Marie Johansson", "Anna Berg (S), ordförande"], guests: [],
                range: ParagraphRange(first: 10, last: 12)),
            TestSupport.meeting(
                source: "sn 2014", body: "Socialnämnden", date: "2014-04-25", members: ["Berry Lilja"],
                guests: ["Lisa Andersson"]),
        ]
        for (document, bytes) in fixtures {
            _ = try store.store(document: document, sourceBytes: bytes, sourceExtension: "txt")
        }
        try store.flush()
        return (archive, DecisionSearch(index: try SearchIndex(root: archive)))
    }

    @Test func personRolesDecidingAssignedPresent() throws {
        let (archive, search) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: archive) }
        let berry = search.rows(matching: DecisionQuery(person: NameMatcher("berry lilja")))
        #expect(berry.count == 4)
        #expect(berry.allSatisfy { $0.personRole == "deciding" })
        #expect(Set(berry.map(\.date)) == ["2014-04-25", "2020-05-04"])

        let pernilla = search.rows(matching: DecisionQuery(person: NameMatcher("Pernilla Friberg")))
        // Present (not deciding) in 2020 only; named in § 2 of every meeting, also where she was
        // not present.
        #expect(pernilla.filter { $0.personRole == "assigned" }.count == 3)
        #expect(pernilla.filter { $0.personRole == "present" }.map(\.date) == ["2020-05-04"])
        #expect(pernilla.contains { $0.date == "2021-03-01" && $0.personRole == "assigned" && $0.paragraph == "2" })
    }

    /// Participation as the parser writes it for a jäv ("ej § 2") and for a substitute who served
    /// at one § only ("§ 2"): the person decides the other §§, or only that one.
    @Test func partialParticipationDecidesOnlyWhereItSays() throws {
        let archive = try TestSupport.temporaryFolder("partial")
        defer { try? FileManager.default.removeItem(at: archive) }
        var (document, bytes) = TestSupport.meeting(source: "jav", members: ["Berry Lilja", "Anna Berg"], guests: ["Axel Fors"])
        document.attendance = document.attendance.map { attendee in
            var attendee = attendee
            if attendee.name == "Anna Berg" { attendee.paragraphs = "ej § 2" }
            if attendee.name == "Axel Fors" { attendee.deciding = true; attendee.paragraphs = "§ 2" }
            return attendee
        }
        let store = try ArchiveStore(root: archive, durable: false)
        _ = try store.store(document: document, sourceBytes: bytes, sourceExtension: "txt")
        try store.flush()
        let search = DecisionSearch(index: try SearchIndex(root: archive))
        let anna = search.rows(matching: DecisionQuery(person: NameMatcher("Anna Berg")))
        #expect(anna.map(\.paragraph) == ["1"])
        #expect(anna.allSatisfy { $0.personRole == "deciding" })
        let axel = search.rows(matching: DecisionQuery(person: NameMatcher("Axel Fors")))
        #expect(axel.map { "\($0.paragraph):\($0.personRole ?? "")" } == ["2:deciding"])
    }

    @Test func fullNameTokensNotSubstrings() throws {
        let (archive, search) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: archive) }
        let marie = search.rows(matching: DecisionQuery(person: NameMatcher("Marie Johansson")))
        #expect(Set(marie.map(\.date)) == ["2021-03-01"])
        let hansGoran = search.rows(matching: DecisionQuery(person: NameMatcher("Hans-Göran Johansson")))
        #expect(Set(hansGoran.map(\.date)) == ["2020-05-04"])
        let anna = search.rows(matching: DecisionQuery(person: NameMatcher("ANNA  berg")))
        #expect(anna.count == 2 && anna.allSatisfy { $0.personRole == "deciding" })
        #expect(search.rows(matching: DecisionQuery(person: NameMatcher("Berg Anna Maria"))).isEmpty)
    }

    @Test func textDatesBodyAndCaseCombineWithAnd() throws {
        let (archive, search) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: archive) }
        let familjehem = search.rows(matching: DecisionQuery(text: WordMatcher("familjehem")))
        #expect(familjehem.count == 3 && familjehem.allSatisfy { $0.paragraph == "1" && $0.clauses.count == 2 })
        // A word of the Bakgrund section only.
        #expect(search.rows(matching: DecisionQuery(text: WordMatcher("kontaktfamilj"))).count == 3)
        #expect(search.rows(matching: DecisionQuery(text: WordMatcher("familjehem pernilla"))).isEmpty)

        let year2014 = search.rows(matching: DecisionQuery(from: "2014-01-01", to: "2014-12-31"))
        #expect(Set(year2014.map(\.date)) == ["2014-04-25"])
        let ks = search.rows(matching: DecisionQuery(body: NameMatcher("kommunstyrelsen"), from: "2021-01-01"))
        #expect(Set(ks.map(\.date)) == ["2021-03-01"])
        #expect(search.rows(matching: DecisionQuery(organisation: NameMatcher("Testkommunen"))).count == 6)
        #expect(search.rows(matching: DecisionQuery(organisation: NameMatcher("Annan kommun"))).isEmpty)

        // A case number finds its § also without decision, and only whole numbers.
        let information = search.rows(matching: DecisionQuery(caseNumber: CaseNumber.key("Dnr KS 2020/15")))
        #expect(information.count == 3 && information.allSatisfy { $0.paragraph == "3" && $0.decision == nil })
        #expect(search.rows(matching: DecisionQuery(caseNumber: CaseNumber.key("2020/1"))).isEmpty)
        let both = search.rows(matching: DecisionQuery(from: "2020-01-01", text: WordMatcher("familjehem"), caseNumber: CaseNumber.key("2020/14")))
        #expect(both.count == 2)
    }

    @Test func rowsAreSortedByDateAndCarryTheDecidingMembers() throws {
        let (archive, search) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: archive) }
        let rows = search.rows(matching: DecisionQuery())
        #expect(rows.count == 6)
        #expect(rows.map { $0.date ?? "" } == rows.map { $0.date ?? "" }.sorted())
        #expect(rows.first?.deciding == ["Berry Lilja"])
        #expect(rows.allSatisfy { $0.personRole == nil && $0.decision != nil })
        var withInformation = DecisionQuery()
        withInformation.paragraphsWithoutDecision = true
        #expect(search.rows(matching: withInformation).count == 9)
    }

    @Test func attendanceLimitedToSomeParagraphs() throws {
        let archive = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        var (document, bytes) = TestSupport.meeting(source: "limited")
        document.attendance.append(Attendee(name: "Gunhild Nyberg", deciding: false, paragraphs: "§ 1"))
        let store = try ArchiveStore(root: archive, durable: false)
        _ = try store.store(document: document, sourceBytes: bytes, sourceExtension: "txt")
        try store.flush()
        let rows = DecisionSearch(index: try SearchIndex(root: archive)).rows(matching: DecisionQuery(person: NameMatcher("Gunhild Nyberg")))
        #expect(rows.map(\.paragraph) == ["1"])
    }

    @Test func timelineListsMeetingsWithRoles() throws {
        let (archive, search) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: archive) }
        let person = try #require(NameMatcher("Pernilla Friberg"))
        let timeline = search.timeline(of: person)
        #expect(timeline.map(\.date) == ["2014-04-25", "2020-05-04", "2021-03-01"])
        #expect(timeline.map(\.present) == [false, true, false])
        #expect(timeline.allSatisfy { !$0.deciding && $0.decisions.count == 1 })
        let berry = search.timeline(of: try #require(NameMatcher("Berry Lilja (C)")))
        #expect(berry.count == 2 && berry.allSatisfy { $0.deciding && $0.decisions.count == 2 })
        #expect(berry.last?.role == "ordförande")
    }

    @Test func jsonRowsAlwaysHaveEveryColumn() throws {
        let (archive, search) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: archive) }
        let rows = search.rows(matching: DecisionQuery(caseNumber: CaseNumber.key("KS 2020/15")))
        let lines = String(decoding: try OutputFormat.encode(rows, as: .jsonl), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == rows.count)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(object.keys) == Set(DecisionRow.columns.dropLast(DecisionRow.personColumns)))
        #expect(object["decision"] is NSNull)
        let withPerson = search.rows(matching: DecisionQuery(person: NameMatcher("Berry Lilja")))
        let array = try #require(try JSONSerialization.jsonObject(with: OutputFormat.encode(withPerson, as: .json)) as? [[String: Any]])
        #expect(array.allSatisfy { $0["personRole"] as? String == "deciding" })
        #expect(array.allSatisfy { Set($0.keys) == Set(DecisionRow.columns) })
    }

    /// What researchers ask after "who decided": was it a proposal to another organ, was it put to
    /// a vote, who reserved, and how did this person vote.
    @Test func rowsCarryProposalsVotesReservationsAndThePersonsVote() throws {
        let (archive, search) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: archive) }
        let rows = search.rows(matching: DecisionQuery(person: NameMatcher("Berry Lilja"), from: "2020-01-01", to: "2020-12-31"))
        let first = try #require(rows.first { $0.paragraph == "1" })
        let second = try #require(rows.first { $0.paragraph == "2" })
        #expect(first.decidedBy == "Kommunstyrelsen")
        #expect(first.proposedTo == "Kommunfullmäktige")
        #expect(first.votes.isEmpty && first.reservations.isEmpty && first.personVote == nil)
        #expect(second.proposedTo == nil)
        #expect(second.votes == [VoteCount(yes: 1, no: 1, abstained: 0, absent: nil)])
        #expect(second.reservations == ["Hans-Göran Johansson"])
        #expect(second.personVote == "ja")
        let other = search.rows(matching: DecisionQuery(person: NameMatcher("Hans-Göran Johansson"), text: WordMatcher("arbetsintegrerande")))
        #expect(other.map(\.personVote) == ["nej"])
        // Someone with no ballot has none, also where the § had a roll call.
        let guest = search.rows(matching: DecisionQuery(person: NameMatcher("Pernilla Friberg"), from: "2020-01-01", to: "2020-12-31"))
        #expect(guest.allSatisfy { $0.personVote == nil })
        #expect(second.fields[12] == "ja 1, nej 1, avstår 0")
    }
}

@Suite struct DirectJSONTests {
    /// The fast path writes from the index bytes; it must equal the rows written by JSONRowWriter.
    @Test func writingFromTheIndexEqualsWritingTheRows() throws {
        let (archive, search) = try QueryTests.archive()
        defer { try? FileManager.default.removeItem(at: archive) }
        let queries = [
            DecisionQuery(), DecisionQuery(person: NameMatcher("Pernilla Friberg")),
            DecisionQuery(caseNumber: CaseNumber.key("KS 2020/15")), DecisionQuery(text: WordMatcher("familjehem")),
            DecisionQuery(person: NameMatcher("Ingen Alls")), DecisionQuery(person: NameMatcher("Berry Lilja")),
        ]
        for query in queries {
            for format in [OutputFormat.json, .jsonl] {
                var direct = Data()
                let count = search.writeJSON(matching: query, as: format) { direct.append(contentsOf: $0) }
                let rows = search.rows(matching: query)
                #expect(count == rows.count)
                #expect(String(decoding: direct, as: UTF8.self) == String(decoding: JSONRowWriter.encode(rows, as: format), as: UTF8.self))
            }
        }
    }
}
